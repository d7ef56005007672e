import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { formatNumber } from '../../../lib/format';
import type { CampaignDetail } from '../api/get-campaign';
import { collectionKitUrl } from '../utils/kit-url';

/** One zip with the media kit of every cleared work; flagged works are left out (and listed in WITHHELD.txt). */
export function CollectionKit({ campaign }: { campaign: CampaignDetail }) {
  const { t, i18n } = useTranslation();
  const channelId = useId();
  const [channel, setChannel] = useState('');
  const cleared = campaign.works.filter((w) => !w.flag).length;
  const flagged = campaign.works.length - cleared;
  return (
    <section className="panel" aria-labelledby="cp-kit-h">
      <h2 id="cp-kit-h">{t('campaigns.kit.collectionTitle')}</h2>
      <p className="muted">{t('campaigns.kit.collectionLead')}</p>
      {flagged ? <p className="notice notice-info">{t('campaigns.kit.withheld', { count: flagged, n: formatNumber(flagged, i18n.language) })}</p> : null}
      <div className="kit-box kit-box-wide">
        <div className="field">
          <label className="field-label" htmlFor={channelId}>
            {t('campaigns.kit.channel')}
          </label>
          <input
            id={channelId}
            type="text"
            value={channel}
            maxLength={200}
            onChange={(e) => setChannel(e.target.value)}
            disabled={!cleared}
            autoComplete="off"
          />
        </div>
        {cleared ? (
          <a className="btn btn-primary" href={collectionKitUrl(campaign.id, channel)} download>
            {t('campaigns.kit.downloadCollection', { count: cleared, n: formatNumber(cleared, i18n.language) })}
          </a>
        ) : (
          <button type="button" className="btn btn-primary" disabled>
            {t('campaigns.kit.downloadCollection', { count: 0, n: formatNumber(0, i18n.language) })}
          </button>
        )}
      </div>
      {!cleared ? <p className="small muted">{campaign.works.length ? t('campaigns.kit.allFlagged') : t('campaigns.kit.empty')}</p> : null}
    </section>
  );
}
