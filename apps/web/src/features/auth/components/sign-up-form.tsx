import { useDeferredValue, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { PASSWORD_MIN_LENGTH } from '@clapper/domain/password-policy';
import { localeOf } from '@clapper/domain/locales';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { FieldGroup, FormField } from '../../../components/ui/form-field';
import { CountrySelect } from '../../../components/ui/country-select';
import { useFormProblems, type LocalProblems } from '../../../lib/use-form-problems';
import { useSchoolSuggestions } from '../api/get-school-suggestions';
import { useSignUp, type CheckEmail, type SignUpInput } from '../api/sign-up';

export interface SignUpFormProps {
  countries: { code: string; name: string }[];
  /** the request was taken: the person now checks their email (whether or not the address had an account) */
  onSubmitted: (answer: CheckEmail) => void;
}

type SelfRole = SignUpInput['role'];

export function SignUpForm({ countries, onSubmitted }: SignUpFormProps) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<SelfRole>('student');
  const [countryCode, setCountryCode] = useState('');
  const [schoolName, setSchoolName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [local, setLocal] = useState<LocalProblems | null>(null);
  const signUp = useSignUp();
  const deferredSchool = useDeferredValue(schoolName.trim());
  const schools = useSchoolSuggestions(countryCode, deferredSchool);

  const fields = useMemo(
    () => ({
      email: { id: 'su-email', label: t('auth.email') },
      password: { id: 'su-password', label: t('auth.password') },
      displayName: { id: 'su-name', label: t('auth.displayName') },
      role: { id: 'su-role', label: t('auth.role') },
      countryCode: { id: 'su-country', label: t('auth.country') },
      schoolName: { id: 'su-school', label: t('auth.school') },
      dateOfBirth: { id: 'su-dob', label: t('auth.dateOfBirth') },
    }),
    [t],
  );
  // a refused password's problems come beside the field with their facts (refusals.accounts.password_*)
  const { byInput, summary } = useFormProblems(signUp.error, fields, { local });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    // the checks a person can fix before a round trip; the server checks everything again
    const errors: Record<string, string[]> = {};
    if ([...password].length < PASSWORD_MIN_LENGTH) errors[fields.password.id] = [t('auth.passwordTooShort', { min: PASSWORD_MIN_LENGTH })];
    if (role === 'student' && !dateOfBirth) errors[fields.dateOfBirth.id] = [t('auth.dateOfBirthRequired')];
    if (!countryCode) errors[fields.countryCode.id] = [t('auth.countryRequired')];
    if (Object.keys(errors).length) {
      setLocal({ errors, attempt: (local?.attempt ?? 0) + 1 });
      return;
    }
    setLocal(null);
    signUp.mutate(
      {
        email: email.trim(),
        password,
        displayName: displayName.trim(),
        role,
        countryCode,
        schoolName: schoolName.trim(),
        ...(dateOfBirth ? { dateOfBirth } : {}),
        locale: localeOf(i18n.language) ?? 'en',
      },
      { onSuccess: onSubmitted },
    );
  }

  const req = t('common.required');
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ProblemSummary summary={summary} />
      <FieldGroup id="su-role" legend={t('auth.role')} errors={byInput['su-role']}>
        <div className="checks">
          {(['student', 'teacher'] as const).map((r) => (
            <label key={r} className="check">
              <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
              {t(`roles.${r}`)}
            </label>
          ))}
        </div>
        {role === 'teacher' ? <p className="hint">{t('auth.teacherApprovalHint')}</p> : null}
      </FieldGroup>
      <FormField id="su-name" label={t('auth.displayName')} hint={t('auth.displayNameHint')} required requiredLabel={req} errors={byInput['su-name']}>
        {(p) => <input {...p} type="text" autoComplete="name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} required />}
      </FormField>
      <FormField id="su-email" label={t('auth.email')} required requiredLabel={req} errors={byInput['su-email']}>
        {(p) => <input {...p} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />}
      </FormField>
      <FormField
        id="su-password"
        label={t('auth.password')}
        hint={t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        required
        requiredLabel={req}
        errors={byInput['su-password']}
      >
        {(p) => (
          <input
            {...p}
            type="password"
            autoComplete="new-password"
            minLength={PASSWORD_MIN_LENGTH}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        )}
      </FormField>
      <FormField id="su-country" label={t('auth.country')} required requiredLabel={req} errors={byInput['su-country']}>
        {(p) => <CountrySelect control={p} countries={countries} value={countryCode} onChange={setCountryCode} required />}
      </FormField>
      <FormField id="su-school" label={t('auth.school')} hint={t('auth.schoolHint')} required requiredLabel={req} errors={byInput['su-school']}>
        {(p) => (
          <>
            <input
              {...p}
              type="text"
              list="su-school-list"
              autoComplete="organization"
              value={schoolName}
              onChange={(e) => setSchoolName(e.target.value)}
              required
            />
            <datalist id="su-school-list">
              {(schools.data ?? []).map((s) => (
                <option key={s.id} value={s.name} />
              ))}
            </datalist>
          </>
        )}
      </FormField>
      <FormField
        id="su-dob"
        label={t('auth.dateOfBirth')}
        hint={role === 'student' ? t('auth.dateOfBirthHintStudent') : t('auth.dateOfBirthHintTeacher')}
        required={role === 'student'}
        requiredLabel={req}
        errors={byInput['su-dob']}
      >
        {(p) => (
          <input {...p} type="date" autoComplete="bday" value={dateOfBirth} onChange={(e) => setDateOfBirth(e.target.value)} required={role === 'student'} />
        )}
      </FormField>
      <div className="form-actions">
        <Button type="submit" busy={signUp.isPending}>
          {t('auth.createAccount')}
        </Button>
      </div>
    </form>
  );
}
