import { localeOf, type Locale } from '@clapper/domain/locales';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_CONSENT_TEXT } from '@clapper/domain/licence';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { LocaleSelect } from '../../../components/ui/locale-select';
import { ErrorNotice } from '../../../components/ui/query-state';
import { isApiError, type Schemas } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { formatDate, formatDateTime, formatFileSize } from '../../../lib/format';
import { fieldErrorsFrom } from '../../../lib/form-errors';
import { useConsentFormUrl } from '../api/get-consent-form-url';
import { useRecordConsent } from '../api/record-consent';
import { useRequestGuardianLink, type GuardianLink } from '../api/request-guardian-link';
import { GUARDIAN_FORM_MAX_BYTES, useUploadGuardianForm } from '../api/upload-guardian-form';
import { useVerifyConsent } from '../api/verify-consent';
import { useWithdrawConsent } from '../api/withdraw-consent';

type Entry = Schemas['EntryDto'];
type Member = Schemas['MemberDto'];
type ConsentState = Schemas['ConsentStateDto'];

export interface TeamConsentsProps {
  entry: Entry;
  /** the team may record consents and ask for guardian links (a draft, seen by its team) */
  editable: boolean;
  /** coordinators and organisers verify uploaded signed forms */
  canVerify: boolean;
  /** the team may withdraw a participant's consent at any time, also after submission (it takes the work off public pages) */
  canWithdraw?: boolean;
  sectionId: string;
}

