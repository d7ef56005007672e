import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../../lib/api-client';
import { renderPage } from '../../../test/render';
import { ScorecardForm } from './scorecard-form';
import { i18n } from '../../../lib/translator';

type Scorecard = Schemas['ScorecardDto'];
type Criterion = Schemas['CriterionDto'];

const ROUND = '0b9c3f4e-2a51-4d7e-9f0a-1c2d3e4f5a6b';
const RE = '7e6d5c4b-3a29-4181-8f7e-6d5c4b3a2918';
const NEXT = '11111111-2222-4333-8444-555555555555';

const criterion = (key: string, en: string, ja: string, weight: number): Criterion => ({
  key,
  name: { en, ja },
  description: { en: `How good is the ${en.toLowerCase()}?` },
  weight,
  scaleMin: 1,
  scaleMax: 5,
  levels: [1, 2, 3, 4, 5].map((score) => ({ score, descriptor: { en: `${en}: level ${score} means this.`, ja: `${ja}：レベル${score}の意味。` } })),
});

const card = (over: Partial<Scorecard> = {}): Scorecard => ({
  scores: {},
  overallComment: '',
  privateNote: '',
  teamFeedback: '',
  status: 'none',
  version: 0,
  total: null,
  updatedAt: null,
  submittedAt: null,
  editable: true,
  ...over,
});

function makeEntry(scorecard: Partial<Scorecard> = {}): Schemas['JudgeEntryDto'] {
  return {
    roundEntryId: RE,
    code: 'R1-417',
    entryCode: null,
    title: 'Think before you click',
    videoLanguage: 'th',
    synopsisOriginal: 'เรื่องย่อ',
    synopsisEnglish: 'A synopsis.',
    countryCode: null,
    teamNames: [],
    playback: null,
    subtitles: [],
    rubric: {
      overallComment: true,
      criteria: [
        criterion('message', 'Security message', 'セキュリティメッセージ', 30),
        criterion('creativity', 'Creativity', '創造性', 20),
        criterion('production', 'Production quality', '制作品質', 10),
      ],
    },
    weights: { message: 0.5, creativity: 1 / 3, production: 1 / 6 },
    scorecard: card(scorecard),
    nextRoundEntryId: NEXT,
    round: {
      id: 'r1',
      competitionId: 'c1',
      name: {},
      competitionName: { en: 'Test' },
      kind: 'national',
      countryCode: 'TH',
      status: 'open',
      opensAt: '2027-01-01T00:00:00.000Z',
      closesAt: '2099-01-01T00:00:00.000Z',
      assigned: 2,
      submitted: 0,
      declared: true,
      blind: true,
      showOtherScores: true,
    },
    lockedReason: null,
  };
}

interface Call {
  method: string;
  path: string;
  body: Record<string, unknown> | undefined;
  idempotencyKey: string | null;
}

/** Answers the judge API by method and path (after the round entry), recording each request with its Idempotency-Key. */
function stubJudgeApi(handlers: Record<string, (body: Record<string, unknown>, n: number) => { status?: number; body: unknown }>) {
  const calls: Call[] = [];
  const counts: Record<string, number> = {};
  const fetchStub = async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    const path = new URL(req.url).pathname;
    const text = req.method === 'GET' ? '' : await req.clone().text();
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    calls.push({ method: req.method, path, body, idempotencyKey: req.headers.get('idempotency-key') });
    const key = `${req.method} ${path.replace(`/api/judge/rounds/${ROUND}/entries/${RE}`, '')}`;
    counts[key] = (counts[key] ?? 0) + 1;
    const handler = handlers[key];
    const { status = 200, body: out } = handler
      ? handler(body ?? {}, counts[key])
      : { status: 404, body: { statusCode: 404, code: 'not_found', message: `${key} not stubbed` } };
    return new Response(JSON.stringify(out), { status, headers: { 'content-type': 'application/json' } });
  };
  vi.stubGlobal('fetch', fetchStub);
  return calls;
}

/** A save answered as the server would: the version goes up by one. */
const saved = (body: Record<string, unknown>, over: Partial<Scorecard> = {}): { body: Scorecard } => ({
  body: card({
    scores: body.scores as Record<string, number>,
    overallComment: typeof body.overallComment === 'string' ? body.overallComment : '',
    privateNote: typeof body.privateNote === 'string' ? body.privateNote : '',
    teamFeedback: typeof body.teamFeedback === 'string' ? body.teamFeedback : '',
    status: 'draft',
    version: Number(body.version) + 1,
    updatedAt: '2027-07-20T05:07:00.000Z',
    ...over,
  }),
});

