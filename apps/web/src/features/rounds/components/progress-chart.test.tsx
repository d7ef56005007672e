import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressChart, type ProgressRow } from './progress-chart';

const rows: ProgressRow[] = [
  { id: 'j1', label: 'Malee Judge', submitted: 1, assigned: 6, drafts: 2, behind: true },
  { id: 'j2', label: 'Anong Judge', submitted: 4, assigned: 6, drafts: 0, behind: false },
  { id: 'j3', label: 'Preecha Judge', submitted: 5, assigned: 5, drafts: 0, behind: false },
];

describe('ProgressChart', () => {
  it('gives screen readers the figures as a table, behind the drawing', () => {
    render(
      <ProgressChart
        id="pc"
        title="Scorecards submitted per judge"
        rowHeader="Judge"
        rows={rows}
        expected={0.5}
        showTable={false}
        summary="1 of 3 judges are behind."
      />,
    );
    const figure = screen.getByRole('figure', { name: 'Scorecards submitted per judge' });
    const table = within(figure).getByRole('table', { name: 'Scorecards submitted per judge' });
    expect(table.parentElement!.className).toBe('visually-hidden');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Judge', 'Submitted', 'Drafts', 'Assigned', 'Status']);
    const body = within(table).getAllByRole('row').slice(1);
    expect(
      body.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['1', '2', '6', 'Behind'],
      ['4', '0', '6', 'On track'],
      ['5', '0', '5', 'Done'],
    ]);
    expect(body.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Malee Judge', 'Anong Judge', 'Preecha Judge']);
    // the bars are drawn for the eye only; "behind" is said in words beside them, not by colour alone
    const drawing = figure.querySelector('.chart-drawing')!;
    expect(drawing.getAttribute('aria-hidden')).toBe('true');
    expect(drawing.querySelector('.bar-row-behind')!.textContent).toContain('⚠ Behind');
    expect((drawing.querySelectorAll('.bar-done')[0] as HTMLElement).style.width).toBe(`${(1 / 6) * 100}%`);
    expect((drawing.querySelector('.bar-expected') as HTMLElement).style.left).toBe('50%');
    expect(screen.getByText('1 of 3 judges are behind.')).toBeVisible();
  });

  it('shows the table instead of the drawing when asked', () => {
    render(
      <ProgressChart
        id="pc"
        title="Scorecards submitted per entry"
        rowHeader="Entry"
        rows={[{ id: 'e1', label: 'TH-0001', detail: 'Passwords', submitted: 2, assigned: 3 }]}
        showTable
      />,
    );
    const table = screen.getByRole('table', { name: 'Scorecards submitted per entry' });
    expect(table.parentElement!.className).toContain('chart-table');
    expect(document.querySelector('.chart-drawing')).toBeNull();
    // no drafts or status were given, so the table has no such columns
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Entry', 'Submitted', 'Assigned']);
    expect(within(table).getByRole('rowheader').textContent).toBe('TH-0001Passwords');
  });
});
