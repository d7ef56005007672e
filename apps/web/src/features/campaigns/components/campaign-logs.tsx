import { useTranslation } from '../../../lib/use-translation';
import { EmptyState } from '../../../components/ui/query-state';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { CampaignDetail } from '../api/get-campaign';

/** Where the works were used, newest first. */
export function UseLog({ uses }: { uses: CampaignDetail['uses'] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel" aria-labelledby="cp-uses-h">
      <h2 id="cp-uses-h">{t('campaigns.uses.title')}</h2>
      {uses.length ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('campaigns.uses.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('campaigns.uses.date')}</th>
                <th scope="col">{t('campaigns.uses.work')}</th>
                <th scope="col">{t('campaigns.uses.channel')}</th>
                <th scope="col">{t('campaigns.uses.note')}</th>
                <th scope="col">{t('campaigns.uses.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {uses.map((u) => (
                <tr key={u.id}>
                  <td className="nowrap">{formatDate(u.usedOn, i18n.language)}</td>
                  <td>
                    <span className="code-tag">{u.code}</span> {u.title}
                  </td>
                  <td>{u.channel}</td>
                  <td className="prewrap">{u.note}</td>
                  <td>
                    {u.recordedByName}
                    <br />
                    <span className="muted small">{formatDateTime(u.recordedAt, i18n.language)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState>{t('campaigns.uses.none')}</EmptyState>
      )}
    </section>
  );
}

/** Who downloaded which media kit, when and for what, newest first. */
export function DownloadLog({ downloads }: { downloads: CampaignDetail['downloads'] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel" aria-labelledby="cp-downloads-h">
      <h2 id="cp-downloads-h">{t('campaigns.downloads.title')}</h2>
      {downloads.length ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('campaigns.downloads.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('campaigns.downloads.when')}</th>
                <th scope="col">{t('campaigns.downloads.work')}</th>
                <th scope="col">{t('campaigns.downloads.who')}</th>
                <th scope="col">{t('campaigns.downloads.channel')}</th>
              </tr>
            </thead>
            <tbody>
              {downloads.map((d) => (
                <tr key={d.id}>
                  <td className="nowrap">{formatDateTime(d.downloadedAt, i18n.language)}</td>
                  <td>
                    <span className="code-tag">{d.code}</span>
                  </td>
                  <td>{d.userName}</td>
                  <td>{d.channel ?? <span className="muted">{t('campaigns.downloads.noChannel')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState>{t('campaigns.downloads.none')}</EmptyState>
      )}
    </section>
  );
}
