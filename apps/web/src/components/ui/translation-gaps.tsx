import { useTranslation } from '../../lib/use-translation';
import { languageLabel } from '../../lib/languages';
import { gapText } from '../../lib/translation-gaps';
import type { Schemas } from '../../lib/api-client';
import { ConfirmPanel } from './confirm-panel';
import './translation-gaps.css';

type Gap = Schemas['TranslationGapDto'];

/** The missing texts, per language (each language named in the reader's language), each text in words. */
export function TranslationGapList({ gaps, headingLevel = 3 }: { gaps: Gap[]; headingLevel?: 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const languages = [...new Set(gaps.map((g) => g.language))];
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="translation-gaps">
      {languages.map((language) => {
        const own = gaps.filter((g) => g.language === language);
        return (
          <section key={language} aria-label={languageLabel(language, lng)}>
            <Heading className="translation-gaps-language">
              {languageLabel(language, lng)} · {t('contentLanguages.panel.missing', { count: own.length })}
            </Heading>
            <ul>
              {own.map((g, i) => (
                <li key={i}>{gapText(t, g, lng)}</li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** Publishing with texts missing a translation: what is missing, and "Publish anyway" or not now. */
export function TranslationGapsConfirm({
  gaps,
  what,
  busy,
  onConfirm,
  onCancel,
  returnFocusTo,
}: {
  gaps: Gap[];
  what: 'competition' | 'results';
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  returnFocusTo?: string;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmPanel
      title={t(what === 'competition' ? 'contentLanguages.confirm.competitionTitle' : 'contentLanguages.confirm.resultsTitle')}
      confirmLabel={t('contentLanguages.confirm.publishAnyway')}
      tone="primary"
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
      returnFocusTo={returnFocusTo}
    >
      <p>{t('contentLanguages.confirm.intro', { count: gaps.length })}</p>
      <TranslationGapList gaps={gaps} headingLevel={4} />
    </ConfirmPanel>
  );
}