const group = (name: RegExp) => screen.getByRole('group', { name });
const level = (groupName: RegExp, score: number) => within(group(groupName)).getByRole<HTMLInputElement>('radio', { name: String(score) });
/** The descriptor the panel of a criterion shows now. */
const shownDescriptor = (groupName: RegExp) =>
  Array.from(group(groupName).querySelectorAll<HTMLElement>('.level-panel p'))
    .filter((p) => !p.hidden)
    .map((p) => p.textContent)
    .join(' ');

function renderForm(entry = makeEntry(), autosaveMs = 30) {
  return renderPage(
    <ScorecardForm
      roundId={ROUND}
      entry={entry}
      nextHref={`/judge/rounds/${ROUND}/entries/${NEXT}`}
      queueHref={`/judge/rounds/${ROUND}`}
      autosaveMs={autosaveMs}
    />,
  );
}

beforeAll(() => {
  // user-event walks a radio group with CSS.escape, which jsdom lacks
  if (!window.CSS?.escape) Object.defineProperty(window, 'CSS', { value: { escape: (s: string) => s.replace(/["\\]/g, '\\$&') }, configurable: true });
});

describe('ScorecardForm: keyboard', () => {
  it('names each criterion with its weight, moves by Tab between criteria, by arrows within one, and takes digit keys', async () => {
    const calls = stubJudgeApi({ 'PUT /scorecard': (body) => saved(body) });
    // a long autosave delay: here the saves come from leaving a criterion
    renderForm(makeEntry({ scores: { message: 3, creativity: 2 }, status: 'draft', version: 4, updatedAt: '2027-07-20T05:00:00.000Z' }), 60_000);
    const user = userEvent.setup();

    expect(group(/Security message/).textContent).toContain('weight 50%');
    expect(group(/Creativity/).textContent).toContain('weight 33.3%');
    expect(level(/Security message/, 3).checked).toBe(true);

    // each level is described by its own descriptor; the panel follows the focused level
    level(/Security message/, 3).focus();
    const radio3 = level(/Security message/, 3);
    expect(document.getElementById(radio3.getAttribute('aria-describedby')!)?.textContent).toContain('Security message: level 3 means this.');
    expect(shownDescriptor(/Security message/)).toContain('level 3 means this');

    await user.keyboard('{ArrowRight}');
    expect(level(/Security message/, 4).checked).toBe(true);
    expect(document.activeElement).toBe(level(/Security message/, 4));
    expect(shownDescriptor(/Security message/)).toContain('level 4 means this');

    await user.keyboard('1');
    expect(level(/Security message/, 1).checked).toBe(true);
    expect(document.activeElement).toBe(level(/Security message/, 1));
    expect(shownDescriptor(/Security message/)).toContain('level 1 means this');

    // a digit with no such level changes nothing
    await user.keyboard('9');
    expect(level(/Security message/, 1).checked).toBe(true);

    // arrows and digits within a criterion do not save yet
    expect(calls).toEqual([]);

    // Tab goes to the next criterion (its chosen level), not to the next level; leaving the criterion saves it
    await user.tab();
    expect(document.activeElement).toBe(level(/Creativity/, 2));
    expect(shownDescriptor(/Creativity/)).toContain('Creativity: level 2 means this');
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls[0].body).toMatchObject({ version: 4, scores: { message: 1, creativity: 2 } });
    await screen.findByText(/^Saved at/);
    await user.keyboard('5');
    expect(level(/Creativity/, 5).checked).toBe(true);

    // hovering a level shows its descriptor, leaving shows the focused one again
    await user.hover(level(/Creativity/, 3).closest('label')!);
    expect(shownDescriptor(/Creativity/)).toContain('level 3 means this');
    await user.unhover(level(/Creativity/, 3).closest('label')!);
    expect(shownDescriptor(/Creativity/)).toContain('level 5 means this');

    expect(screen.getByText('Unsaved changes…')).toBeVisible();

    // the next save is based on the version the first one returned
    await user.tab();
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect(calls[1].body).toMatchObject({ version: 5, scores: { message: 1, creativity: 5 } });
    expect(await screen.findByText(/^Saved at/)).toBeVisible();
  });

  it('autosaves a moment after a change, chaining versions, and does not take digits typed in a comment as scores', async () => {
    const calls = stubJudgeApi({ 'PUT /scorecard': (body) => saved(body) });
    renderForm();
    const user = userEvent.setup();

    await user.click(level(/Security message/, 4));
    await waitFor(() => expect(calls).toHaveLength(1));
    await screen.findByText(/^Saved at/);
    await user.type(screen.getByLabelText('Feedback for the team'), 'Scene 2 is great');
    await user.tab();
    await waitFor(() => expect(calls.length).toBeGreaterThanOrEqual(2));
    await screen.findByText(/^Saved at/);

    const puts = calls.filter((c) => c.method === 'PUT');
    expect(puts[0].body).toMatchObject({ version: 0, scores: { message: 4 } });
    expect(puts.at(-1)!.body).toMatchObject({ version: puts.length - 1, scores: { message: 4 }, teamFeedback: 'Scene 2 is great' });
    expect(level(/Security message/, 4).checked).toBe(true);
    expect(level(/Security message/, 2).checked).toBe(false);
  });
});

describe('ScorecardForm: submit', () => {
  it('lists the criteria still unscored, focuses the first, and sends nothing', async () => {
    const calls = stubJudgeApi({ 'PUT /scorecard': (body) => saved(body) });
    renderForm(makeEntry({ scores: { creativity: 4 }, status: 'draft', version: 1, updatedAt: '2027-07-20T05:00:00.000Z' }));
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Submit scores' }));
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Score every criterion before submitting');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Security message', 'Production quality']);
    expect(document.activeElement).toBe(level(/Security message/, 1));
    expect(group(/Security message/).getAttribute('aria-describedby')).toContain('crit-message-error');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    // scoring one takes it off the list
    await user.keyboard('3');
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Production quality']);
  });

  it('submits with a fresh Idempotency-Key per attempt, reused when it retries the same attempt', async () => {
    const calls = stubJudgeApi({
      'POST /scorecard/submit': (body, n) =>
        n === 1
          ? { status: 503, body: { statusCode: 503, code: 'service_unavailable', message: 'Down for a moment.' } }
          : saved(body, { status: 'submitted', submittedAt: '2027-07-20T05:08:00.000Z', total: 62.5 }),
      'GET /other-scores': () => ({ status: 403, body: { statusCode: 403, code: 'forbidden', message: 'Not in this round.' } }),
    });
    renderForm(makeEntry({ scores: { message: 3, creativity: 4, production: 2 }, status: 'draft', version: 2, updatedAt: '2027-07-20T05:00:00.000Z' }));
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Submit scores' }));
    const next = await screen.findByRole('link', { name: 'Next entry' }, { timeout: 4000 });
    expect(next.getAttribute('href')).toBe(`/judge/rounds/${ROUND}/entries/${NEXT}`);

    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[0].idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts[1].idempotencyKey).toBe(posts[0].idempotencyKey);
    expect(posts[0].body).toEqual({ version: 2, scores: { message: 3, creativity: 4, production: 2 }, overallComment: '', privateNote: '', teamFeedback: '' });
    expect(screen.getByText(/^Submitted on/)).toBeVisible();
    // the round keeps other judges' scores hidden: no section, no error
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/other-scores'))).toBe(true));
    expect(screen.queryByRole('heading', { name: "Other judges' scores" })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Submit scores' })).toBeNull();
  }, 10_000);

  it('sends a new Idempotency-Key when the judge tries again', async () => {
    const calls = stubJudgeApi({
      'POST /scorecard/submit': () => ({ status: 422, body: { statusCode: 422, code: 'rule_violation', message: 'No.' } }),
    });
    renderForm(makeEntry({ scores: { message: 3, creativity: 4, production: 2 }, status: 'draft', version: 2, updatedAt: '2027-07-20T05:00:00.000Z' }));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Submit scores' }));
    await screen.findByText('The scores were not submitted');
    await user.click(screen.getByRole('button', { name: 'Submit scores' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
    const [a, b] = calls.filter((c) => c.method === 'POST');
    expect(a.idempotencyKey).not.toBe(b.idempotencyKey);
  });

  it("shows the server's refusal of the scores beside each criterion, named in the reader's language, never the server's English", async () => {
    const english = 'Score every criterion before submitting: Score "Production quality" before you submit.';
    stubJudgeApi({
      'POST /scorecard/submit': () => ({
        status: 400,
        body: {
          statusCode: 400,
          code: 'validation_failed',
          reason: 'scoring.submit_incomplete',
          params: {
            problems: [
              { reason: 'scoring.score_missing', params: { criterion: 'production' } },
              { reason: 'scoring.score_out_of_scale', params: { criterion: 'creativity', min: 1, max: 5 } },
            ],
          },
          message: english,
        },
      }),
    });
    await i18n.changeLanguage('ja');
    try {
      renderForm(makeEntry({ scores: { message: 3, creativity: 4, production: 2 }, status: 'draft', version: 2, updatedAt: '2027-07-20T05:00:00.000Z' }));
      await userEvent.setup().click(screen.getByRole('button', { name: '採点を提出' }));
      const summary = await screen.findByRole('alert');
      expect(summary).toHaveTextContent('提出する前に、すべての評価項目を採点してください。');
      expect(summary).toHaveTextContent('提出する前に「制作品質」を採点してください。');
      expect(summary).toHaveTextContent('「創造性」の点数は1から5までにしてください。');
      expect(within(group(/制作品質/)).getByText('提出する前に「制作品質」を採点してください。')).toBeVisible();
      expect(document.body.textContent).not.toContain(english);
      expect(document.body.textContent).not.toContain('Production quality');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('shows the other judges’ scores after submitting when the round allows it', async () => {
    stubJudgeApi({
      'GET /other-scores': () => ({ body: { items: [{ label: 'Judge A', letter: 'A', scores: { message: 5, creativity: 4, production: 4 }, total: 87.5 }] } }),
    });
    renderForm(
      makeEntry({
        scores: { message: 3, creativity: 4, production: 2 },
        status: 'submitted',
        version: 3,
        total: 55,
        updatedAt: '2027-07-20T05:00:00.000Z',
        submittedAt: '2027-07-20T05:00:00.000Z',
      }),
    );
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Judge A' })).toBeVisible();
    expect(within(table).getByRole('rowheader', { name: 'You' })).toBeVisible();
    expect(table.textContent).toContain('87.5');
  });
});

describe('ScorecardForm: a save based on an old version (409)', () => {
  const current = card({
    scores: { message: 5, creativity: 1 },
    privateNote: 'from the laptop',
    status: 'draft',
    version: 7,
    updatedAt: '2027-07-20T04:58:00.000Z',
  });
  const stale = {
    status: 409,
    body: {
      statusCode: 409,
      code: 'conflict',
      reason: 'scoring.stale_version',
      params: {},
      message: 'This scorecard was changed elsewhere.',
      details: { current },
    },
  };

  it('shows the saved version beside the judge’s and saves theirs again on the new version when asked', async () => {
    const calls = stubJudgeApi({ 'PUT /scorecard': (body, n) => (n === 1 ? stale : saved(body)) });
    renderForm(makeEntry({ scores: { message: 2 }, status: 'draft', version: 5, updatedAt: '2027-07-20T04:50:00.000Z' }));
    const user = userEvent.setup();

    await user.click(level(/Creativity/, 3));
    const panel = await screen.findByRole('alert');
    expect(panel.textContent).toContain('changed in another tab or on another device');
    const rows = within(panel)
      .getAllByRole('row')
      .map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => c.textContent));
    expect(rows).toContainEqual(['Security message ≠(differs)', '2', '5']);
    expect(rows).toContainEqual(['Creativity ≠(differs)', '3', '1']);
    expect(rows).toContainEqual(['Private note ≠(differs)', '—', 'from the laptop']);
    expect(screen.getByText(/changed elsewhere/)).toBeVisible();
    // nothing overwritten while the judge decides, and submitting waits too
    expect(screen.getByRole('button', { name: 'Submit scores' }).hasAttribute('disabled')).toBe(true);
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);

    await user.click(within(panel).getByRole('button', { name: 'Keep mine and save again' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect(calls[1].body).toMatchObject({ version: 7, scores: { message: 2, creativity: 3 } });
    expect(await screen.findByText(/^Saved at/)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes the saved version when asked, and saves nothing', async () => {
    const calls = stubJudgeApi({ 'PUT /scorecard': () => stale });
    renderForm(makeEntry({ scores: { message: 2 }, status: 'draft', version: 5, updatedAt: '2027-07-20T04:50:00.000Z' }));
    const user = userEvent.setup();

    await user.click(level(/Creativity/, 3));
    const panel = await screen.findByRole('alert');
    await user.click(within(panel).getByRole('button', { name: 'Use the saved version' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(level(/Security message/, 5).checked).toBe(true);
    expect(level(/Creativity/, 1).checked).toBe(true);
    expect(screen.getByLabelText<HTMLTextAreaElement>('Private note').value).toBe('from the laptop');
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);

    // the next change is saved on top of the version taken
    const ok = stubJudgeApi({ 'PUT /scorecard': (body) => saved(body) });
    await user.click(level(/Production quality/, 4));
    await waitFor(() => expect(ok).toHaveLength(1));
    expect(ok[0].body).toMatchObject({ version: 7, scores: { message: 5, creativity: 1, production: 4 } });
  });
});

describe('ScorecardForm: locked', () => {
  it('is read-only with a notice once the scorecard can no longer be edited', () => {
    stubJudgeApi({ 'GET /other-scores': () => ({ status: 403, body: { statusCode: 403, code: 'forbidden', message: 'No.' } }) });
    renderForm(
      makeEntry({
        scores: { message: 3, creativity: 4, production: 2 },
        status: 'locked',
        version: 3,
        editable: false,
        submittedAt: '2027-07-20T05:00:00.000Z',
      }),
    );
    expect(screen.getByText('Read only')).toBeVisible();
    expect(screen.getByText('The round has closed: the scores are locked.')).toBeVisible();
    expect(screen.getAllByRole('radio').every((r) => (r as HTMLInputElement).disabled)).toBe(true);
    expect(screen.getByLabelText<HTMLTextAreaElement>('Private note').readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Submit scores' })).toBeNull();
  });
});
