import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../lib/api-client';
import { i18n } from '../../../lib/translator';
import { renderPage } from '../../../test/render';
import { RoundBrief } from './round-brief';

const brief = (over: Partial<Schemas['RoundBriefDto']> = {}): Schemas['RoundBriefDto'] => ({
  kind: 'national',
  countryCode: 'TH',
  competitionName: { en: 'Cyber Video Awards 2027', ja: 'サイバー動画アワード2027' },
  opensAt: '2027-07-07T15:00:00.000Z',
  closesAt: '2027-07-28T15:00:00.000Z',
  judgesPerEntry: 3,
  entries: 40,
  expectedPerJudge: 24,
  videoLanguages: ['th'],
  subtitleLanguages: ['en'],
  ...over,
});

const fact = (term: string) => screen.getByText(term).nextElementSibling!.textContent;

describe('RoundBrief', () => {
  it('says what the round asks: the round, the window, about how many entries, and the languages', () => {
    renderPage(<RoundBrief brief={brief()} />);
    expect(screen.getByRole('heading', { name: 'What the round asks' })).toBeVisible();
    expect(fact('Round')).toBe('National round of Thailand, Cyber Video Awards 2027');
    expect(fact('Judging window')).toMatch(/2027.* to .*2027/);
    expect(fact('Entries to score')).toBe('About 24 of the 40 in the round (each entry is scored by 3 judges)');
    expect(fact('Languages')).toBe('Videos in Thai · Every entry has subtitles in English');
  });

  it('says when the entries are not known yet, in Japanese too', async () => {
    await i18n.changeLanguage('ja');
    try {
      renderPage(<RoundBrief brief={brief({ kind: 'final', countryCode: null, entries: 0, expectedPerJudge: 0, videoLanguages: [] })} />);
      expect(fact('ラウンド')).toBe('サイバー動画アワード2027 地域決勝');
      expect(fact('担当する作品数')).toBe('未定です。ラウンド開始時に作品が確定します。');
      expect(fact('言語')).toBe('全作品に英語の字幕があります');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
