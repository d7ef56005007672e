import { useState, type FormEvent } from 'react';
import { AUTONYMS, isLocale, localeOf } from '@clapper/domain/locales';
import { useTranslation } from '../../../lib/use-translation';
import { TextLanguageChoice } from '../../../components/ui/text-language-choice';
import { Button } from '../../../components/ui/button';
import { ProblemSummary } from '../../../components/ui/problem-summary';
import { FormField } from '../../../components/ui/form-field';
import { ErrorNotice, Loading, Notice } from '../../../components/ui/query-state';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { localize } from '../../../lib/localized-text';
import { useFormProblems } from '../../../lib/use-form-problems';
import { useGiveGuardianConsent } from '../api/give-guardian-consent';
import { useGuardianConsentPreview } from '../api/preview-guardian-consent';
import { useRefuseGuardianConsent } from '../api/refuse-guardian-consent';
import { useWithdrawGuardianConsent } from '../api/withdraw-guardian-consent';

const ids = { guardianName: 'gc-name', relationship: 'gc-relationship' };

/** A language named in its own script ("ไทย"), so the guardian recognises the language they read. */
const autonymOf = (code: string | null | undefined) => (code && isLocale(code) ? AUTONYMS[code] : (code ?? ''));

/**
 * A guardian's page, opened from the link the platform emailed them (in the language of the email): what it is about,
 * the consent text in the page's language, and two answers, "I agree" (with their name) and "I do not agree". When
 * the text has no approved translation in the page's language, the page offers the languages that have one and
 * switches entirely to the one chosen; it never shows a text in another language than its own. A guardian who
 * declined can still agree; one who agreed can withdraw.
 */
