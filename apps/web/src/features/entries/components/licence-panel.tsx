import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ErrorNotice, Loading } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useAcceptLicence } from '../api/accept-licence';
import type { Entry } from '../api/get-entry';
import { useLicence } from '../api/get-licence';
import { sectionId } from '../utils/checklist';

/** The licence text for the reuse of the work, and its acceptance by the team. */
export function LicencePanel({ entry, editable }: { entry: Entry; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const licence = useLicence(entry.competitionId);
  const accept = useAcceptLicence(entry.id);
  const [agreed, setAgreed] = useState(false);
  return (
    <section className="panel" id={sectionId('licence')} tabIndex={-1} aria-labelledby="entry-licence-h">
      <h2 id="entry-licence-h">{t('entries.licence.title')}</h2>
      {licence.isPending ? <Loading /> : null}
      {licence.isError ? <ErrorNotice error={licence.error} onRetry={() => void licence.refetch()} /> : null}
      {licence.data ? (
        <>
          <h3>
            {licence.data.title} <span className="muted small">({t('entries.licence.version', { version: licence.data.version })})</span>
          </h3>
          <div className="licence-text" role="region" tabIndex={0} aria-label={t('entries.licence.textLabel')} lang="en">
            {licence.data.body}
          </div>
        </>
      ) : null}
      {entry.licence.accepted ? (
        <p className="notice notice-success" role="status">
          {t('entries.licence.accepted', { when: formatDateTime(entry.licence.acceptedAt, i18n.language) })}
        </p>
      ) : editable && licence.data ? (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            if (licence.data && agreed) accept.mutate({ licenceVersionId: licence.data.id });
          }}
        >
          {accept.isError ? <ErrorNotice error={accept.error} /> : null}
          <label className="check">
            <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
            <span>{t('entries.licence.agree')}</span>
          </label>
          <div>
            <Button type="submit" disabled={!agreed} busy={accept.isPending}>
              {t('entries.licence.accept')}
            </Button>
          </div>
        </form>
      ) : (
        <p className="muted">{t('entries.licence.notAccepted')}</p>
      )}
    </section>
  );
}
