import { useTranslation } from '../../../lib/use-translation';
import type { Schemas } from '../../../lib/api-client';
import { localize } from '../../../lib/localized-text';
import { formatShare } from '../utils/round-label';
import './rounds.css';

/** The rubric as judges will score on it, read-only: criteria in order with their share, scale and level descriptors. */
export function RubricView({ rubric, weights }: { rubric: Schemas['RubricDto']; weights: Record<string, number> }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <ol className="rubric-view">
      {rubric.criteria.map((c) => {
        const name = localize(c.name, lng) || c.key;
        const other = lng.startsWith('ja') ? c.name.en : c.name.ja;
        return (
          <li key={c.key} className="rubric-view-criterion">
            <h3>
              {name} <span className="criterion-weight">{t('rounds.rubric.shareShort', { share: formatShare(weights[c.key] ?? 0, lng) })}</span>
            </h3>
            {other && other !== name ? <p className="muted small">{other}</p> : null}
            <p>{localize(c.description, lng)}</p>
            <details>
              <summary>{t('rounds.rubric.levelsSummary', { n: c.levels.length, min: c.scaleMin, max: c.scaleMax })}</summary>
              <dl className="rubric-view-levels">
                {c.levels.map((l) => (
                  <div key={l.score}>
                    <dt>{l.score}</dt>
                    <dd>{localize(l.descriptor, lng)}</dd>
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
