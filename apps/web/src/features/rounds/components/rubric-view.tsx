import { useTranslation } from '../../../lib/use-translation';
import type { Schemas } from '../../../lib/api-client';
import { fallbackLang, localize, localizeWithLanguage } from '../../../lib/localized-text';
import { formatShare } from '../utils/round-label';
import './rounds.css';

/** The rubric as judges will score on it, read-only: criteria in order with their share, scale and level descriptors. */
export function RubricView({ rubric, weights }: { rubric: Schemas['RubricDto']; weights: Record<string, number> }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <ol className="rubric-view">
      {rubric.criteria.map((c) => {
        // the reader's language only (English, marked lang="en", where the criterion has none)
        const name = localizeWithLanguage(c.name, lng);
        const description = localizeWithLanguage(c.description, lng);
        return (
          <li key={c.key} className="rubric-view-criterion">
            <h3>
              <span lang={fallbackLang(name, lng)}>{name?.text || c.key}</span>{' '}
              <span className="criterion-weight">{t('rounds.rubric.shareShort', { share: formatShare(weights[c.key] ?? 0, lng) })}</span>
            </h3>
            <p lang={fallbackLang(description, lng)}>{description?.text}</p>
            <details>
              <summary>{t('rounds.rubric.levelsSummary', { n: c.levels.length, min: c.scaleMin, max: c.scaleMax })}</summary>
              <dl className="rubric-view-levels">
                {c.levels.map((l) => (
                  <div key={l.score}>
                    <dt>{l.score}</dt>
                    <dd lang={fallbackLang(localizeWithLanguage(l.descriptor, lng), lng)}>{localize(l.descriptor, lng)}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
