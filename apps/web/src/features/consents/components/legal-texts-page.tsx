import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { AUTONYMS, isLocale } from '@clapper/domain/locales';
import { paths } from '../../../app/paths';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { Page } from '../../../components/ui/page';
import { ErrorNotice, Loading, Notice } from '../../../components/ui/query-state';
import { fieldErrorsFrom } from '../../../lib/form-errors';
import { formatDateTime, formatList } from '../../../lib/format';
import { localize } from '../../../lib/localized-text';
import { useTranslation } from '../../../lib/use-translation';
import { useApproveLegalText } from '../api/approve-legal-text';
import { useLegalTexts, type LegalDocumentTexts, type LegalTextCell } from '../api/get-legal-texts';
import { useSaveLegalText } from '../api/save-legal-text';
import { languageName } from './consent-method-line';

/**
 * The consent and licence texts of a competition, per language (issue 17): for each document and language, its state
 * (missing, a draft, approved, a new version waiting), who wrote and who approved it and when; the people who may
 * review it (organisers, and a country's coordinators for its languages) edit a translation and approve one someone
 * else wrote. Organisers at /admin/competitions/:id/texts, coordinators at /coordinate/:country/competitions/:id/texts.
 */
export function LegalTextsPage({ competitionId, country }: { competitionId: string; country?: string }) {
  const { t, i18n } = useTranslation();
  const texts = useLegalTexts(competitionId);
  const back = country ? paths.coordinateDashboard(country, competitionId) : paths.admin.competition(competitionId);
  const actions = (
    <Link className="btn btn-secondary" to={back}>
      {t('legalTexts.back')}
    </Link>
  );
  if (texts.isPending)
    return (
      <Page title={t('legalTexts.title')} actions={actions}>
        <Loading />
      </Page>
    );
  if (texts.isError)
    return (
      <Page title={t('legalTexts.title')} actions={actions}>
        <ErrorNotice error={texts.error} onRetry={() => void texts.refetch()} />
      </Page>
    );
  const data = texts.data;
  return (
    <Page title={t('legalTexts.title')} lead={localize(data.competitionName, i18n.language)} actions={actions}>
      <div className="stack legal-texts">
        <p>{t('legalTexts.lead')}</p>
        {data.documents.map((doc) => (
          <DocumentSection key={doc.document} competitionId={competitionId} doc={doc} competitionLanguages={data.competitionLanguages} />
        ))}
      </div>
    </Page>
  );
}

