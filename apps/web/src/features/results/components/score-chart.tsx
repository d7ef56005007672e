import { useTranslation } from '../../../lib/use-translation';
import { formatScore2 } from '../utils/format';
import type { RankedRow } from './ranking-table';

const ROW = 26;
const LABEL = 92;
const W = 640;
const VALUE = 56;

/**
 * The scores as horizontal bars on 0–100, one per entry in ranking order. A picture (role="img") with a sentence
 * for assistive technology; the ranking table beside it holds every figure.
 */
export function ScoreChart({ rows, title }: { rows: RankedRow[]; title: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const scored = rows.filter((r) => r.entry.score !== null);
  if (!scored.length) return null;
  const plot = W - LABEL - VALUE;
  const height = scored.length * ROW + 24;
  const top = scored[0];
  const last = scored[scored.length - 1];
  const label = t('results.chart.label', {
    title,
    count: scored.length,
    top: `${top.entry.code} ${formatScore2(top.entry.score, lng)}`,
    bottom: `${last.entry.code} ${formatScore2(last.entry.score, lng)}`,
  });
  return (
    <figure className="score-chart">
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={label} width="100%" preserveAspectRatio="xMinYMin meet">
        {[0, 25, 50, 75, 100].map((tick) => {
          const x = LABEL + (tick / 100) * plot;
          return (
            <g key={tick} aria-hidden="true">
              <line className="score-chart-grid" x1={x} x2={x} y1={0} y2={height - 18} />
              <text className="score-chart-tick" x={x} y={height - 4} textAnchor="middle">
                {tick}
              </text>
            </g>
          );
        })}
        {scored.map((r, i) => {
          const y = i * ROW + 4;
          const w = Math.max(1, ((r.entry.score ?? 0) / 100) * plot);
          return (
            <g key={r.entry.entryId} aria-hidden="true">
              <text className="score-chart-label" x={LABEL - 8} y={y + ROW / 2 + 1} textAnchor="end" dominantBaseline="middle">
                {r.entry.code}
              </text>
              <rect className={`score-chart-bar${r.tiedWith.length ? ' score-chart-bar-tied' : ''}`} x={LABEL} y={y + 3} width={w} height={ROW - 8} rx={3} />
              <text className="score-chart-value" x={LABEL + w + 6} y={y + ROW / 2 + 1} dominantBaseline="middle">
                {formatScore2(r.entry.score, lng)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted small">{t('results.chart.caption')}</figcaption>
    </figure>
  );
}