export function ConsentBadge({ state }: { state: ConsentState['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge-consent-${state}`}>{t(`consent.status.${state}`)}</span>;
}

/** The team, one card per member: their consent, and for minors their guardian's consent. */
export function TeamConsents({ entry, editable, canVerify, canWithdraw = editable, sectionId }: TeamConsentsProps) {
  const { t } = useTranslation();
  return (
    <section className="panel" id={sectionId} tabIndex={-1} aria-labelledby="entry-team-h">
      <h2 id="entry-team-h">{t('consent.teamTitle')}</h2>
      <p className="muted">{t('consent.teamLead')}</p>
      <ul className="member-list">
        {entry.members.map((m) => (
          <MemberCard key={m.id} entry={entry} member={m} editable={editable} canWithdraw={canWithdraw} canVerify={canVerify} />
        ))}
      </ul>
    </section>
  );
}

function MemberCard({ entry, member: m, editable, canWithdraw, canVerify }: { entry: Entry; member: Member; editable: boolean; canWithdraw: boolean; canVerify: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const headingId = useId();
  const record = useRecordConsent(entry.id);
  const withdraw = useWithdrawConsent(entry.id);
  const c = m.consent;
  return (
    <li className="member-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {m.fullName} <span className="muted small">– {t(`entries.roles.${m.role}`, { defaultValue: m.role })}</span>
      </h3>
      <p className="muted small">
        {t('consent.ageLine', { age: m.age, dob: formatDate(m.dateOfBirth, lng) })}
        {m.isMinor ? <span className="badge badge-minor">{t('consent.minor')}</span> : null}
        {m.schoolName ? ` · ${m.schoolName}` : null}
      </p>

      <div className="consent-block">
        <h4>
          {t('consent.participantTitle')} <ConsentBadge state={c.status} />
        </h4>
        {c.status === 'given' ? (
          <p className="small">{t('consent.givenLine', { when: formatDateTime(c.givenAt, lng), version: c.textVersion ?? '' })}</p>
        ) : null}
        {editable && c.status !== 'given' ? (
          <>
            <blockquote className="consent-text" lang="en">
              {PARTICIPANT_CONSENT_TEXT}
            </blockquote>
            <p className="small">{t('consent.participantAsk', { name: m.fullName })}</p>
            {record.isError ? <ErrorNotice error={record.error} /> : null}
            <Button busy={record.isPending} onClick={() => record.mutate(m.id)} aria-label={t('consent.recordFor', { name: m.fullName })}>
              {t('consent.record')}
            </Button>
          </>
        ) : null}
        {canWithdraw && c.status === 'given' ? (
          <>
            {withdraw.isError ? <ErrorNotice error={withdraw.error} /> : null}
            <Button
              variant="link"
              busy={withdraw.isPending}
              onClick={() => {
                if (window.confirm(t('consent.confirmWithdraw', { name: m.fullName }))) withdraw.mutate(m.id);
              }}
              aria-label={t('consent.withdrawFor', { name: m.fullName })}
            >
              {t('consent.withdraw')}
            </Button>
          </>
        ) : null}
      </div>

      {m.isMinor && m.guardianConsent ? <GuardianBlock entry={entry} member={m} state={m.guardianConsent} editable={editable} canVerify={canVerify} /> : null}
    </li>
  );
}

function GuardianBlock({ entry, member: m, state, editable, canVerify }: { entry: Entry; member: Member; state: ConsentState; editable: boolean; canVerify: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const request = useRequestGuardianLink(entry.id);
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<Locale>(localeOf(lng) ?? 'en');
  const [link, setLink] = useState<GuardianLink | null>(null);
  const emailId = `gl-email-${m.id}`;
  const languageId = `gl-language-${m.id}`;
  const canRequest = editable && state.status !== 'given' && state.status !== 'pending_verification';

  function onRequest(e: FormEvent) {
    e.preventDefault();
    request.mutate({ memberId: m.id, guardianEmail: email.trim() || undefined, language: email.trim() ? language : undefined }, { onSuccess: setLink });
  }

  return (
    <div className="consent-block">
      <h4>
        {t('consent.guardianTitle')} <ConsentBadge state={state.status} />
      </h4>
      <p className="small">{t(`consent.guardianExplained.${state.status}`, { name: m.fullName })}</p>
      {state.status === 'given' ? (
        <p className="small">{t('consent.guardianGivenLine', { who: state.givenByName ?? '', when: formatDateTime(state.givenAt, lng) })}</p>
      ) : null}
      {state.status === 'rejected' && state.rejectionReason ? (
        <p className="field-error">{t('consent.rejectedReason', { reason: state.rejectionReason })}</p>
      ) : null}
      {link ? <LinkBox link={link} name={m.fullName} /> : null}
      {canRequest ? (
        <form className="stack" onSubmit={onRequest} noValidate>
          {request.isError ? <ErrorNotice error={request.error} /> : null}
          <FormField id={emailId} label={t('consent.guardianEmail')} hint={t('consent.guardianEmailHint')} errors={fieldErrorsFrom(request.error).guardianEmail}>
            {(p) => <input {...p} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </FormField>
          <FormField id={languageId} label={t('consent.guardianLanguage')} hint={t('consent.guardianLanguageHint')} errors={fieldErrorsFrom(request.error).language}>
            {(p) => <LocaleSelect control={p} value={language} onChange={setLanguage} />}
          </FormField>
          <div>
            <Button
              type="submit"
              variant="secondary"
              busy={request.isPending}
              aria-label={state.status === 'none' ? t('consent.requestLinkFor', { name: m.fullName }) : t('consent.requestNewLinkFor', { name: m.fullName })}
            >
              {state.status === 'none' ? t('consent.requestLink') : t('consent.requestNewLink')}
            </Button>
          </div>
        </form>
      ) : null}
      {editable && state.status !== 'given' ? <GuardianFormUpload entryId={entry.id} member={m} state={state} /> : null}
      {canVerify && state.status === 'pending_verification' && state.id ? <VerifyForm entryId={entry.id} consentId={state.id} name={m.fullName} /> : null}
    </div>
  );
}

function LinkBox({ link, name }: { link: GuardianLink; name: string }) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  return (
    <div className="notice notice-info link-box">
      <label htmlFor={inputId} className="field-label">
        {t('consent.linkFor', { name })}
      </label>
      <div className="copy-row">
        <input id={inputId} type="text" readOnly value={link.link} onFocus={(e) => e.currentTarget.select()} />
        <Button
          variant="secondary"
          onClick={() => {
            const done = navigator.clipboard?.writeText(link.link);
            if (!done) return setCopied('no');
            done.then(
              () => setCopied('yes'),
              () => setCopied('no'),
            );
          }}
        >
          {t('consent.copy')}
        </Button>
      </div>
      <p className="small" role="status">
        {copied === 'yes' ? t('consent.copied') : copied === 'no' ? t('consent.copyFailed') : null}
      </p>
      <p className="small">
        {link.emailed ? t('consent.linkEmailed') : t('consent.linkPassOn')} {t('consent.linkExpires', { when: formatDateTime(link.expiresAt, i18n.language) })}
      </p>
    </div>
  );
}

function VerifyForm({ entryId, consentId, name }: { entryId: string; consentId: string; name: string }) {
  const { t } = useTranslation();
  const verify = useVerifyConsent(entryId);
  const [reason, setReason] = useState('');
  const reasonId = `vf-reason-${consentId}`;
  const reasonErrors = fieldErrorsFrom(verify.error).reason;
  return (
    <div className="stack subpanel">
      <p>{t('consent.verifyLead', { name })}</p>
      {verify.isError && !reasonErrors ? <ErrorNotice error={verify.error} /> : null}
      <FormField id={reasonId} label={t('consent.rejectReason')} hint={t('consent.rejectReasonHint')} errors={reasonErrors}>
        {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      <div className="inline-actions">
        <SignedFormLink entryId={entryId} consentId={consentId} name={name} />
        <Button busy={verify.isPending} onClick={() => verify.mutate({ consentId, body: { decision: 'accept' } })}>
          {t('consent.acceptForm')}
        </Button>
        <Button variant="danger" busy={verify.isPending} onClick={() => verify.mutate({ consentId, body: { decision: 'reject', reason: reason.trim() } })}>
          {t('consent.rejectForm')}
        </Button>
      </div>
    </div>
  );
}

const FORM_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const FORM_EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

/** Instead of a link, the team uploads a scan or photo of the guardian's signed form; the coordinator verifies it. */
function GuardianFormUpload({ entryId, member: m, state }: { entryId: string; member: Member; state: ConsentState }) {
  const { t, i18n } = useTranslation();
  const upload = useUploadGuardianForm(entryId);
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const inputId = `gf-file-${m.id}`;
  const max = formatFileSize(GUARDIAN_FORM_MAX_BYTES, i18n.language);
  const serverError = upload.error
    ? isApiError(upload.error) && upload.error.status < 500 && upload.error.message
      ? upload.error.message
      : errorMessage(t, upload.error)
    : null;
  const errors = [choiceError, serverError].filter((x): x is string => Boolean(x));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSent(false);
    if (!file) return setChoiceError(t('consent.form.chooseFirst'));
    if (!FORM_TYPES.includes(file.type) && !FORM_EXTENSIONS.test(file.name)) return setChoiceError(t('consent.form.wrongType'));
    if (file.size > GUARDIAN_FORM_MAX_BYTES) return setChoiceError(t('consent.form.tooLarge', { max }));
    upload.mutate(
      { memberId: m.id, file },
      {
        onSuccess: () => {
          setSent(true);
          setOpen(false);
          setFile(null);
        },
      },
    );
  }

  return (
    <div className="stack">
      {sent ? (
        <p className="notice notice-success" role="status">
          {t('consent.form.sent')}
        </p>
      ) : null}
      {!open ? (
        <div>
          <Button variant="link" aria-expanded={false} onClick={() => setOpen(true)}>
            {state.status === 'pending_verification' ? t('consent.form.replaceFor', { name: m.fullName }) : t('consent.form.openFor', { name: m.fullName })}
          </Button>
        </div>
      ) : (
        <form className="stack subpanel" onSubmit={onSubmit} noValidate>
          <FormField id={inputId} label={t('consent.form.file')} hint={t('consent.form.fileHint', { max })} errors={errors.length ? errors : undefined}>
            {(p) => (
              <input
                {...p}
                type="file"
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                onChange={(e) => {
                  setChoiceError(null);
                  upload.reset();
                  setFile(e.target.files?.[0] ?? null);
                }}
              />
            )}
          </FormField>
          <div className="inline-actions">
            <Button type="submit" variant="secondary" busy={upload.isPending}>
              {upload.isPending ? t('consent.form.uploading') : t('consent.form.uploadFor', { name: m.fullName })}
            </Button>
            <Button variant="link" onClick={() => setOpen(false)}>
              {t('entries.edit.cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

/** Opens the uploaded form in a new tab through a short-lived link. */
function SignedFormLink({ entryId, consentId, name }: { entryId: string; consentId: string; name: string }) {
  const { t } = useTranslation();
  const form = useConsentFormUrl(entryId, consentId);
  if (form.isError) return <p className="field-error">{errorMessage(t, form.error)}</p>;
  if (!form.data) return <span className="muted small">{t('common.loading')}</span>;
  return (
    <a className="btn btn-secondary" href={form.data.url} target="_blank" rel="noopener noreferrer" aria-label={t('consent.form.viewFor', { name })}>
      {t('consent.form.view')}
    </a>
  );
}
