import { useId, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ErrorNotice } from '../../../components/ui/query-state';
import { formatDateTime, formatList, formatNumber } from '../../../lib/format';
import type { CampaignWork } from '../api/get-campaign';
import { useRemoveWork } from '../api/remove-work';
import { workKitUrl } from '../utils/kit-url';
import { RecordUseForm } from './record-use-form';
import { errorMessage, problemText } from '../../../lib/error-message';
import { countryName } from '../../../lib/i18n-formats';

/**
 * One work of a campaign: what it is, who made it (as the team chose to be credited), under which licence, and
 * whether it may be used now. A flagged work says why in a banner and offers no download.
 */
export function WorkCard({ campaignId, work }: { campaignId: string; work: CampaignWork }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const headingId = useId();
  const channelId = useId();
  const [channel, setChannel] = useState('');
  const [confirming, setConfirming] = useState(false);
  const remove = useRemoveWork(campaignId);
  const flagged = Boolean(work.flag);

  return (
    <li className={['card', 'work-card', flagged ? 'work-card-flagged' : null].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <div className="work-poster">
        {work.posterUrl ? <img src={work.posterUrl} alt="" loading="lazy" /> : <span className="work-poster-none">{t('campaigns.work.noPoster')}</span>}
      </div>
      <div className="work-body">
        <p className="work-code">
          <span className="code-tag">{work.code}</span> <span className="muted small">{countryName(work.countryCode, lng)}</span>
          {work.categoryName ? <span className="muted small"> · {work.categoryName}</span> : null}
        </p>
        <h3 id={headingId} className="work-title">
          {work.title}
        </h3>
        <p className="work-byline">{t('campaigns.work.byline', { names: work.credits.byline })}</p>
        {work.credits.schools.length ? <p className="muted small">{formatList(work.credits.schools, lng)}</p> : null}

        {work.flag ? (
          <div className="flag-banner" role="note" aria-label={t('campaigns.flag.label')}>
            <p className="flag-banner-title">
              <strong>{t('campaigns.flag.title')}</strong> · <span>{t(`campaigns.flag.reasons.${work.flag.reason}`)}</span>
            </p>
            <p>{problemText(t, { reason: `campaigns.${work.flag.reason}`, params: work.flag.params }) ?? t('errors.unknown')}</p>
            {work.flag.since ? <p className="small">{t('campaigns.flag.since', { when: formatDateTime(work.flag.since, lng) })}</p> : null}
          </div>
        ) : null}

        <dl className="facts work-facts">
          <div>
            <dt>{t('campaigns.licence.title')}</dt>
            <dd>
              {work.licence ? t('campaigns.licence.titleVersion', { title: work.licence.title, version: work.licence.version }) : t('campaigns.licence.none')}
            </dd>
          </div>
          {work.licence ? (
            <>
              <div>
                <dt>{t('campaigns.licence.acceptedBy')}</dt>
                <dd>{work.licence.acceptedByName}</dd>
              </div>
              <div>
                <dt>{t('campaigns.licence.acceptedAt')}</dt>
                <dd>{formatDateTime(work.licence.acceptedAt, lng)}</dd>
              </div>
            </>
          ) : null}
          <div>
            <dt>{t('campaigns.work.attribution')}</dt>
            <dd>{work.credits.attribution}</dd>
          </div>
          <div>
            <dt>{t('campaigns.work.usage')}</dt>
            <dd>{t('campaigns.work.usesDownloads', { uses: formatNumber(work.uses, lng), downloads: formatNumber(work.downloads, lng) })}</dd>
          </div>
        </dl>

        <div className="kit-box">
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
              disabled={flagged}
              autoComplete="off"
            />
          </div>
          {flagged ? (
            <button type="button" className="btn btn-primary" disabled aria-describedby={`${channelId}-off`}>
              {t('campaigns.kit.downloadWork')}
            </button>
          ) : (
            <a className="btn btn-primary" href={workKitUrl(campaignId, work.entryId, channel)} download>
              {t('campaigns.kit.downloadWork')}
            </a>
          )}
          {flagged ? (
            <p id={`${channelId}-off`} className="small muted">
              {t('campaigns.kit.disabledFlagged')}
            </p>
          ) : null}
        </div>

        <details className="work-more">
          <summary>{t('campaigns.use.open')}</summary>
          {flagged ? <p className="small muted">{t('campaigns.use.flaggedHint')}</p> : null}
          <RecordUseForm campaignId={campaignId} entryId={work.entryId} code={work.code} />
        </details>

        <div className="work-remove">
          {remove.isError ? <ErrorNotice title={t('campaigns.work.removeFailed')}>{<p>{errorMessage(t, remove.error)}</p>}</ErrorNotice> : null}
          {confirming ? (
            <div className="inline-actions" role="group" aria-label={t('campaigns.work.removeConfirm', { code: work.code })}>
              <span>{t('campaigns.work.removeConfirm', { code: work.code })}</span>
              <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate(work.entryId)}>
                {t('campaigns.work.removeYes')}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t('campaigns.work.removeNo')}
              </Button>
            </div>
          ) : (
            <Button variant="link" onClick={() => setConfirming(true)}>
              {t('campaigns.work.remove')}
            </Button>
          )}
        </div>
      </div>
    </li>
  );
}
