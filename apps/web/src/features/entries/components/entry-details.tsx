import { useTranslation } from '../../../lib/use-translation';
import { formatDateTime } from '../../../lib/format';
import { languageLabel } from '../../../lib/languages';
import type { Entry } from '../api/get-entry';
import { sectionId } from '../utils/checklist';
import { EligibilityBadge, EntryStatusBadge } from './entry-badges';
import { creditsSummary } from './credits-panel';

/** The entry's facts: code, competition, category, school, language, synopses, sources and status. */
export function EntryDetails({
  entry,
  competitionName,
  categoryName,
  countryName,
}: {
  entry: Entry;
  competitionName: string;
  categoryName: string;
  countryName: string;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <section className="panel" id={sectionId('details')} tabIndex={-1} aria-labelledby="entry-details-h">
      <h2 id="entry-details-h">{t('entries.details.title')}</h2>
      <p className="badges">
        <EntryStatusBadge status={entry.status} />
        {entry.status === 'submitted' ? <EligibilityBadge eligibility={entry.eligibility} /> : null}
      </p>
      {entry.status === 'submitted' && entry.eligibility !== 'pending' ? (
        <div className={`notice ${entry.eligibility === 'eligible' ? 'notice-success' : 'notice-error'}`} role="status">
          <p className="notice-title">{t(`entries.eligibilityExplained.${entry.eligibility}`)}</p>
          {entry.eligibilityReason ? <p>{t('entries.eligibilityReason', { reason: entry.eligibilityReason })}</p> : null}
        </div>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t('entries.code')}</dt>
          <dd>
            <code>{entry.code}</code>
          </dd>
        </div>
        <div>
          <dt>{t('entries.fields.competition')}</dt>
          <dd>{competitionName}</dd>
        </div>
        <div>
          <dt>{t('entries.fields.category')}</dt>
          <dd>{categoryName}</dd>
        </div>
        <div>
          <dt>{t('entries.country')}</dt>
          <dd>{countryName}</dd>
        </div>
        <div>
          <dt>{t('entries.school')}</dt>
          <dd>{entry.schoolName}</dd>
        </div>
        <div>
          <dt>{t('entries.fields.videoLanguage')}</dt>
          <dd>{languageLabel(entry.videoLanguage, lng)}</dd>
        </div>
        {entry.supervisingTeacherName ? (
          <div>
            <dt>{t('entries.fields.teacherName')}</dt>
            <dd>
              {entry.supervisingTeacherName}
              {entry.supervisingTeacherEmail ? <span className="muted"> ({entry.supervisingTeacherEmail})</span> : null}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('credits.title')}</dt>
          <dd>{creditsSummary(t, entry)}</dd>
        </div>
        {entry.submittedAt ? (
          <div>
            <dt>{t('entries.submittedAt')}</dt>
            <dd>{formatDateTime(entry.submittedAt, lng)}</dd>
          </div>
        ) : null}
      </dl>
      <h3>{t('entries.fields.synopsisOriginal')}</h3>
      <p className="prewrap" lang={entry.videoLanguage}>
        {entry.synopsisOriginal || <span className="muted">{t('entries.details.empty')}</span>}
      </p>
      <h3>{t('entries.fields.synopsisEnglish')}</h3>
      <p className="prewrap" lang="en">
        {entry.synopsisEnglish || <span className="muted">{t('entries.details.empty')}</span>}
      </p>
      <h3>{t('entries.fields.sources')}</h3>
      <p className="prewrap">{entry.sources || <span className="muted">{t('entries.details.empty')}</span>}</p>
    </section>
  );
}
