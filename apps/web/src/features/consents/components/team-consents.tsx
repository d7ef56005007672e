import { localeOf, type Locale } from '@clapper/domain/locales';
import type { TFunction } from 'i18next';
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
import { useRequireSignedForm } from '../api/require-signed-form';
import { useResendGuardianLink } from '../api/resend-guardian-link';
import { useSendGuardianLink } from '../api/send-guardian-link';
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

function MemberCard({
  entry,
  member: m,
  editable,
  canWithdraw,
  canVerify,
}: {
  entry: Entry;
  member: Member;
  editable: boolean;
  canWithdraw: boolean;
  canVerify: boolean;
}) {
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
        {canVerify && c.method ? <MethodLine state={c} /> : null}
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

function GuardianBlock({
  entry,
  member: m,
  state,
  editable,
  canVerify,
}: {
  entry: Entry;
  member: Member;
  state: ConsentState;
  editable: boolean;
  canVerify: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const team = entry.viewerRelation !== 'coordinator';
  const canEmail = editable && !state.formRequired && state.status !== 'given' && state.status !== 'pending_verification';
  // once a coordinator asks for a signed form, the team may send one also after submission
  const canUpload =
    (editable && state.status !== 'given') ||
    (team && state.formRequired && entry.status !== 'withdrawn' && (state.status === 'form_required' || state.status === 'rejected'));
  const canRequireForm = canVerify && !state.formRequired && !(state.status === 'given' && state.method === 'signed_form');
  const sent = state.method === 'email_link' && state.sentTo && state.sentAt && state.status !== 'given';

  return (
    <div className="consent-block">
      <h4>
        {t('consent.guardianTitle')} <ConsentBadge state={state.status} />
      </h4>
      <p className="small">{t(`consent.guardianExplained.${state.status}`, { name: m.fullName })}</p>
      {sent ? (
        <p className="small">
          {t('consent.sentLine', { to: state.sentTo, when: formatDateTime(state.sentAt, lng), language: languageName(state.emailLanguage, lng) })}
        </p>
      ) : null}
      {state.status === 'given' ? (
        <p className="small">{t('consent.guardianGivenLine', { who: state.givenByName ?? '', when: formatDateTime(state.givenAt, lng) })}</p>
      ) : null}
      {state.status === 'refused' && state.refusedAt ? (
        <div className="notice notice-error">
          <p className="notice-title">{t('consent.refusedTitle', { when: formatDateTime(state.refusedAt, lng) })}</p>
          <p>{t('consent.refusedNext')}</p>
        </div>
      ) : null}
      {state.formRequired && state.status !== 'given' ? (
        <div className="notice notice-info">
          <p className="notice-title">{t('consent.formRequiredTitle')}</p>
          <p>{team ? t('consent.formRequiredTeam', { name: m.fullName }) : t('consent.formRequiredCoordinator')}</p>
        </div>
      ) : null}
      {state.status === 'rejected' && state.rejectionReason ? (
        <p className="field-error">{t('consent.rejectedReason', { reason: state.rejectionReason })}</p>
      ) : null}
      {canVerify && state.method ? <MethodLine state={state} /> : null}
      {canEmail ? <GuardianEmail entryId={entry.id} member={m} state={state} /> : null}
      {canUpload ? <GuardianFormUpload entryId={entry.id} member={m} state={state} /> : null}
      {canVerify && state.status === 'pending_verification' && state.id ? <VerifyForm entryId={entry.id} consentId={state.id} name={m.fullName} /> : null}
      {canRequireForm ? <RequireFormButton entryId={entry.id} member={m} /> : null}
    </div>
  );
}

/** The language of an email, named in the reader's language. */
function languageName(code: string | null | undefined, lng: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([lng], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** For coordinators: how this consent is asked for or was given, and where the link went. */
function MethodLine({ state }: { state: ConsentState }) {
  const { t, i18n } = useTranslation();
  return (
    <p className="small">
      <strong>{t('consent.method.label')}</strong> {t(`consent.method.${state.method}`)}
      {state.method === 'email_link' && state.sentTo ? ` · ${state.sentTo}` : null}
      {state.textVersion
        ? ` · ${t('consent.method.text', { version: state.textVersion, language: languageName(state.textLanguage, i18n.language) || '–' })}`
        : null}
    </p>
  );
}

/** What went wrong with the guardian's email, in the reader's language (never the server's English). */
function guardianEmailProblem(t: TFunction, error: unknown): { field: string | null; other: string | null } {
  if (!error) return { field: null, other: null };
  if (!isApiError(error)) return { field: null, other: errorMessage(t, error) };
  const reason = typeof error.details.reason === 'string' ? error.details.reason : null;
  if (reason === 'guardian_email_on_entry') return { field: t('consent.errors.guardianEmailOnEntry'), other: null };
  if (reason === 'signed_form_required') return { field: null, other: t('consent.errors.signedFormRequired') };
  if (reason === 'already_given') return { field: null, other: t('consent.errors.alreadyGiven') };
  if (reason === 'nothing_to_resend') return { field: null, other: t('consent.errors.nothingToResend') };
  if (error.code === 'too_many_attempts') {
    const seconds = typeof error.details.retryAfterSeconds === 'number' ? error.details.retryAfterSeconds : 3600;
    return { field: null, other: t('consent.errors.tooManyEmails', { minutes: Math.max(1, Math.ceil(seconds / 60)) }) };
  }
  if (error.fields.some((f) => f.field === 'guardianEmail')) return { field: t('consent.errors.guardianEmailInvalid'), other: null };
  return { field: null, other: errorMessage(t, error) };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The team gives the guardian's address and the language of the email; the platform sends the link there. Once sent,
 * the team sees only the masked address, and can resend or change the address (the old link then stops working).
 */
function GuardianEmail({ entryId, member: m, state }: { entryId: string; member: Member; state: ConsentState }) {
  const { t, i18n } = useTranslation();
  const send = useSendGuardianLink(entryId);
  const resend = useResendGuardianLink(entryId);
  const alreadySent = state.method === 'email_link' && Boolean(state.sentTo);
  const [changing, setChanging] = useState(false);
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<Locale>(localeOf(state.emailLanguage) ?? localeOf(i18n.language) ?? 'en');
  const [localError, setLocalError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const emailId = `gl-email-${m.id}`;
  const languageId = `gl-language-${m.id}`;
  const problem = guardianEmailProblem(t, send.error ?? resend.error);
  const emailErrors = [localError, problem.field].filter((x): x is string => Boolean(x));

  function onSend(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    resend.reset();
    const address = email.trim();
    if (!address) return setLocalError(t('consent.errors.guardianEmailMissing'));
    if (!EMAIL.test(address)) return setLocalError(t('consent.errors.guardianEmailInvalid'));
    setLocalError(null);
    send.mutate(
      { memberId: m.id, guardianEmail: address, language },
      {
        onSuccess: (entry) => {
          setChanging(false);
          setEmail('');
          const to = entry.members.find((x) => x.id === m.id)?.guardianConsent?.sentTo ?? '';
          setDone(t('consent.sentNow', { to }));
        },
      },
    );
  }

  function onResend() {
    setDone(null);
    send.reset();
    resend.mutate(m.id, { onSuccess: () => setDone(t('consent.resentNow', { to: state.sentTo ?? '' })) });
  }

  return (
    <div className="stack">
      <p className="small" role="status">
        {done}
      </p>
      {problem.other ? (
        <div className="notice notice-error" role="alert">
          <p>{problem.other}</p>
        </div>
      ) : null}
      {alreadySent && !changing ? (
        <div className="inline-actions">
          <Button
            variant="secondary"
            busy={resend.isPending}
            onClick={onResend}
            aria-label={t('consent.actionFor', { action: t('consent.resend'), name: m.fullName })}
          >
            {t('consent.resend')}
          </Button>
          <Button
            variant="link"
            aria-expanded={false}
            onClick={() => {
              setChanging(true);
              setDone(null);
              resend.reset();
            }}
            aria-label={t('consent.actionFor', { action: t('consent.changeAddress'), name: m.fullName })}
          >
            {t('consent.changeAddress')}
          </Button>
        </div>
      ) : (
        <form className="stack" onSubmit={onSend} noValidate>
          <FormField
            id={emailId}
            label={t('consent.guardianEmail')}
            hint={t('consent.guardianEmailHint')}
            errors={emailErrors.length ? emailErrors : undefined}
            required
            requiredLabel={t('common.required')}
          >
            {(p) => (
              <input
                {...p}
                type="email"
                autoComplete="off"
                inputMode="email"
                value={email}
                onChange={(e) => {
                  setEmail(e.target.value);
                  setLocalError(null);
                }}
              />
            )}
          </FormField>
          <FormField id={languageId} label={t('consent.guardianLanguage')} hint={t('consent.guardianLanguageHint')}>
            {(p) => <LocaleSelect control={p} value={language} onChange={setLanguage} />}
          </FormField>
          <div className="inline-actions">
            <Button
              type="submit"
              variant="secondary"
              busy={send.isPending}
              aria-label={t('consent.actionFor', { action: changing ? t('consent.sendToNew') : t('consent.sendLink'), name: m.fullName })}
            >
              {changing ? t('consent.sendToNew') : t('consent.sendLink')}
            </Button>
            {changing ? (
              <Button
                variant="link"
                onClick={() => {
                  setChanging(false);
                  setLocalError(null);
                  send.reset();
                }}
              >
                {t('entries.edit.cancel')}
              </Button>
            ) : null}
          </div>
        </form>
      )}
    </div>
  );
}

/** A coordinator asks for a signed form instead of the email link for this member. */
function RequireFormButton({ entryId, member: m }: { entryId: string; member: Member }) {
  const { t } = useTranslation();
  const requireForm = useRequireSignedForm(entryId);
  return (
    <div className="stack">
      {requireForm.isError ? <ErrorNotice error={requireForm.error} /> : null}
      <div>
        <Button
          variant="secondary"
          busy={requireForm.isPending}
          onClick={() => {
            if (window.confirm(t('consent.requireFormConfirm', { name: m.fullName }))) requireForm.mutate(m.id);
          }}
          aria-label={t('consent.actionFor', { action: t('consent.requireForm'), name: m.fullName })}
        >
          {t('consent.requireForm')}
        </Button>
      </div>
      <p className="muted small">{t('consent.requireFormHint')}</p>
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
