import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import type { TeamResult } from '../api/get-team-result';
import { TeamResultsSection } from './team-results-section';
import { i18n } from '../../../lib/translator';

const E = 'e1e1e1e1-1111-4222-8333-444455556666';
const AW = 'a1a1a1a1-1111-4222-8333-444455556666';

const sealed: TeamResult = { state: 'sealed', published: false, publishedAt: null, rounds: [], awards: [], feedback: [], certificates: [] };

const published: TeamResult = {
  state: 'published',
  published: true,
  publishedAt: '2027-09-10T10:00:00.000Z',
  rounds: [
    {
      roundId: 'r1',
      kind: 'national',
      countryCode: 'TH',
      rank: 1,
      of: 9,
      categoryRank: 1,
      ofInCategory: 4,
      score: 84.125,
      judges: 3,
      method: { aggregation: 'mean', aggregationReason: 'chosen', parts: [], trimmedFrom: null, audienceShare: 0, tieBreaks: [] },
    },
    {
      roundId: 'r2',
      kind: 'final',
      countryCode: null,
      rank: 3,
      of: 12,
      categoryRank: 2,
      ofInCategory: 5,
      score: 78.4,
      judges: 5,
      method: {
        aggregation: 'zscore',
        aggregationReason: 'chosen',
        parts: [],
        trimmedFrom: 5,
        audienceShare: 0.25,
        tieBreaks: [{ kind: 'criterion', criterion: 'creativity', criterionName: { en: 'Creativity', ja: '創造性' } }, { kind: 'organiser' }],
      },
    },
  ],
  awards: [{ awardId: AW, name: { en: 'Best in country', ja: '国別最優秀賞' }, place: 1, forCountry: 'TH' }],
  feedback: [
    { roundKind: 'final', judge: 1, text: 'A clear message.' },
    { roundKind: 'final', judge: 2, text: 'Great sound.' },
  ],
  certificates: [
    { kind: 'participation', awardId: null, awardName: null, languages: ['en', 'th'] },
    { kind: 'award', awardId: AW, awardName: { en: 'Best in country' }, languages: ['en', 'ja'] },
  ],
};

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('TeamResultsSection', () => {
  it('says only that the results are sealed, with nothing numeric, before publication', async () => {
    vi.stubGlobal('fetch', stubFetch({ [`GET /api/entries/${E}/result`]: () => ({ body: sealed }) }).fetchStub);
    renderPage(<TeamResultsSection entryId={E} />);
    expect(await screen.findByText('Results are sealed until the awards ceremony.')).toBeVisible();
    const section = screen.getByRole('region', { name: 'Results' });
    expect(section.textContent).not.toMatch(/\d/);
    expect(section.querySelectorAll('a')).toHaveLength(0);
  });

  it('shows ranks, the score with its method, awards, feedback and certificate links once published', async () => {
    vi.stubGlobal('fetch', stubFetch({ [`GET /api/entries/${E}/result`]: () => ({ body: published }) }).fetchStub);
    renderPage(<TeamResultsSection entryId={E} countryName={(c) => (c === 'TH' ? 'Thailand' : c)} />);
    expect(await screen.findByText('3rd of 12')).toBeVisible();
    expect(screen.getByText('2nd of 5')).toBeVisible();
    expect(screen.getByText('78.40 / 100 (5 judges)')).toBeVisible();
    expect(screen.getByText("Mean of the judges' weighted totals; equal scores share a rank.")).toBeVisible();
    expect(
      screen.getByText(
        "Mean of the judges' weighted totals, normalised per judge (z-score, rescaled to 0–100); trimmed mean for entries with 5 or more judges; " +
          "weighted 75% judges and 25% audience vote (votes as a share of the most-voted entry's); ties broken by: higher “Creativity”, then the organisers' decision.",
      ),
    ).toBeVisible();
    expect(screen.getByText('Best in country')).toBeVisible();
    expect(screen.getByText('Judge 2')).toBeVisible();
    const thai = screen.getByRole('link', { name: /Certificate of participation: ไทย/ });
    expect(thai.getAttribute('href')).toBe(`/api/entries/${E}/certificates/participation?lang=th`);
    expect(thai.hasAttribute('download')).toBe(true);
    const ja = screen.getByRole('link', { name: /Award certificate: Best in country: 日本語/ });
    expect(ja.getAttribute('href')).toBe(`/api/entries/${E}/certificates/awards/${AW}?lang=ja`);
  });

  it('says how the results were computed in the reader’s language, every fact kept (Japanese)', async () => {
    await i18n.changeLanguage('ja');
    vi.stubGlobal('fetch', stubFetch({ [`GET /api/entries/${E}/result`]: () => ({ body: published }) }).fetchStub);
    renderPage(<TeamResultsSection entryId={E} />);
    const method = await screen.findByText(/審査員ごとに正規化/);
    expect(method).toBeVisible();
    expect(method.textContent).toBe(
      '審査員の加重合計の平均（審査員ごとに正規化：zスコアを0〜100に換算）。審査員が5人以上の作品はトリム平均。審査員75%・観客投票25%の重み付け（得票数は最多得票作品に対する割合）。同点の決め方：「創造性」が高い、次に主催者の決定。',
    );
    expect(screen.queryByText(/weighted totals/)).toBeNull();
  });
});
