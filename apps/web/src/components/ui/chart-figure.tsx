import type { ReactNode } from 'react';
import './chart-figure.css';

export interface ChartFigureProps {
  id: string;
  title: string;
  /** the title for screen readers only, where a heading beside the chart already says it */
  hideTitle?: boolean;
  /** one sentence with what the chart shows at a glance */
  summary?: ReactNode;
  /** the table takes the chart's place on screen; it is always there for screen readers */
  showTable: boolean;
  /** the drawing: hidden from assistive technology, which reads the table instead */
  chart: ReactNode;
  /** the same figures as a table; give it a caption */
  table: ReactNode;
}

/** A chart with its figures as a table: the table is visually hidden behind the chart unless asked for. */
export function ChartFigure({ id, title, hideTitle, summary, showTable, chart, table }: ChartFigureProps) {
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className={hideTitle ? 'visually-hidden' : 'chart-title'}>
        {title}
      </figcaption>
      {summary ? <p className="chart-summary muted small">{summary}</p> : null}
      {showTable ? null : (
        <div className="chart-drawing" aria-hidden="true">
          {chart}
        </div>
      )}
      <div className={showTable ? 'table-wrap chart-table' : 'visually-hidden'}>{table}</div>
    </figure>
  );
}

/** One toggle for every chart of a section: charts, or their figures as tables. */
export function ChartTableToggle({ pressed, onChange, label }: { pressed: boolean; onChange: (pressed: boolean) => void; label: string }) {
  return (
    <button type="button" className="btn btn-secondary chart-toggle" aria-pressed={pressed} onClick={() => onChange(!pressed)}>
      <span aria-hidden="true">{pressed ? '▤ ' : '▦ '}</span>
      {label}
    </button>
  );
}