export function GuardianConsent({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const language = localeOf(lng) ?? 'en';
  const preview = useGuardianConsentPreview(token, language);
  const give = useGiveGuardianConsent(token);
  const withdraw = useWithdrawGuardianConsent(token);
  const refuse = useRefuseGuardianConsent(token);
  const [guardianName, setGuardianName] = useState('');
  const [relationship, setRelationship] = useState('');
  const fields = {
    guardianName: { id: ids.guardianName, label: t('guardian.name') },
    relationship: { id: ids.relationship, label: t('guardian.relationship') },
  };
  const { byInput, summary } = useFormProblems(give.error, fields);

  if (preview.isPending) return <Loading />;
  if (preview.isError) {
    const e = preview.error;
    const expired = e instanceof ApiError && e.reason === 'consents.link_expired';
    // a link that never was, or one a newer email replaced; a token of the wrong shape is not a link either
    const invalid = e instanceof ApiError && (e.reason === 'consents.link_invalid' || e.code === 'validation_failed');
    if (expired || invalid)
      return (
        <ErrorNotice title={expired ? t('guardian.expiredTitle') : t('guardian.invalidTitle')}>
          <p>{expired ? t('guardian.expiredText') : t('guardian.invalidText')}</p>
        </ErrorNotice>
      );
    return <ErrorNotice error={e} onRetry={() => void preview.refetch()} />;
  }

  const p = preview.data;
  // what the guardian reads and answers: the text in the page's language, when it has one
  const read = p.consentText && p.textLanguage && p.textVersion && isLocale(p.textLanguage) ? { language: p.textLanguage, textVersion: p.textVersion } : null;
  function onGive(e: FormEvent) {
    e.preventDefault();
    if (!read) return;
    refuse.reset();
    give.mutate({ guardianName: guardianName.trim(), relationship: relationship.trim(), ...read });
  }

  return (
    <div className="stack">
      <section className="panel" aria-labelledby="gc-about-h">
        <h2 id="gc-about-h">{t('guardian.aboutTitle')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('guardian.member')}</dt>
            <dd>{p.memberName}</dd>
          </div>
          <div>
            <dt>{t('guardian.entry')}</dt>
            <dd>{p.entryTitle}</dd>
          </div>
          <div>
            <dt>{t('guardian.competition')}</dt>
            <dd>{localize(p.competitionName, lng)}</dd>
          </div>
        </dl>
        <h3>{t('guardian.textTitle')}</h3>
        {read ? (
          <>
            <blockquote className="consent-text" lang={read.language}>
              {p.consentText}
            </blockquote>
            <p className="muted small">{t('consent.textIn', { version: read.textVersion, language: autonymOf(read.language) })}</p>
          </>
        ) : (
          <TextLanguageChoice language={p.language} languages={p.languages} />
        )}
      </section>

      {p.status === 'given' ? (
        <section className="panel" aria-labelledby="gc-given-h">
          <h2 id="gc-given-h">{t('guardian.givenTitle')}</h2>
          <Notice tone="success">
            <p>{t('guardian.givenText', { name: p.memberName, when: formatDateTime(p.givenAt, lng) })}</p>
            {p.agreedVersion && p.agreedLanguage ? <p>{t('guardian.agreedIn', { version: p.agreedVersion, language: autonymOf(p.agreedLanguage) })}</p> : null}
          </Notice>
          <p>{t('guardian.withdrawExplained')}</p>
          {withdraw.isError ? <ErrorNotice error={withdraw.error} /> : null}
          <Button
            variant="danger"
            busy={withdraw.isPending}
            onClick={() => {
              if (window.confirm(t('guardian.confirmWithdraw'))) withdraw.mutate(language);
            }}
          >
            {t('guardian.withdraw')}
          </Button>
        </section>
      ) : p.status === 'withdrawn' ? (
        <section className="panel" aria-labelledby="gc-withdrawn-h">
          <h2 id="gc-withdrawn-h">{t('guardian.withdrawnTitle')}</h2>
          <p>{t('guardian.withdrawnText', { name: p.memberName })}</p>
        </section>
      ) : !read ? null : (
        <section className="panel" aria-labelledby="gc-form-h">
          <h2 id="gc-form-h">{p.status === 'refused' ? t('guardian.refusedTitle') : t('guardian.formTitle')}</h2>
          {p.status === 'refused' ? (
            <div className="notice notice-info" role="status">
              <p>{t('guardian.refusedText', { name: p.memberName, when: formatDateTime(p.refusedAt, lng) })}</p>
              {p.agreedVersion && p.agreedLanguage ? (
                <p>{t('guardian.agreedIn', { version: p.agreedVersion, language: autonymOf(p.agreedLanguage) })}</p>
              ) : null}
              <p>{t('guardian.refusedChangeMind')}</p>
            </div>
          ) : (
            <p>{t('guardian.formLead', { name: p.memberName })}</p>
          )}
          <form className="form" onSubmit={onGive} noValidate>
            <ProblemSummary summary={summary} />
            <FormField id={ids.guardianName} label={t('guardian.name')} required requiredLabel={t('common.required')} errors={byInput[ids.guardianName]}>
              {(f) => <input {...f} type="text" autoComplete="name" value={guardianName} onChange={(e) => setGuardianName(e.target.value)} required />}
            </FormField>
            <FormField
              id={ids.relationship}
              label={t('guardian.relationship')}
              hint={t('guardian.relationshipHint')}
              required
              requiredLabel={t('common.required')}
              errors={byInput[ids.relationship]}
            >
              {(f) => <input {...f} type="text" value={relationship} onChange={(e) => setRelationship(e.target.value)} required />}
            </FormField>
            <p className="small">{t('guardian.agreeMeans', { name: p.memberName })}</p>
            <div className="form-actions">
              <Button type="submit" busy={give.isPending}>
                {t('guardian.agreeButton')}
              </Button>
            </div>
          </form>
          {p.status === 'requested' ? (
            <div className="stack guardian-refuse">
              <h3>{t('guardian.refuseTitle')}</h3>
              <p className="small">{t('guardian.refuseMeans', { name: p.memberName })}</p>
              {refuse.isError ? <ErrorNotice error={refuse.error} /> : null}
              <div>
                <Button
                  variant="danger"
                  busy={refuse.isPending}
                  onClick={() => {
                    give.reset();
                    refuse.mutate(read);
                  }}
                >
                  {t('guardian.refuseButton')}
                </Button>
              </div>
            </div>
          ) : null}
        </section>
      )}
    </div>
  );
}
