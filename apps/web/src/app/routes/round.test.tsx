import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EN_JA_RUBRIC } from '../../test/rubric';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../lib/api-client';
import { renderPage, stubFetch } from '../../test/render';
import { paths } from '../paths';
import { RoundRoute } from './round';

const ROUND = '0b9c3f4e-2a51-4d7e-9f0a-1c2d3e4f5a6b';
const FINAL = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

const round = (over: Partial<Schemas['RoundDto']> = {}): Schemas['RoundDto'] => ({
  id: ROUND,
  competitionId: 'c1',
  kind: 'national',
  name: {},
  countryCode: 'TH',
  status: 'open',
  opensAt: '2027-07-01T00:00:00.000Z',
  closesAt: '2027-07-31T00:00:00.000Z',
  judgesPerEntry: 2,
  blind: true,
  showOtherScores: false,
  countryQuota: null,
  rubric: EN_JA_RUBRIC,
  weights: { message: 0.3, creativity: 0.2, impact: 0.25, production: 0.15, rules: 0.1 },
  rubricFrozen: false,
  counts: { entries: 3, judges: 3, assignments: 6, submitted: 4 },
  ...over,
});

const ranked = (code: string, rank: number, over: Partial<Schemas['RankedEntryDto']> = {}): Schemas['RankedEntryDto'] => ({
  roundEntryId: `re-${code}`,
  code,
  title: `Title ${code}`,
  countryCode: 'TH',
  rank,
  mean: 90 - rank * 5,
  judges: 2,
  tiedWith: [],
  promoted: false,
  ...over,
});

const common = {
  'GET /api/countries': () => ({ body: [{ code: 'TH', names: { en: 'Thailand', ja: 'タイ' } }] }),
  'GET /api/competitions/c1': () => ({ body: { id: 'c1', name: { en: 'ASEAN–Japan Video Competition 2027' }, countryCodes: ['TH'] } }),
};

function renderRound(section: string, routes: Parameters<typeof stubFetch>[0]) {
  const stub = stubFetch({ ...common, ...routes });
  vi.stubGlobal('fetch', stub.fetchStub);
  renderPage(<RoundRoute />, { path: paths.rounds.adminRoundPattern, route: paths.rounds.round(paths.rounds.base(), ROUND, section) });
  return stub;
}

