import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../../app/paths';
import { i18n } from '../../../lib/translator';
import { renderPage, stubFetch } from '../../../test/render';
import type { Award, AwardsOverview } from '../api/get-awards';
import { AwardsPage } from './awards-page';

const C = 'c0c0c0c0-1111-4222-8333-444455556666';
const FINAL = 'f0f0f0f0-1111-4222-8333-444455556666';
const RU = 'a0a0a0a0-1111-4222-8333-000000000002';
const CB = 'a0a0a0a0-1111-4222-8333-000000000003';
const SP = 'a0a0a0a0-1111-4222-8333-000000000004';

const winner = (code: string, place = 1, forCountry: string | null = null): Award['winners'][number] => ({
  entryId: `e-${code}`,
  code,
  title: `Title ${code}`,
  countryCode: code.slice(0, 2),
  place,
  forCountry,
  source: 'rank',
  reason: null,
});

const award = (id: string, kind: Award['kind'], name: Record<string, string>, position: number, over: Partial<Award> = {}): Award => ({
  id,
  kind,
  name,
  description: {},
  position,
  places: 1,
  categoryId: null,
  criterion: null,
  winners: [],
  suggested: [],
  undecided: [],
  ...over,
});

/** The runner-up took Japan's only finalist, so the best entry per country has nobody left in Japan. */
const runnerUp = award(RU, 'runner_up', { en: 'Runner-up', ja: '準グランプリ' }, 2, { winners: [winner('JP-0001')] });
const bestPerCountry = award(CB, 'country_best', { en: 'Best entry per country', ja: '国別最優秀賞' }, 3, {
  winners: [winner('TH-0002', 1, 'TH')],
  undecided: [{ countryCode: 'JP', reason: 'already_won', params: { codes: ['JP-0001'], count: 1, awardIds: [RU] } }],
});

const overview = (special: Partial<Award>, blockers: AwardsOverview['publication']['blockers']): AwardsOverview => ({
  publication: { state: 'open', sealedAt: null, publishedAt: null, ceremonyAt: null, finalRoundId: FINAL, blockers },
  awards: [runnerUp, bestPerCountry, award(SP, 'special', { en: 'Jury prize', ja: '審査員特別賞' }, 4, special)],
});

const BEFORE = overview({ undecided: [{ countryCode: null, reason: 'organisers_decide', params: {} }] }, [
  { reason: 'results.awards_without_winners', params: { awards: [{ en: 'Jury prize', ja: '審査員特別賞' }], awardIds: [SP] } },
]);
const AFTER = overview({ winners: [{ ...winner('TH-0003'), source: 'override', reason: 'The jury chose it.' }] }, []);

function renderAwards(routes: Parameters<typeof stubFetch>[0] = {}) {
  const stub = stubFetch({
    'GET /api/countries': () => ({
      body: [
        { code: 'JP', names: { en: 'Japan', ja: '日本' } },
        { code: 'TH', names: { en: 'Thailand', ja: 'タイ' } },
      ],
    }),
    [`GET /api/competitions/${C}`]: () => ({ body: { id: C, name: { en: 'ASEAN–Japan 2027', ja: '日ASEAN 2027' }, categories: [], languages: ['en', 'ja'] } }),
    'GET /api/rounds': () => ({ body: [] }),
    [`GET /api/rounds/${FINAL}/results`]: () => ({ body: { entries: [] } }),
    [`GET /api/competitions/${C}/awards`]: () => ({ body: BEFORE }),
    ...routes,
  });
  vi.stubGlobal('fetch', stub.fetchStub);
  renderPage(<AwardsPage />, { path: paths.admin.awardsPattern, route: paths.admin.awards(C) });
  return stub;
}

afterEach(() => void i18n.changeLanguage('en'));

describe('AwardsPage', () => {
  it("says in words why an award has nobody left: Japan's only finalist already won the Runner-up", async () => {
    renderAwards();
    const card = await screen.findByRole('article', { name: 'Best entry per country' }, { timeout: 5000 });
    expect(
      await within(card).findByText(
        "Japan's only finalist, JP-0001, already won Runner-up, so Japan has nobody left for this award. Choose its winner by hand, with a reason.",
      ),
    ).toBeVisible();
    expect(within(screen.getByRole('article', { name: 'Jury prize' })).getByText(/This award has no criterion to rank by/)).toBeVisible();
  });

  it('says it in Japanese too, with the country, the entry and the award named', async () => {
    await i18n.changeLanguage('ja');
    renderAwards();
    const card = await screen.findByRole('article', { name: '国別最優秀賞' }, { timeout: 5000 });
    expect(
      await within(card).findByText(
        '日本の唯一の決勝作品JP-0001はすでに準グランプリを受賞しているため、日本にはこの賞の対象が残っていません。理由を付けて受賞者を手動で選んでください。',
      ),
    ).toBeVisible();
  });

  it('drops the red "That did not work" once the winners are then assigned', async () => {
    const user = userEvent.setup();
    let assigned = false;
    renderAwards({
      [`GET /api/competitions/${C}/awards`]: () => ({ body: assigned ? AFTER : BEFORE }),
      [`POST /api/competitions/${C}/results/seal`]: () => ({
        status: 409,
        body: {
          statusCode: 409,
          code: 'conflict',
          reason: 'results.not_ready',
          params: { problems: BEFORE.publication.blockers },
          message: 'The results cannot be sealed yet: Assign winners to: Jury prize.',
        },
      }),
      [`POST /api/competitions/${C}/awards/assign`]: () => ((assigned = true), { body: AFTER }),
    });
    await user.click(await screen.findByRole('button', { name: 'Seal the results' }, { timeout: 5000 }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('That did not work');
    expect(alert.textContent).toContain('Assign winners to: Jury prize.');

    await user.click(screen.getByRole('button', { name: 'Assign from results' }));
    expect(await screen.findByText("Awards assigned from the final's results.")).toBeVisible();
    await waitFor(() => expect(screen.queryByText('That did not work')).toBeNull());
    expect(screen.queryByText(/Assign winners to/)).toBeNull();
  });
});
