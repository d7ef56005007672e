import type { ReactNode } from 'react';

export interface Column {
  label: ReactNode;
  /** figures: right-aligned, tabular */
  num?: boolean;
}

export interface DataTableProps {
  /** what the table holds, for screen readers (visually hidden: the section's heading says it on screen) */
  caption: string;
  /** column headers; a false or null entry leaves that column out */
  columns: (Column | false | null)[];
  className?: string;
  /** inside a scrolling frame (default), or bare where a frame is already around it */
  framed?: boolean;
  /** the rows */
  children: ReactNode;
}

/** A table in the house style: a caption, column headers with scope, rows given by the caller. */
export function DataTable({ caption, columns, className, framed = true, children }: DataTableProps) {
  const table = (
    <table className={['table', className].filter(Boolean).join(' ')}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns
            .filter((c): c is Column => Boolean(c))
            .map((c, i) => (
              <th key={i} scope="col" className={c.num ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return framed ? <div className="table-wrap">{table}</div> : table;
}
