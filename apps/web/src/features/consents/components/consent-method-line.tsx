import { formatter } from '@clapper/domain/formats';
import { useTranslation } from '../../../lib/use-translation';
import type { Schemas } from '../../../lib/api-client';

type ConsentState = Schemas['ConsentStateDto'];

/** The language of an email, named in the reader's language. */
export function languageName(code: string | null | undefined, lng: string): string {
  return code ? formatter(lng).language(code) : '';
}

/** For coordinators: how this consent is asked for or was given, and where the link went. */
export function MethodLine({ state }: { state: ConsentState }) {
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
