import { useTranslation } from '../../../lib/use-translation';
import type { Declaration } from '../api/get-declaration';
import { formatList } from '../../../lib/format';

/** What the judge has declared so far, as saved: schools, countries and entry codes (the languages are the checkboxes below). */
export function DeclaredSummary({ declaration, countryName }: { declaration: Declaration; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const list = (items: string[]) => formatList(items, i18n.language);
  const none = <span className="muted">{t('judge.declaration.declaredNone')}</span>;
  return (
    <section className="panel judge-declared" aria-labelledby="jd-declared-h">
      <h2 id="jd-declared-h">{t('judge.declaration.declaredTitle')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('judge.declaration.schools')}</dt>
          <dd>
            {declaration.conflictSchools.length ? (
              <ul className="plain-list">
                {declaration.conflictSchools.map((s) => (
                  <li key={s.id}>
                    {s.name} <span className="muted small">· {countryName(s.countryCode)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              none
            )}
          </dd>
        </div>
        <div>
          <dt>{t('judge.declaration.countries')}</dt>
          <dd>{declaration.conflictCountryCodes.length ? list(declaration.conflictCountryCodes.map(countryName)) : none}</dd>
        </div>
        <div>
          <dt>{t('judge.declaration.entryCodes')}</dt>
          <dd>{declaration.conflictEntryCodes.length ? <code>{list(declaration.conflictEntryCodes)}</code> : none}</dd>
        </div>
      </dl>
      <p className="field-hint">{t('judge.declaration.declaredPrivacy')}</p>
    </section>
  );
}
