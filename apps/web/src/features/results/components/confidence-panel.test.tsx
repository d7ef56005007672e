import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import type { RankingConfidence } from '../../../api/get-ranking-confidence';
import { ConfidencePanel } from './confidence-panel';

const R = '0b9c3f4e-2a51-4d7e-9f0a-1c2d3e4f5a6b';
const [A, B, C] = ['1a', '2b', '3c'].map((x) => `${x}000000-0000-4000-8000-000000000000`);
const entry = (entryId: string, code: string, position: number, above: number) => ({ entryId, code, title: `Title ${code}`, position, above });

const confidence: RankingConfidence = {
  roundId: R,
  resamples: 1000,
  aggregation: 'calibrated',
  tooCloseBelow: 0.7,
  noise: 6.2,
  cutoffs: [
    {
      position: 1,
      reason: 'awards',
      awards: [{ en: 'Grand Prize', ja: 'グランプリ' }],
      entries: [entry(A, 'TH-0100', 1, 0.97), entry(B, 'JP-0101', 2, 0.02), entry(C, 'SG-0102', 3, 0.01)],
      pairs: [
        { higherId: A, higherCode: 'TH-0100', lowerId: B, lowerCode: 'JP-0101', probability: 0.97, tooClose: false },
        { higherId: B, higherCode: 'JP-0101', lowerId: C, lowerCode: 'SG-0102', probability: 0.55, tooClose: true },
      ],
    },
  ],
  judges: [],
};

describe('ConfidencePanel', () => {
  it('shows each entry’s chance above the line, flags a pair too close to call, and adds a judge to both from the flag', async () => {
    const proposal = {
      applied: false,
      added: [
        { entryId: B, code: 'JP-0101', judgeId: 'j5', displayName: 'Aiko Tanaka', languageMatch: true },
        { entryId: C, code: 'SG-0102', judgeId: 'j5', displayName: 'Aiko Tanaka', languageMatch: true },
      ],
      unplaced: [],
    };
    const { fetchStub, calls } = stubFetch({
      [`GET /api/rounds/${R}/results/confidence`]: () => ({ body: confidence }),
      // the request's body is the last call recorded
      [`POST /api/rounds/${R}/assignments/extra`]: () => ({ body: { ...proposal, applied: (calls.at(-1)!.body as { apply: boolean }).apply } }),
    });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<ConfidencePanel roundId={R} closed={false} />);

    expect(await screen.findByRole('heading', { name: 'The line after place 1: Grand Prize' })).toBeVisible();
    const table = screen.getByRole('table', { name: /The line after place 1: Grand Prize/ });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('TH-0100');
    expect(rows[1]).toHaveTextContent('97%');
    expect(screen.getByText('TH-0100 above JP-0101: 97% sure')).toBeVisible();
    expect(screen.getAllByText('Too close to call')).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Add a judge to JP-0101 and SG-0102' }));
    expect(await screen.findByText('Proposed: Aiko Tanaka scores JP-0101 and SG-0102.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Added: Aiko Tanaka now scores JP-0101 and SG-0102.')).toBeVisible();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => c.body)).toEqual([
      { entryIds: [B, C], apply: false },
      { entryIds: [B, C], apply: true },
    ]);
  });

  it('says the round is closed instead of offering a judge, and that there is no line without awards or a quota', async () => {
    const { fetchStub } = stubFetch({ [`GET /api/rounds/${R}/results/confidence`]: () => ({ body: confidence }) });
    vi.stubGlobal('fetch', fetchStub);
    const { unmount } = renderPage(<ConfidencePanel roundId={R} closed />);
    expect(await screen.findByText('The round is closed, so no judge can be added.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Add a judge/ })).toBeNull();
    unmount();
    // another round, without a line to draw
    const other = `${R.slice(0, -1)}c`;
    vi.stubGlobal(
      'fetch',
      stubFetch({ [`GET /api/rounds/${other}/results/confidence`]: () => ({ body: { ...confidence, roundId: other, cutoffs: [] } }) }).fetchStub,
    );
    renderPage(<ConfidencePanel roundId={other} closed={false} />);
    await waitFor(() => expect(screen.getByText(/There is no line to draw yet/)).toBeVisible());
  });
});
