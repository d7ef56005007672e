import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../lib/api-client';
import { renderPage, stubFetch } from '../../test/render';
import { paths } from '../paths';
import { JudgeHomeRoute } from './judge-home';
import { i18n } from '../../lib/translator';

const round = (over: Partial<Schemas['JudgeRoundDto']>): Schemas['JudgeRoundDto'] => ({
  id: 'r-national',
  competitionId: 'c1',
  competitionName: { en: 'ASEAN–Japan Video Competition 2027', ja: '日ASEAN動画コンテスト2027' },
  name: {},
  kind: 'national',
  countryCode: 'TH',
  status: 'open',
  opensAt: '2020-07-01T00:00:00.000Z',
  closesAt: '2099-07-31T00:00:00.000Z',
  assigned: 40,
  submitted: 12,
  declared: true,
  blind: true,
  showOtherScores: false,
  ...over,
});

function stub(rounds: Schemas['JudgeRoundDto'][]) {
  const { fetchStub } = stubFetch({
    'GET /api/judge/rounds': () => ({ body: rounds }),
    'GET /api/countries': () => ({ body: [{ code: 'TH', names: { en: 'Thailand', ja: 'タイ' } }] }),
  });
  vi.stubGlobal('fetch', fetchStub);
}

describe('JudgeHomeRoute', () => {
  it('lists the rounds with progress, status and the way to declare when not done yet', async () => {
    stub([round({}), round({ id: 'r-final', kind: 'final', countryCode: null, status: 'draft', assigned: 0, submitted: 0, declared: false })]);
    renderPage(<JudgeHomeRoute />);

    const cards = await screen.findAllByRole('listitem');
    expect(cards).toHaveLength(2);
    const [national, final] = cards as [HTMLElement, HTMLElement];
    expect(national.textContent).toContain('National round · Thailand');
    expect(national.textContent).toContain('Open for scoring');
    expect(within(national).getByRole('progressbar', { name: 'Your progress' }).getAttribute('value')).toBe('12');
    expect(national.textContent).toContain('12 of 40 scored');
    expect(within(national).getByRole('link', { name: 'Open your queue' }).getAttribute('href')).toBe(paths.judge.round('r-national'));
    expect(within(national).queryByRole('link', { name: 'Declare languages and conflicts' })).toBeNull();

    expect(final.textContent).toContain('Final');
    expect(final.textContent).toContain('Not open yet');
    expect(within(final).getByRole('link', { name: 'Declare languages and conflicts' }).getAttribute('href')).toBe(paths.judge.declaration('r-final'));
  });

  it('names a round by the name the organisers gave it, in the reader’s language', async () => {
    stub([
      round({ kind: 'final', countryCode: null, name: { en: 'Grand final 2027', ja: '2027年グランドファイナル' } }),
      round({ id: 'r-th', name: { en: 'Thailand selection' } }),
    ]);
    await i18n.changeLanguage('ja');
    try {
      renderPage(<JudgeHomeRoute />);
      const [final, national] = (await screen.findAllByRole('listitem')) as [HTMLElement, HTMLElement];
      expect(final.textContent).toContain('2027年グランドファイナル');
      expect(final.textContent).not.toContain('Grand final 2027');
      // no Japanese name: the kind and country in Japanese, not the English name
      expect(national.textContent).toContain('タイ');
      expect(national.textContent).not.toContain('Thailand selection');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('says so when the judge has no round yet, in Japanese too', async () => {
    stub([]);
    await i18n.changeLanguage('ja');
    try {
      renderPage(<JudgeHomeRoute />);
      expect(await screen.findByText(/担当する審査ラウンドはまだありません/)).toBeVisible();
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
