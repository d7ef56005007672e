import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../../app/paths';
import type { Schemas } from '../../../lib/api-client';
import { renderPage, stubFetch } from '../../../test/render';
import { VotePage } from './vote-page';
import { i18n } from '../../../lib/translator';

const COMP = '5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716';
const CAT = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const candidate = (code: string, over: Partial<Schemas['CandidateDto']> = {}): Schemas['CandidateDto'] => ({
  entryId: `entry-${code}`,
  code,
  title: `Title ${code}`,
  countryCode: 'TH',
  posterUrl: null,
  playback: null,
  subtitles: [],
  votes: null,
  ...over,
});

const ballot = (over: Partial<Schemas['BallotDto']> = {}): Schemas['BallotDto'] => ({
  competitionId: COMP,
  audienceVoting: true,
  votingOpensAt: '2027-08-01T00:00:00.000Z',
  votingClosesAt: '2027-08-15T00:00:00.000Z',
  phase: 'open',
  canVote: true,
  cannotVoteReason: null,
  countsPublished: false,
  categories: [{ categoryId: CAT, name: { en: 'Ages 13–17' }, myVote: null, candidates: [candidate('TH-0001'), candidate('JP-0002', { countryCode: 'JP' })] }],
  ...over,
});

const me = (emailVerified: boolean) => ({ id: 'u1', email: 'ana@example.org', name: 'Ana', locale: 'en', emailVerified, roles: [] });

function renderVote(routes: Parameters<typeof stubFetch>[0]) {
  const stub = stubFetch({
    [`GET /api/competitions/${COMP}`]: () => ({ body: { id: COMP, name: { en: 'ASEAN–Japan 2027' } } }),
    'GET /api/countries': () => ({
      body: [
        { code: 'TH', names: { en: 'Thailand' } },
        { code: 'JP', names: { en: 'Japan' } },
      ],
    }),
    ...routes,
  });
  vi.stubGlobal('fetch', stub.fetchStub);
  renderPage(<VotePage verifyPrompt={<button type="button">Send me a verification link</button>} />, { path: paths.votePattern, route: paths.vote(COMP) });
  return stub;
}

afterEach(async () => {
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

describe('VotePage', () => {
  it('names finalists by their opaque code and no country while the results are unpublished', async () => {
    renderVote({
      [`GET /api/competitions/${COMP}/vote`]: () => ({
        body: ballot({
          categories: [
            {
              categoryId: CAT,
              name: { en: 'Ages 13–17' },
              myVote: null,
              candidates: [candidate('R2-017', { countryCode: null }), candidate('R2-204', { countryCode: null })],
            },
          ],
        }),
      }),
      'GET /api/auth/me': () => ({ body: me(true) }),
    });
    const cards = await screen.findAllByRole('listitem');
    expect(cards.map((c) => c.textContent ?? '').join(' ')).toMatch(/R2-017[\s\S]*R2-204/);
    expect(cards.some((c) => /Thailand|Japan/.test(c.textContent ?? ''))).toBe(false);
  });

  it('shows the verification prompt, and no vote buttons, to a user whose email is not verified', async () => {
    renderVote({
      [`GET /api/competitions/${COMP}/vote`]: () => ({
        body: ballot({ canVote: false, cannotVoteReason: 'email_not_verified' }),
      }),
      'GET /api/auth/me': () => ({ body: me(false) }),
    });
    expect(await screen.findByRole('heading', { name: 'Verify your email to vote' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Send me a verification link' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Vote for/ })).toBeNull();
    // the finalists can still be watched
    expect(screen.getByRole('heading', { name: 'Title TH-0001' })).toBeVisible();
  });

  it('sends the vote and marks it as the voter’s', async () => {
    const user = userEvent.setup();
    let voted: string | null = null;
    const { calls } = renderVote({
      [`GET /api/competitions/${COMP}/vote`]: () => ({ body: ballot({ categories: [{ ...ballot().categories[0], myVote: voted }] }) }),
      'GET /api/auth/me': () => ({ body: me(true) }),
      [`PUT /api/competitions/${COMP}/votes/${CAT}`]: () => {
        voted = 'entry-JP-0002';
        return { body: { categoryId: CAT, entryId: 'entry-JP-0002', updatedAt: '2027-08-02T00:00:00.000Z' } };
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Audience vote · ASEAN–Japan 2027' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Verify your email to vote' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Vote for JP-0002 Title JP-0002' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PUT')).toEqual({
        method: 'PUT',
        path: `/api/competitions/${COMP}/votes/${CAT}`,
        body: { entryId: 'entry-JP-0002' },
      }),
    );
    const card = screen.getByRole('heading', { name: 'Title JP-0002' }).closest('li')!;
    expect(await within(card).findByText('Your vote')).toBeVisible();
    expect(screen.getByRole('status', { hidden: false, name: '' }).textContent).toContain('Your vote for “Title JP-0002” in Ages 13–17 is saved.');
  });

  it('offers verification when the API refuses the vote for an unverified address', async () => {
    const user = userEvent.setup();
    renderVote({
      [`GET /api/competitions/${COMP}/vote`]: () => ({ body: ballot() }),
      'GET /api/auth/me': () => ({ body: me(true) }),
      [`PUT /api/competitions/${COMP}/votes/${CAT}`]: () => ({
        status: 403,
        body: { statusCode: 403, code: 'forbidden', reason: 'voting.email_not_verified', params: {}, message: 'Verify your email address to vote.' },
      }),
    });
    await user.click(await screen.findByRole('button', { name: 'Vote for TH-0001 Title TH-0001' }));
    expect(await screen.findByRole('heading', { name: 'Verify your email to vote' })).toBeVisible();
  });

  it('says why a vote was refused in Thai, with both ends of the window, never the server’s English', async () => {
    await i18n.changeLanguage('th');
    const user = userEvent.setup();
    const english = 'Voting has closed: it ran from Sun, 01 Aug 2027 00:00:00 GMT to Sun, 15 Aug 2027 00:00:00 GMT.';
    renderVote({
      [`GET /api/competitions/${COMP}/vote`]: () => ({ body: ballot() }),
      'GET /api/auth/me': () => ({ body: me(true) }),
      [`PUT /api/competitions/${COMP}/votes/${CAT}`]: () => ({
        status: 409,
        body: {
          statusCode: 409,
          code: 'conflict',
          reason: 'voting.closed',
          params: { opensAt: '2027-08-01T00:00:00.000Z', closesAt: '2027-08-15T00:00:00.000Z' },
          message: english,
        },
      }),
    });
    const buttons = await screen.findAllByRole('button', { name: /TH-0001/ });
    await user.click(buttons[0]);
    const refusal = await screen.findByText(/^การโหวตปิดแล้ว/);
    expect(refusal).toBeVisible();
    // both ends of the window, in the Thai calendar (2570 = 2027)
    expect(refusal.textContent).toBe('การโหวตปิดแล้ว เปิดตั้งแต่ 1 ส.ค. 2570 00:00 UTC ถึง 15 ส.ค. 2570 00:00 UTC');
    expect(screen.queryByText(english)).toBeNull();
  });

  it('says when voting is not open yet, with the opening time', async () => {
    renderVote({
      [`GET /api/competitions/${COMP}/vote`]: () => ({ body: ballot({ phase: 'not_open', canVote: false, cannotVoteReason: 'not_open', categories: [] }) }),
      'GET /api/auth/me': () => ({ body: me(true) }),
    });
    expect(await screen.findByText(/^Voting is not open yet\. It opens on .*2027/)).toBeVisible();
    expect(screen.getByText(/Times are shown in your time zone/)).toBeVisible();
  });
});
