import { useTranslation } from '../../../lib/use-translation';
import { formatNumber } from '../../../lib/format';
import { ChartFigure } from '../../../components/ui/chart-figure';
import { DataTable } from './data-table';
import './rounds.css';

export interface ProgressRow {
  id: string;
  label: string;
  /** a second line under the label, e.g. the entry's title */
  detail?: string;
  submitted: number;
  assigned: number;
  /** started but not submitted; left out of the chart and table when undefined */
  drafts?: number;
  /** further behind than the time gone allows: marked with a sign and a word, never by colour alone */
  behind?: boolean;
}

export interface ProgressChartProps {
  id: string;
  title: string;
  /** header of the first column: "Judge", "Entry" */
  rowHeader: string;
  rows: ProgressRow[];
  /** share of the judging window gone (0..1): where each bar should have reached by now */
  expected?: number;
  showTable: boolean;
  summary?: string;
}

const pct = (n: number) => `${Math.max(0, Math.min(100, n * 100))}%`;

/**
 * Horizontal bars, one per judge or entry: submitted (solid), drafts (hatched) and not started (empty) out of what
 * is assigned; each bar's length follows its load, and a mark shows where it should be by now. The figures are
 * also a table (visually hidden unless asked for), which is what assistive technology reads.
 */
export function ProgressChart({ id, title, rowHeader, rows, expected, showTable, summary }: ProgressChartProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const max = Math.max(1, ...rows.map((r) => r.assigned));
  const withDrafts = rows.some((r) => r.drafts !== undefined);
  const withStatus = rows.some((r) => r.behind !== undefined);
  const status = (r: ProgressRow) => (r.assigned > 0 && r.submitted >= r.assigned ? 'done' : r.behind ? 'behind' : r.assigned === 0 ? 'none' : 'onTrack');

  const chart = (
    <>
      <ol className="bars">
        {rows.map((r) => (
          <li key={r.id} className={`bar-row${r.behind ? ' bar-row-behind' : ''}`}>
            <span className="bar-label">
              <span className="bar-name">{r.label}</span>
              {r.detail ? <span className="bar-detail">{r.detail}</span> : null}
              {r.behind ? <span className="bar-flag">⚠ {t('rounds.progress.behind')}</span> : null}
            </span>
            <span className="bar-track" style={{ width: pct(r.assigned / max) }}>
              {r.assigned > 0 ? (
                <>
                  <span className="bar-done" style={{ width: pct(r.submitted / r.assigned) }} />
                  {r.drafts ? <span className="bar-drafts" style={{ width: pct(r.drafts / r.assigned) }} /> : null}
                  {expected !== undefined ? <span className="bar-expected" style={{ left: pct(expected) }} /> : null}
                </>
              ) : null}
            </span>
            <span className="bar-value">
              {t('rounds.progress.ofAssigned', { submitted: formatNumber(r.submitted, lng), assigned: formatNumber(r.assigned, lng) })}
            </span>
          </li>
        ))}
      </ol>
      <p className="bar-legend small">
        <span>
          <span className="legend-swatch bar-done" /> {t('rounds.progress.legendSubmitted')}
        </span>
        {withDrafts ? (
          <span>
            <span className="legend-swatch bar-drafts" /> {t('rounds.progress.legendDrafts')}
          </span>
        ) : null}
        <span>
          <span className="legend-swatch legend-empty" /> {t('rounds.progress.legendNotStarted')}
        </span>
        {expected !== undefined ? (
          <span>
            <span className="legend-expected" /> {t('rounds.progress.legendExpected')}
          </span>
        ) : null}
      </p>
    </>
  );

  const table = (
    <DataTable
      caption={title}
      framed={false}
      columns={[
        { label: rowHeader },
        { label: t('rounds.progress.submitted'), num: true },
        withDrafts && { label: t('rounds.progress.drafts'), num: true },
        { label: t('rounds.progress.assigned'), num: true },
        withStatus && { label: t('rounds.progress.status') },
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id}>
          <th scope="row">
            {r.label}
            {r.detail ? <div className="muted small">{r.detail}</div> : null}
          </th>
          <td className="num">{formatNumber(r.submitted, lng)}</td>
          {withDrafts ? <td className="num">{formatNumber(r.drafts ?? 0, lng)}</td> : null}
          <td className="num">{formatNumber(r.assigned, lng)}</td>
          {withStatus ? <td>{t(`rounds.progress.state.${status(r)}`)}</td> : null}
        </tr>
      ))}
    </DataTable>
  );

  return <ChartFigure id={id} title={title} summary={summary} showTable={showTable} chart={chart} table={table} />;
}