describe('RoundRoute', () => {
  it('names the round and its sections, marking the current one', async () => {
    renderRound('setup', { [`GET /api/rounds/${ROUND}`]: () => ({ body: round({ status: 'draft' }) }) });
    // the heading gains the competition's name when its second request answers: give a loaded machine time
    expect(
      await screen.findByRole('heading', { level: 1, name: 'National round · Thailand · ASEAN–Japan Video Competition 2027' }, { timeout: 5000 }),
    ).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Round sections' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Setup', 'Panel', 'Assignment', 'Progress', 'Scores', 'Ranking & promotion']);
    expect(within(nav).getByRole('link', { name: 'Setup' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Panel' }).getAttribute('href')).toBe(`/admin/rounds/${ROUND}/panel`);
    expect(screen.getByRole('button', { name: 'Open round' })).toBeVisible();
  });

  it('saves criteria named in the competition’s languages, keeping the texts in a language it no longer lists', { timeout: 20000 }, async () => {
    const user = userEvent.setup();
    // stored before: the default rubric's Japanese, and a Vietnamese name; the competition now lists Thai and Khmer
    const rubric = structuredClone(EN_JA_RUBRIC);
    rubric.criteria[0].name.vi = 'Thông điệp an ninh';
    let saved = rubric;
    const { calls } = renderRound('setup', {
      'GET /api/competitions/c1': () => ({
        body: { id: 'c1', name: { en: 'ASEAN–Japan Video Competition 2027' }, countryCodes: ['TH'], languages: ['en', 'th', 'km'] },
      }),
      [`GET /api/rounds/${ROUND}`]: () => ({ body: round({ status: 'draft', rubric: saved }) }),
      [`PATCH /api/rounds/${ROUND}`]: () => {
        saved = (calls[calls.length - 1].body as { rubric: typeof rubric }).rubric;
        return { body: round({ status: 'draft', rubric: saved }) };
      },
    });
    const first = await screen.findByRole('group', { name: /^Criterion 1\b/ }, { timeout: 5000 });
    // the Thai and Khmer fields come with the competition, its second request
    await user.click(await within(first).findByText('Translations (0 of 2 filled)', undefined, { timeout: 5000 }));
    await user.click(within(first).getByText('Thai: 0 of 7 texts written'));
    await user.click(within(first).getByRole('textbox', { name: /^Name \(Thai\)\s*– Criterion 1/ }));
    await user.paste('ข้อความด้านความปลอดภัย');
    await user.click(within(first).getByText('Khmer: 0 of 7 texts written'));
    await user.click(within(first).getByRole('textbox', { name: /^Name \(Khmer\)\s*– Criterion 1/ }));
    await user.paste('សារសុវត្ថិភាព');
    expect(within(first).getByText('Vietnamese: 1 of 7 texts written')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save setup' }));

    expect(await screen.findByText('The setup is saved.')).toBeVisible();
    const sent = calls.filter((c) => c.method === 'PATCH').map((c) => (c.body as { rubric: typeof rubric }).rubric);
    expect(sent).toHaveLength(1);
    expect(sent[0].criteria[0].name).toEqual({
      en: 'Security message',
      ja: 'セキュリティメッセージ',
      vi: 'Thông điệp an ninh',
      th: 'ข้อความด้านความปลอดภัย',
      km: 'សារសុវត្ថិភាព',
    });
    expect(sent[0].criteria[0].description).toEqual(EN_JA_RUBRIC.criteria[0].description);
    expect(sent[0].criteria.slice(1)).toEqual(EN_JA_RUBRIC.criteria.slice(1));
  });

  it('names the round in English and the competition’s languages, asking for the English first, and labels it with its name', { timeout: 20000 }, async () => {
    const user = userEvent.setup();
    let name: Record<string, string> = {};
    const { calls } = renderRound('setup', {
      'GET /api/competitions/c1': () => ({
        body: { id: 'c1', name: { en: 'ASEAN–Japan Video Competition 2027' }, countryCodes: ['TH'], languages: ['en', 'th'] },
      }),
      [`GET /api/rounds/${ROUND}`]: () => ({ body: round({ status: 'draft', name }) }),
      [`PATCH /api/rounds/${ROUND}`]: () => {
        name = (calls[calls.length - 1].body as { name: Record<string, string> }).name;
        return { body: round({ status: 'draft', name }) };
      },
    });
    const english = await screen.findByRole('textbox', { name: 'Round name (English)' }, { timeout: 5000 });
    expect(english.getAttribute('lang')).toBe('en');
    expect(screen.getByText('Leave empty to use “National round · Thailand”.')).toBeVisible();
    await user.click(await screen.findByText('Translations (0 of 1 written)', undefined, { timeout: 5000 }));
    const thai = screen.getByRole('textbox', { name: 'Round name (Thai)' });
    expect(thai.getAttribute('lang')).toBe('th');
    await user.click(thai);
    await user.paste('รอบคัดเลือกประเทศไทย');
    // a name in Thai alone: the English is asked for before anything is sent
    await user.click(screen.getByRole('button', { name: 'Save setup' }));
    expect(await screen.findByText('Write this text in English too: English is required.', { selector: '.field-error, .field-error *' })).toBeVisible();
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(0);
    await user.click(english);
    await user.paste('Thailand selection');
    await user.click(screen.getByRole('button', { name: 'Save setup' }));
    expect(await screen.findByText('The setup is saved.')).toBeVisible();
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => (c.body as { name: unknown }).name)).toEqual([
      { en: 'Thailand selection', th: 'รอบคัดเลือกประเทศไทย' },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Thailand selection · ASEAN–Japan Video Competition 2027' })).toBeVisible();
  });

  it('closes a round with scorecards missing only when asked to close anyway', async () => {
    const user = userEvent.setup();
    let forced = false;
    const { calls } = renderRound('setup', {
      [`GET /api/rounds/${ROUND}`]: () => ({ body: round({ status: forced ? 'closed' : 'open' }) }),
      // the stub records each request before answering it: the last one is this one
      [`POST /api/rounds/${ROUND}/close`]: () => {
        if ((calls[calls.length - 1].body as { force?: boolean }).force) {
          forced = true;
          return { body: round({ status: 'closed' }) };
        }
        return {
          status: 409,
          body: {
            statusCode: 409,
            code: 'conflict',
            reason: 'judging.scorecards_missing',
            params: { assigned: 6, submitted: 4, missing: 2, count: 2, judges: ['Anong', 'Malee'], judgesBehind: 2 },
            message: '2 of 6 assigned scorecards are not submitted yet.',
          },
        };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Close round' }));
    const question = await screen.findByRole('group', {
      name: 'Not submitted yet: 2 of 6 assigned scorecards, from 2 judges. Close the round anyway?',
    });
    expect(document.activeElement).toBe(question);
    expect(within(question).getByText('Still to submit: Anong and Malee.')).toBeVisible();
    await user.click(within(question).getByRole('button', { name: 'Close anyway' }));
    await waitFor(() => expect(screen.getByText('This round is closed. Its scorecards are locked.')).toBeVisible());
    expect(calls.filter((c) => c.path === `/api/rounds/${ROUND}/close`).map((c) => c.body)).toEqual([{ force: false }, { force: true }]);
  });

  it('reminds the judges who are behind, and one judge by name', async () => {
    const user = userEvent.setup();
    const judge = (id: string, name: string, submitted: number, behind: boolean): Schemas['JudgeProgressDto'] => ({
      judgeId: id,
      displayName: name,
      email: `${id}@example.org`,
      assigned: 4,
      submitted,
      drafts: 0,
      lastActivityAt: null,
      behind,
      lastRemindedAt: null,
    });
    const { calls } = renderRound('progress', {
      [`GET /api/rounds/${ROUND}`]: () => ({ body: round() }),
      [`GET /api/rounds/${ROUND}/progress`]: () => ({
        body: { assigned: 8, submitted: 4, elapsed: 0.6, judges: [judge('j1', 'Malee', 0, true), judge('j2', 'Anong', 4, false)], entries: [] },
      }),
      [`POST /api/rounds/${ROUND}/reminders`]: () => ({ body: { reminded: ['j1'], skipped: [] } }),
    });
    const table = await screen.findByRole('table', { name: 'Scorecards submitted per judge' });
    expect(within(table).getAllByRole('row')[1].textContent).toContain('Behind');
    await user.click(screen.getByRole('button', { name: 'Remind judges who are behind' }));
    expect(await screen.findByText('Reminder sent to Malee.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Remind Malee' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([{}, { judgeIds: ['j1'] }]));
  });

  it('offers the best entries not yet promoted, within the quota, and words a refusal with its facts, never in the API words', async () => {
    const user = userEvent.setup();
    const entries = [
      ranked('TH-0002', 1, { promoted: true }),
      ranked('TH-0005', 2),
      ranked('TH-0001', 3),
      ranked('TH-0004', 4),
      ranked('TH-0003', 5, { mean: null, judges: 0 }),
    ];
    const { calls } = renderRound('ranking', {
      [`GET /api/rounds/${ROUND}`]: () => ({ body: round({ status: 'closed' }) }),
      [`GET /api/rounds/${ROUND}/ranking`]: () => ({ body: { method: 'mean_of_weighted_totals', quota: 3, finalRoundId: FINAL, entries } }),
      [`POST /api/rounds/${ROUND}/promotions`]: () => ({
        status: 422,
        body: {
          statusCode: 422,
          code: 'rule_violation',
          reason: 'judging.unscored',
          params: { codes: ['TH-0001', 'TH-0004'], count: 2 },
          message: 'SERVER ENGLISH: TH-0001, TH-0004 have no submitted scorecard.',
        },
      }),
    });
    expect(await screen.findByText('Mean of the weighted totals (0–100) of the submitted scorecards; equal means share a rank.')).toBeVisible();
    expect(screen.getByText('Places in the final for Thailand: 3. Promoted so far: 1.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Undo the promotion of TH-0002' })).toBeVisible();

    const choices = screen.getByRole('group', { name: 'Entries to promote' });
    const boxes = within(choices).getAllByRole('checkbox');
    // the promoted entry and the one without scores are not offered; the next two by rank are chosen
    expect(boxes.map((b) => b.closest('label')!.textContent)).toEqual([
      'Rank 2 · TH-0005 Title TH-0005 · mean 80.0',
      'Rank 3 · TH-0001 Title TH-0001 · mean 75.0',
      'Rank 4 · TH-0004 Title TH-0004 · mean 70.0',
    ]);
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, true, false]);

    await user.click(boxes[2]);
    await user.click(screen.getByRole('button', { name: 'Promote to the final' }));
    expect(await screen.findByText('Choose no more entries than the places left (2).')).toBeVisible();
    await user.click(boxes[0]);
    await user.click(screen.getByRole('button', { name: 'Promote to the final' }));
    const question = screen.getByRole('group', { name: 'Promote to the final for Thailand (2 chosen)?' });
    expect(
      within(question)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['TH-0001', 'TH-0004']);
    await user.click(within(question).getByRole('button', { name: 'Confirm promotion' }));
    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toContain('The promotion was refused');
    expect(refusal.textContent).toContain('TH-0001 and TH-0004 have no submitted scorecard, so they have no place in the ranking to promote from.');
    expect(refusal.textContent).not.toContain('SERVER ENGLISH');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([{ roundEntryIds: ['re-TH-0001', 're-TH-0004'] }]);
  });
});
