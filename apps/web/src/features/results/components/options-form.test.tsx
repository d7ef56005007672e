import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../../lib/api-client';
import { renderPage, stubFetch } from '../../../test/render';
import type { RoundResults } from '../api/get-round-results';
import { OptionsForm } from './options-form';

const R = '0b9c3f4e-2a51-4d7e-9f0a-1c2d3e4f5a6b';

const criterion = (key: string, en: string): Schemas['CriterionDto'] => ({
  key,
  name: { en },
  description: { en },
  weight: 1,
  scaleMin: 1,
  scaleMax: 5,
  levels: [],
});

const round = {
  id: R,
  competitionId: 'c1',
  kind: 'final',
  countryCode: null,
  status: 'closed',
  rubric: { overallComment: true, criteria: [criterion('message', 'Security message'), criterion('creativity', 'Creativity')] },
} as unknown as Schemas['RoundDto'];

const results: RoundResults = {
  roundId: R,
  kind: 'final',
  countryCode: null,
  status: 'closed',
  options: { aggregation: 'auto', trimmed: false, tieBreaks: [{ kind: 'first_places' }, { kind: 'organiser' }], audienceWeight: 0 },
  method: {
    aggregation: 'mean',
    aggregationReason: 'complete_panels',
    parts: [],
    trimmedFrom: null,
    audienceShare: 0,
    tieBreaks: [{ kind: 'first_places' }, { kind: 'organiser' }],
  },
  entries: [],
  byCategory: [],
  byCountry: [],
  decisions: [],
  judges: [],
};

describe('OptionsForm', () => {
  it('sends the aggregation, the trimmed mean and the tie-break chain in the order built', async () => {
    const { fetchStub, calls } = stubFetch({ [`PUT /api/rounds/${R}/result-options`]: () => ({ body: results }) });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<OptionsForm round={round} results={results} />);

    expect(screen.getByRole('radio', { name: 'Automatic (recommended)' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Normalise per judge' }));
    // no scorecard yet: nothing to confirm
    expect(screen.queryByLabelText('Change it anyway')).toBeNull();
    // add a third step, make it a criterion tie-break on Creativity, and move it to the top
    await userEvent.click(screen.getByRole('button', { name: 'Add a tie-break' }));
    await userEvent.selectOptions(screen.getByLabelText('Tie-break 3'), 'criterion');
    await userEvent.selectOptions(screen.getByLabelText('Criterion of tie-break 3'), 'creativity');
    await userEvent.click(screen.getByRole('button', { name: /Move tie-break 3 .* up/ }));
    await userEvent.click(screen.getByRole('button', { name: /Move tie-break 2 \(Higher mean on “Creativity”\) up/ }));
    // and drop the organisers' decision, now last
    await userEvent.click(screen.getByRole('button', { name: /Remove tie-break 3 \(Organisers' decision\)/ }));
    expect(within(screen.getByRole('list', { name: 'Tie-break chain' })).getAllByRole('listitem')).toHaveLength(2);

    await userEvent.click(screen.getByRole('button', { name: 'Save and recompute' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
      aggregation: 'zscore',
      trimmed: false,
      tieBreaks: [{ kind: 'criterion', criterion: 'creativity' }, { kind: 'first_places' }],
    });
    expect(await screen.findByText(/Saved\./)).toBeVisible();
  });

  it('asks for a tick before changing the aggregation once scorecards are in, and sends the confirmation', async () => {
    const { fetchStub, calls } = stubFetch({ [`PUT /api/rounds/${R}/result-options`]: () => ({ body: results }) });
    vi.stubGlobal('fetch', fetchStub);
    const scored = { ...results, entries: [{ judges: 3 }, { judges: 2 }] } as unknown as RoundResults;
    renderPage(<OptionsForm round={round} results={scored} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Calibrate judges' }));
    expect(screen.getByText(/Judges have already submitted 5 scorecards/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Save and recompute' }));
    expect((await screen.findAllByText('Tick “Change it anyway” to change how totals are combined.'))[0]).toBeVisible();
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
    await userEvent.click(screen.getByLabelText('Change it anyway'));
    await userEvent.click(screen.getByRole('button', { name: 'Save and recompute' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT')!.body).toMatchObject({ aggregation: 'calibrated', confirmAggregationChange: true });
  });

  it('shows the server refusal in the reader’s words, never the server’s English sentence', async () => {
    const english = 'The results are sealed: unseal them before changing how they are computed.';
    const { fetchStub } = stubFetch({
      [`PUT /api/rounds/${R}/result-options`]: () => ({
        status: 409,
        body: { statusCode: 409, code: 'conflict', reason: 'results.sealed', params: {}, message: english },
      }),
    });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<OptionsForm round={round} results={results} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save and recompute' }));
    expect(await screen.findByText('The results are sealed. Unseal them on the Awards page before changing anything.')).toBeVisible();
    expect(screen.queryByText(english)).toBeNull();
  });

  it('shows a problem of the tie-break chain with its positions', async () => {
    const { fetchStub } = stubFetch({
      [`PUT /api/rounds/${R}/result-options`]: () => ({
        status: 400,
        body: {
          statusCode: 400,
          code: 'validation_failed',
          reason: 'common.validation_failed',
          params: { fields: ['tieBreaks.1'] },
          message: 'Tie-break 2 repeats tie-break 1.',
          fields: [
            {
              field: 'tieBreaks.1',
              messages: ['Tie-break 2 repeats tie-break 1.'],
              problems: [{ reason: 'results.tie_break_repeated', params: { position: 2, earlier: 1 } }],
            },
          ],
        },
      }),
    });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<OptionsForm round={round} results={results} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save and recompute' }));
    expect(
      (await screen.findAllByText(/Tie-break 2 repeats tie-break 1: a tie it did not break the first time, it cannot break the second\. Remove it\./))[0],
    ).toBeVisible();
  });
});
