import { useState } from 'react';
import { AUTONYMS, isLocale, localeOf } from '@clapper/domain/locales';
import { useTranslation } from '../../../lib/use-translation';
import { useAgreementText } from '../../../api/get-agreement-text';
import { Button } from '../../../components/ui/button';
import { ErrorNotice, Loading } from '../../../components/ui/query-state';
import { TextLanguageChoice } from '../../../components/ui/text-language-choice';
import { formatDateTime } from '../../../lib/format';
import { useAcceptLicence } from '../api/accept-licence';
import type { Entry } from '../api/get-entry';
import { sectionId } from '../utils/checklist';

/**
 * The licence text for the reuse of the work, in the reader's language when that translation is approved (else the
 * languages that have one, to switch the page to), and its acceptance by the team, which records that language.
 */
export function LicencePanel({ entry, editable }: { entry: Entry; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const language = localeOf(i18n.language) ?? 'en';
  const licence = useAgreementText(entry.competitionId, 'licence', language);
  const accept = useAcceptLicence(entry.id);
  const [agreed, setAgreed] = useState(false);
  const shown = licence.data;
  const read =
    shown?.body && shown.version && shown.licenceVersionId && isLocale(shown.language)
      ? { licenceVersionId: shown.licenceVersionId, language: shown.language, textVersion: shown.version }
      : null;
  return (
    <section className="panel" id={sectionId('licence')} tabIndex={-1} aria-labelledby="entry-licence-h">
      <h2 id="entry-licence-h">{t('entries.licence.title')}</h2>
      {licence.isPending ? <Loading /> : null}
      {licence.isError ? <ErrorNotice error={licence.error} onRetry={() => void licence.refetch()} /> : null}
      {shown && read ? (
        <>
          <h3 lang={read.language}>{shown.title}</h3>
          <p className="muted small">{t('consent.textIn', { version: read.textVersion, language: AUTONYMS[read.language] })}</p>
          <div className="licence-text" role="region" tabIndex={0} aria-label={t('entries.licence.textLabel')} lang={read.language}>
            {shown.body}
          </div>
        </>
      ) : shown && !entry.licence.accepted ? (
        <TextLanguageChoice language={language} languages={shown.languages} />
      ) : null}
      {entry.licence.accepted ? (
        <p className="notice notice-success" role="status">
          {t('entries.licence.accepted', { when: formatDateTime(entry.licence.acceptedAt, i18n.language) })}
        </p>
      ) : editable && read ? (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            if (agreed) accept.mutate(read);
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
