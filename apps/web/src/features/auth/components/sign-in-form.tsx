import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FormField } from '../../../components/ui/form-field';
import { errorMessage } from '../../../lib/error-message';
import { useFormErrors } from '../../../lib/use-form-errors';
import type { Me } from '../api/get-me';
import { useSignIn } from '../api/sign-in';

export function SignInForm({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();
  const fields = useMemo(
    () => ({ email: { id: 'si-email', label: t('auth.email') }, password: { id: 'si-password', label: t('auth.password') } }),
    [t],
  );
  const { byInput, summaryItems } = useFormErrors(signIn.error, fields);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    signIn.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn });
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {signIn.error ? (
        <ErrorSummary title={t('form.errorSummaryTitle')} message={errorMessage(t, signIn.error)} items={summaryItems} focusKey={signIn.error} />
      ) : null}
      <FormField id="si-email" label={t('auth.email')} errors={byInput['si-email']}>
        {(p) => <input {...p} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />}
      </FormField>
      <FormField id="si-password" label={t('auth.password')} errors={byInput['si-password']}>
        {(p) => <input {...p} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={signIn.isPending}>
          {t('auth.signIn')}
        </Button>
      </div>
    </form>
  );
}
