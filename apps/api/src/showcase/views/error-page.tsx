import type { Translator } from '../showcase-i18n.js';
import { showcasePaths } from '../showcase-paths.js';
import { Document, Frame } from './layout.js';

/** The HTML answer (it never repeats the address asked for; the language switcher leads to the showcase) for anything the showcase cannot show: 404 (not public, or never was), or 500 and 503 ("try again in a minute"). */
export function ErrorPage({ t, status }: { t: Translator; status: 404 | 500 | 503 }) {
  const key = status === 404 ? 'notFound' : 'failed';
  return (
    <Document t={t} head={{ title: `${t.t(`errors.${key}.title`)} · Clapper`, description: t.t(`errors.${key}.text`), noindex: true }}>
      <Frame t={t} here={{ path: showcasePaths.root, query: {} }} hero={<h1>{t.t(`errors.${key}.title`)}</h1>}>
        <p>{t.t(`errors.${key}.text`)}</p>
        <p>
          <a className="btn" href={showcasePaths.root}>
            {t.t('errors.back')}
          </a>
        </p>
      </Frame>
    </Document>
  );
}
