import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { languageLabel } from '../../../lib/languages';
import './language-tabs.css';

export interface LanguageTab {
  code: string;
  /** some text of the competition is still missing in this language */
  missing: boolean;
}

/**
 * Which language the form's texts are typed in: one tab per language of the competition (each named in its own
 * script, with the reader's name for it), a dot on those with texts missing. Arrow keys, Home and End move along.
 * Several tab lists (a section each) may share one choice; `controls` is the id of the panel this one shows.
 */
export function LanguageTabs({
  id,
  tabs,
  active,
  onChange,
  controls,
}: {
  id: string;
  tabs: LanguageTab[];
  active: string;
  onChange: (code: string) => void;
  controls: string;
}) {
  const { t, i18n } = useTranslation();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const to = e.key === 'ArrowRight' ? index + 1 : e.key === 'ArrowLeft' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length];
    onChange(next.code);
    refs.current[next.code]?.focus();
  };
  return (
    <div className="language-tabs" role="tablist" aria-label={t('contentLanguages.form.languages')} id={id}>
      {tabs.map((tab, i) => {
        const selected = tab.code === active;
        const own = languageLabel(tab.code, tab.code);
        const reader = languageLabel(tab.code, i18n.language);
        return (
          <button
            key={tab.code}
            ref={(el) => {
              refs.current[tab.code] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-${tab.code}`}
            aria-selected={selected}
            aria-controls={controls}
            tabIndex={selected ? 0 : -1}
            className="language-tab"
            onClick={() => onChange(tab.code)}
            onKeyDown={(e) => onKey(e, i)}
          >
            <span lang={tab.code}>{own}</span>
            {own !== reader ? <span className="language-tab-reader"> {reader}</span> : null}
            {tab.missing ? (
              <span className="language-tab-dot" role="img" aria-label={t('contentLanguages.form.missing')}>
                {' '}
                ●
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
