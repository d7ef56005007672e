import { useTranslation } from '../../../lib/use-translation';
import { formatNumber } from '../../../lib/format';
import { formatScore } from '../utils/round-label';
import { ChartFigure } from '../../../components/ui/chart-figure';
import { DataTable } from './data-table';
import './rounds.css';

export interface ScoreHistogramProps {
  id: string;
  title: string;
  /** ten counts, for 0–10, 10–20, … 90–100 */
  histogram: number[];
  mean: number | null;
  panelMean: number | null;
  showTable: boolean;
}

const W = 220;
const H = 72;
const BASE = 58;

/** A judge's weighted totals in ten buckets over 0–100, with their mean and the panel's mean marked. */
export function ScoreHistogram({ id, title, histogram, mean, panelMean, showTable }: ScoreHistogramProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const max = Math.max(1, ...histogram);
  const bw = W / histogram.length;
  const x = (score: number) => (Math.max(0, Math.min(100, score)) / 100) * W;
  const range = (i: number) => t('rounds.scores.bucket', { from: formatNumber(i * 10, lng), to: formatNumber(i * 10 + 10, lng) });

  const chart = (
    <>
      <svg className="histogram" viewBox={`-4 0 ${W + 8} ${H}`} role="presentation" focusable="false">
        {histogram.map((n, i) => {
          const h = (n / max) * (BASE - 6);
          return <rect key={i} className="histogram-bar" x={i * bw + 1} y={BASE - h} width={bw - 2} height={h} />;
        })}
        <line className="histogram-axis" x1={0} x2={W} y1={BASE} y2={BASE} />
        {panelMean !== null ? <line className="histogram-panel-mean" x1={x(panelMean)} x2={x(panelMean)} y1={2} y2={BASE} /> : null}
        {mean !== null ? <line className="histogram-mean" x1={x(mean)} x2={x(mean)} y1={2} y2={BASE} /> : null}
        <text className="histogram-tick" x={0} y={H - 2} textAnchor="start">
          0
        </text>
        <text className="histogram-tick" x={W / 2} y={H - 2} textAnchor="middle">
          50
        </text>
        <text className="histogram-tick" x={W} y={H - 2} textAnchor="end">
          100
        </text>
      </svg>
    </>
  );

  const table = (
    <DataTable caption={title} framed={false} columns={[{ label: t('rounds.scores.range') }, { label: t('rounds.scores.scorecards'), num: true }]}>
      {histogram.map((n, i) => (
        <tr key={i}>
          <th scope="row">{range(i)}</th>
          <td className="num">{formatNumber(n, lng)}</td>
        </tr>
      ))}
    </DataTable>
  );

  const summary =
    mean !== null && panelMean !== null ? t('rounds.scores.meanVsPanel', { mean: formatScore(mean, lng), panel: formatScore(panelMean, lng) }) : undefined;
  return <ChartFigure id={id} title={title} hideTitle summary={summary} showTable={showTable} chart={chart} table={table} />;
}
