import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/translator';
import type { Schemas } from '../../../lib/api-client';
import { renderPage, stubFetch } from '../../../test/render';
import { RoundLifecycle } from './round-lifecycle';

const ROUND = '0b9c3f4e-2a51-4d7e-9f0a-1c2d3e4f5a6b';

const round = (over: Partial<Schemas['RoundDto']> = {}): Schemas['RoundDto'] => ({
  id: ROUND,
  competitionId: 'c1',
  kind: 'national',
  name: {},
  countryCode: 'TH',
  status: 'draft',
  opensAt: '2027-07-01T00:00:00.000Z',
  closesAt: '2027-07-31T00:00:00.000Z',
  judgesPerEntry: 2,
  blind: true,
  showOtherScores: false,
  countryQuota: null,
  rubric: DEFAULT_RUBRIC,
  weights: { message: 0.3, creativity: 0.2, impact: 0.25, production: 0.15, rules: 0.1 },
  rubricFrozen: false,
  counts: { entries: 0, judges: 2, assignments: 0, submitted: 0 },
  ...over,
});

const refusal = (reason: string, params: Record<string, unknown>, message: string) => ({
  status: reason === 'judging.no_judges' ? 422 : 409,
  body: { statusCode: 409, code: 'conflict', reason, params, message },
});

const EARLY = refusal(
  'judging.submissions_open',
  { closesAt: '2027-06-30T08:00:00.000Z', submitted: 5, entries: 3, count: 3 },
  'Submissions stay open until 2027-06-30T08:00:00.000Z; 3 entries would be judged now.',
);

afterEach(() => void i18n.changeLanguage('en'));

describe('RoundLifecycle', () => {
  it('asks before opening a round while submissions are open, saying until when and how many entries are in, then opens it', async () => {
    const user = userEvent.setup();
    // the stub records each request before answering it: the last one is this one
    const { calls, fetchStub } = stubFetch({
      [`POST /api/rounds/${ROUND}/open`]: () => ((calls[calls.length - 1].body as { confirm?: boolean }).confirm ? { body: round({ status: 'open' }) } : EARLY),
    });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<RoundLifecycle round={round()} unsaved={false} />);
    await user.click(screen.getByRole('button', { name: 'Open round' }));
    const question = await screen.findByRole('group', { name: /^Submissions stay open until .*30.*2027.*\. Open the round anyway\?$/ });
    expect(document.activeElement).toBe(question);
    expect(
      within(question).getByText(
        'Opening now takes in the eligible entries so far: 3 (submitted so far: 5). Judges start with these; entries screened eligible later join the round the next time the assignment runs.',
      ),
    ).toBeVisible();
    // no red notice beside the question, and no English sentence from the server
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.body.textContent).not.toContain('would be judged now');

    // cancelling keeps the round as it is and gives the button back
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open round' }));
    await user.click(within(await screen.findByRole('group')).getByRole('button', { name: 'Open anyway' }));
    await waitFor(() => expect(calls.map((c) => c.body)).toEqual([{ confirm: false }, { confirm: false }, { confirm: true }]));
    await waitFor(() => expect(screen.queryByRole('group')).toBeNull());
  });

  it('says what opening the final early means, in Japanese with every fact', async () => {
    await i18n.changeLanguage('ja');
    const user = userEvent.setup();
    const { fetchStub } = stubFetch({ [`POST /api/rounds/${ROUND}/open`]: () => EARLY });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<RoundLifecycle round={round({ kind: 'final', countryCode: null })} unsaved={false} />);
    await user.click(screen.getByRole('button', { name: 'ラウンドを開始' }));
    const question = await screen.findByRole('group', { name: /^応募受付は.*2027.*6.*30.*まで続きます。それでもラウンドを開始しますか？$/ });
    expect(within(question).getByText('現在の決勝作品：3件。決勝を開始すると、国内ラウンドからこれ以上作品を決勝に進めることはできません。')).toBeVisible();
    expect(within(question).getByRole('button', { name: 'このまま開始する' })).toBeVisible();
  });

  it('refuses a round without judges in words', async () => {
    const user = userEvent.setup();
    const { fetchStub } = stubFetch({
      [`POST /api/rounds/${ROUND}/open`]: () => refusal('judging.no_judges', {}, 'This round has no judges yet: add judges to its panel before opening it.'),
    });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<RoundLifecycle round={round({ counts: { entries: 0, judges: 0, assignments: 0, submitted: 0 } })} unsaved={false} />);
    await user.click(screen.getByRole('button', { name: 'Open round' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The round was not opened');
    expect(alert.textContent).toContain('This round has no judges yet, so nobody could score it. Add judges to its panel, then open it.');
  });
});
