import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { AUTONYMS, isLocale, localeOf } from '@clapper/domain/locales';
import { useAgreementText } from '../../../api/get-agreement-text';
import { Button } from '../../../components/ui/button';
import { ErrorNotice, Loading } from '../../../components/ui/query-state';
import { TextLanguageChoice } from '../../../components/ui/text-language-choice';
import type { Schemas } from '../../../lib/api-client';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useRecordConsent } from '../api/record-consent';
import { useWithdrawConsent } from '../api/withdraw-consent';
import { languageName, MethodLine } from './consent-method-line';
import { GuardianEmail } from './guardian-email';
import { GuardianFormUpload } from './guardian-form-upload';
import { RequireFormButton, VerifyForm } from './signed-form-review';

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
          <ParticipantText competitionId={entry.competitionId}>
            {(read) => (
              <>
                <p className="small">{t('consent.participantAsk', { name: m.fullName })}</p>
                {record.isError ? <ErrorNotice error={record.error} /> : null}
                <Button
                  busy={record.isPending}
                  onClick={() => record.mutate({ memberId: m.id, read })}
                  aria-label={t('consent.recordFor', { name: m.fullName })}
                >
                  {t('consent.record')}
                </Button>
              </>
            )}
          </ParticipantText>
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

/**
 * The participant consent text in the reader's language, when approved (the record button follows it, sending the
 * language and version shown); otherwise the languages that have one, and no way to record consent to a text not shown.
 */
function ParticipantText({
  competitionId,
  children,
}: {
  competitionId: string;
  children: (read: { language: NonNullable<ReturnType<typeof localeOf>>; textVersion: string }) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const language = localeOf(i18n.language) ?? 'en';
  const text = useAgreementText(competitionId, 'participant_consent', language);
  if (text.isPending) return <Loading />;
  if (text.isError) return <ErrorNotice error={text.error} onRetry={() => void text.refetch()} />;
  const d = text.data;
  if (!d.body || !d.version || !isLocale(d.language)) return <TextLanguageChoice language={language} languages={d.languages} />;
  return (
    <>
      <blockquote className="consent-text" lang={d.language}>
        {d.body}
      </blockquote>
      <p className="muted small">{t('consent.textIn', { version: d.version, language: AUTONYMS[d.language] })}</p>
      {children({ language: d.language, textVersion: d.version })}
    </>
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