function DocumentSection({ competitionId, doc, competitionLanguages }: { competitionId: string; doc: LegalDocumentTexts; competitionLanguages: string[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const approved = doc.languages.filter((c) => c.approved).map((c) => (isLocale(c.language) ? AUTONYMS[c.language] : c.language));
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`legalTexts.documents.${doc.document}`)}</h2>
      <p className="muted small">
        {doc.version ? t('legalTexts.version', { version: doc.version }) : null}
        {' · '}
        {approved.length ? t('legalTexts.approvedIn', { languages: formatList(approved, i18n.language) }) : t('legalTexts.noneApproved')}
      </p>
      <ul className="legal-text-list">
        {doc.languages.map((cell) => (
          <li key={cell.language}>
            <LanguageCell competitionId={competitionId} doc={doc} cell={cell} ofCompetition={competitionLanguages.includes(cell.language)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function LanguageCell({
  competitionId,
  doc,
  cell,
  ofCompetition,
}: {
  competitionId: string;
  doc: LegalDocumentTexts;
  cell: LegalTextCell;
  ofCompetition: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const language = cell.language;
  const newest = cell.draft ?? cell.approved;
  return (
    <details className="legal-text">
      <summary>
        <span lang={language}>{AUTONYMS[language] ?? language}</span>
        {languageName(language, lng) !== AUTONYMS[language] ? <span className="muted small"> ({languageName(language, lng)})</span> : null}{' '}
        <span className={`badge badge-text-${cell.state}`}>{t(`legalTexts.state.${cell.state}`)}</span>
        {ofCompetition ? <span className="muted small"> · {t('legalTexts.ofCompetition')}</span> : null}
      </summary>
      <div className="stack">
        {cell.approved ? (
          <p className="small">
            {t('legalTexts.approvedLine', {
              version: cell.approved.version,
              name: cell.approved.approvedByName ?? '',
              when: formatDateTime(cell.approved.approvedAt, lng),
              writer: cell.approved.writtenByName,
            })}
          </p>
        ) : null}
        {cell.draft ? (
          <p className="small">
            {t('legalTexts.draftLine', { version: cell.draft.version, writer: cell.draft.writtenByName, when: formatDateTime(cell.draft.writtenAt, lng) })}
          </p>
        ) : null}
        {cell.mayReview ? (
          <Editor key={newest?.id ?? 'new'} competitionId={competitionId} doc={doc} cell={cell} />
        ) : (
          <>
            {newest ? (
              <blockquote className="consent-text" lang={language}>
                {newest.title ? <strong>{newest.title}</strong> : null}
                {newest.title ? '\n\n' : null}
                {newest.body}
              </blockquote>
            ) : null}
            <p className="muted small">{t('legalTexts.notYourLanguage')}</p>
          </>
        )}
      </div>
    </details>
  );
}

/** Edits the newest version of one language's text and approves it (never one the reviewer wrote). */
function Editor({ competitionId, doc, cell }: { competitionId: string; doc: LegalDocumentTexts; cell: LegalTextCell }) {
  const { t } = useTranslation();
  const language = cell.language;
  const newest = cell.draft ?? cell.approved;
  const [title, setTitle] = useState(newest?.title ?? '');
  const [body, setBody] = useState(newest?.body ?? '');
  const save = useSaveLegalText(competitionId);
  const approve = useApproveLegalText(competitionId);
  const ids = { title: `lt-${doc.document}-${language}-title`, body: `lt-${doc.document}-${language}-body` };
  const errors = fieldErrorsFrom(save.error);
  const target = { document: doc.document, language };
  const changed = body.trim() !== (newest?.body ?? '') || (doc.hasTitle && title.trim() !== (newest?.title ?? ''));

  function onSave(e: FormEvent) {
    e.preventDefault();
    approve.reset();
    save.mutate({ target, body: { body: body.trim(), ...(doc.hasTitle ? { title: title.trim() } : {}) } });
  }

  return (
    <form className="form" onSubmit={onSave} noValidate>
      {doc.hasTitle ? (
        <FormField id={ids.title} label={t('legalTexts.titleLabel')} errors={errors.title}>
          {(f) => <input {...f} type="text" lang={language} dir="auto" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />}
        </FormField>
      ) : null}
      <FormField
        id={ids.body}
        label={t('legalTexts.bodyLabel')}
        hint={cell.approved && !cell.draft ? t('legalTexts.editMakesVersion') : undefined}
        errors={errors.body}
      >
        {(f) => <textarea {...f} lang={language} dir="auto" rows={doc.hasTitle ? 12 : 5} value={body} onChange={(e) => setBody(e.target.value)} />}
      </FormField>
      {save.isError && !errors.title && !errors.body ? <ErrorNotice error={save.error} /> : null}
      {approve.isError ? <ErrorNotice error={approve.error} /> : null}
      {save.isSuccess && !changed ? (
        <Notice tone="success">
          <p>{t('legalTexts.saved')}</p>
        </Notice>
      ) : null}
      {approve.isSuccess ? (
        <Notice tone="success">
          <p>{t('legalTexts.approvedNow', { language: AUTONYMS[language] })}</p>
        </Notice>
      ) : null}
      <div className="inline-actions">
        <Button type="submit" variant="secondary" busy={save.isPending} disabled={!changed}>
          {t('legalTexts.save')}
        </Button>
        {cell.draft && !cell.draft.writtenByYou ? (
          <Button busy={approve.isPending} disabled={changed} onClick={() => cell.draft && approve.mutate({ target, textId: cell.draft.id })}>
            {t('legalTexts.approve', { version: cell.draft.version })}
          </Button>
        ) : null}
      </div>
      {cell.draft?.writtenByYou ? <p className="muted small">{t('legalTexts.ownTranslation')}</p> : null}
      {cell.draft && !cell.draft.writtenByYou && changed ? <p className="muted small">{t('legalTexts.saveFirst')}</p> : null}
    </form>
  );
}
