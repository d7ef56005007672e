import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import type { Award } from '../api/get-awards';
import type { EntryResult } from '../api/get-round-results';
import { OverrideDialog } from './override-dialog';

const C = 'c0c0c0c0-1111-4222-8333-444455556666';
const A = 'a0a0a0a0-1111-4222-8333-444455556666';

const result = (code: string, rank: number, score: number): EntryResult => ({
  entryId: `e0e0e0e0-1111-4222-8333-${String(rank).padStart(12, '0')}`,
  code,
  title: `Title ${code}`,
  countryCode: code.slice(0, 2),
  categoryId: 'cat',
  rank,
  score,
  rawMean: score,
  judges: 3,
  criterionMeans: {},
  firstPlaces: 0,
  audienceVotes: 0,
  decidedBy: 'score',
  tiedWith: [],
});

const candidates = [result('TH-0003', 1, 81.5), result('JP-0001', 2, 79.25), result('VN-0002', 3, 70)];

const award = (over: Partial<Award> = {}): Award => ({
  id: A,
  kind: 'grand_prize',
  name: { en: 'Grand Prize', ja: 'グランプリ' },
  description: {},
  position: 1,
  places: 1,
  categoryId: null,
  criterion: null,
  winners: [],
  suggested: [],
  undecided: [],
  ...over,
});

describe('OverrideDialog', () => {
  it('requires a reason before it sends anything, then sends the winners with the reason', async () => {
    const { fetchStub, calls } = stubFetch({ [`PUT /api/awards/${A}/winners`]: () => ({ body: { publication: {}, awards: [] } }) });
    vi.stubGlobal('fetch', fetchStub);
    const onClose = vi.fn();
    renderPage(<OverrideDialog competitionId={C} award={award()} candidates={candidates} countryName={(c) => c} onClose={onClose} />);

    expect(screen.getByRole('dialog', { name: 'Override the winners of “Grand Prize”' })).toBeVisible();
    await userEvent.selectOptions(screen.getByLabelText('1st place'), candidates[1].entryId);
    await userEvent.click(screen.getByRole('button', { name: 'Save the winners' }));
    expect(screen.getByRole('alert').textContent).toContain('An override needs a reason');
    expect(screen.getByLabelText(/^Reason/).getAttribute('aria-invalid')).toBe('true');
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    await userEvent.type(screen.getByLabelText(/^Reason/), 'The jury found TH-0003 broke the duration rule.');
    await userEvent.click(screen.getByRole('button', { name: 'Save the winners' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
      winners: [{ entryId: candidates[1].entryId, place: 1 }],
      reason: 'The jury found TH-0003 broke the duration rule.',
    });
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('asks for the country of a best-per-country award and offers only its entries', async () => {
    const { fetchStub, calls } = stubFetch({ [`PUT /api/awards/${A}/winners`]: () => ({ body: { publication: {}, awards: [] } }) });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(
      <OverrideDialog competitionId={C} award={award({ kind: 'country_best' })} candidates={candidates} countryName={(c) => c} onClose={() => undefined} />,
    );
    await userEvent.selectOptions(screen.getByLabelText('Country'), 'JP');
    const options = Array.from(screen.getByLabelText<HTMLSelectElement>('1st place').options).map((o) => o.textContent);
    expect(options).toEqual(['No winner', expect.stringContaining('JP-0001')]);
    await userEvent.selectOptions(screen.getByLabelText('1st place'), candidates[1].entryId);
    await userEvent.type(screen.getByLabelText(/^Reason/), 'Decided by the jury.');
    await userEvent.click(screen.getByRole('button', { name: 'Save the winners' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
        winners: [{ entryId: candidates[1].entryId, place: 1 }],
        reason: 'Decided by the jury.',
        countryCode: 'JP',
      }),
    );
  });
});
