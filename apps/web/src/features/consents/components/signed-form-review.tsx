import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import { ErrorNotice } from '../../../components/ui/query-state';
import type { Schemas } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { fieldErrorsFrom } from '../../../lib/form-errors';
import { useConsentFormUrl } from '../api/get-consent-form-url';
import { useRequireSignedForm } from '../api/require-signed-form';
import { useVerifyConsent } from '../api/verify-consent';

/** Coordinators' actions on a guardian's signed consent form: ask for one, open it, accept or reject it. */

type Member = Schemas['MemberDto'];

/** A coordinator asks for a signed form instead of the email link for this member. */
export function RequireFormButton({ entryId, member: m }: { entryId: string; member: Member }) {
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

/** Accepts or rejects an uploaded form; a rejection says why, for the team. */
export function VerifyForm({ entryId, consentId, name }: { entryId: string; consentId: string; name: string }) {
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
