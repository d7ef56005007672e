import { localeOf, type Locale } from '@clapper/domain/locales';
import type { TFunction } from '../../../lib/translator';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { LocaleSelect } from '../../../components/ui/locale-select';
import type { Schemas } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { fieldErrorsFrom } from '../../../lib/form-errors';
import { useResendGuardianLink } from '../api/resend-guardian-link';
import { useSendGuardianLink } from '../api/send-guardian-link';

type Member = Schemas['MemberDto'];
type ConsentState = Schemas['ConsentStateDto'];

/**
 * What went wrong with the guardian's email, in the reader's language (never the server's English): the address's own
 * problems beside the input (e.g. an account on this entry), anything else above the form.
 */
function guardianEmailProblem(t: TFunction, error: unknown): { field: string[]; other: string | null } {
  if (!error) return { field: [], other: null };
  const field = fieldErrorsFrom(error, '', t).guardianEmail ?? [];
  return { field, other: field.length ? null : errorMessage(t, error) };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The team gives the guardian's address and the language of the email; the platform sends the link there. Once sent,
 * the team sees only the masked address, and can resend or change the address (the old link then stops working).
 */
export function GuardianEmail({ entryId, member: m, state }: { entryId: string; member: Member; state: ConsentState }) {
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
  const emailErrors = [localError, ...problem.field].filter((x): x is string => Boolean(x));

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
