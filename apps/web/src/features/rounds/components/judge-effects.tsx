import { useTranslation } from '../../../lib/use-translation';
import { ErrorNotice, Loading } from '../../../components/ui/query-state';
import { ChartFigure } from '../../../components/ui/chart-figure';
import { formatNumber } from '../../../lib/format';
import { useRankingConfidence, type JudgeEffect } from '../../../api/get-ranking-confidence';
import { DataTable } from './data-table';

const ROW = 26;
const LABEL = 150;
const W = 640;

const signed = (x: number, lng: string) => formatNumber(x, lng, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const plain = (x: number, lng: string) => formatNumber(x, lng, { maximumFractionDigits: 2 });

/**
 * Each judge's estimated offset (points added to a typical total: + lenient, − severe) with its 95% interval, as a
 * dot and a whisker around zero; and their range against the entries' quality (1 typical). The figures are in a
 * table behind the chart, as for the other charts of the section.
 */
export function JudgeEffects({ roundId, showTable }: { roundId: string; showTable: boolean }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const q = useRankingConfidence(roundId);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  const judges = [...q.data.judges].sort((a, b) => b.offset - a.offset || a.displayName.localeCompare(b.displayName, lng));
  if (!judges.length) return <p className="muted">{t('rounds.effects.none')}</p>;
  const reach = Math.max(10, ...judges.flatMap((j) => (j.offsetInterval ? j.offsetInterval.map(Math.abs) : [Math.abs(j.offset)])));
  const span = Math.ceil(reach / 5) * 5;
  const plot = W - LABEL - 16;
  const x = (v: number) => LABEL + ((v + span) / (2 * span)) * plot;
  const height = judges.length * ROW + 24;
  const note = (j: JudgeEffect) =>
    [j.constant ? t('rounds.effects.constant') : null, j.prior > 0 ? t('rounds.effects.prior', { count: j.scorecards }) : null].filter(Boolean).join(' ');

  const chart = (
    <svg className="judge-effects" viewBox={`0 0 ${W} ${height}`} width="100%" role="presentation" focusable="false">
      {[-span, -span / 2, 0, span / 2, span].map((tick) => (
        <g key={tick}>
          <line className={tick === 0 ? 'effects-zero' : 'effects-grid'} x1={x(tick)} x2={x(tick)} y1={0} y2={height - 18} />
          <text className="effects-tick" x={x(tick)} y={height - 4} textAnchor="middle">
            {signed(tick, lng)}
          </text>
        </g>
      ))}
      {judges.map((j, i) => {
        const y = i * ROW + ROW / 2 + 2;
        return (
          <g key={j.judgeId}>
            <text className="effects-label" x={LABEL - 8} y={y} textAnchor="end" dominantBaseline="middle">
              {j.displayName}
            </text>
            {j.offsetInterval ? <line className="effects-whisker" x1={x(j.offsetInterval[0])} x2={x(j.offsetInterval[1])} y1={y} y2={y} /> : null}
            <circle className={j.offset >= 0 ? 'effects-dot effects-lenient' : 'effects-dot effects-severe'} cx={x(j.offset)} cy={y} r={5} />
          </g>
        );
      })}
    </svg>
  );
  const interval = (iv: [number, number] | null | undefined, f: (v: number) => string) =>
    iv ? t('rounds.effects.interval', { low: f(iv[0]), high: f(iv[1]) }) : '';
  const table = (
    <DataTable
      caption={t('rounds.effects.title')}
      framed={false}
      columns={[
        { label: t('rounds.effects.judge') },
        { label: t('rounds.scores.scorecards'), num: true },
        { label: t('rounds.effects.offset'), num: true },
        { label: t('rounds.effects.scale'), num: true },
        { label: t('rounds.effects.notes') },
      ]}
    >
      {judges.map((j) => (
        <tr key={j.judgeId}>
          <th scope="row">{j.displayName}</th>
          <td className="num">{formatNumber(j.scorecards, lng)}</td>
          <td className="num">
            {signed(j.offset, lng)} {interval(j.offsetInterval as [number, number] | null, (v) => signed(v, lng))}
          </td>
          <td className="num">
            {j.scale === null ? '—' : plain(j.scale, lng)} {interval(j.scaleInterval as [number, number] | null, (v) => plain(v, lng))}
          </td>
          <td>{note(j)}</td>
        </tr>
      ))}
    </DataTable>
  );
  return (
    <ChartFigure
      id={`effects-${roundId}`}
      title={t('rounds.effects.title')}
      hideTitle
      summary={t('rounds.effects.summary', { resamples: formatNumber(q.data.resamples, lng) })}
      showTable={showTable}
      chart={chart}
      table={table}
    />
  );
}
