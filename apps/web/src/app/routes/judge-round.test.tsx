import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../lib/api-client';
import { renderPage, stubFetch } from '../../test/render';
import { paths } from '../paths';
import { JudgeRoundRoute } from './judge-round';

const ROUND = '0b9c3f4e-2a51-4d7e-9f0a-1c2d3e4f5a6b';

const round: Schemas['JudgeRoundDto'] = {
  id: ROUND,
  competitionId: 'c1',
  competitionName: { en: 'ASEAN–Japan Video Competition 2027', ja: '日ASEAN動画コンテスト2027' },
  name: {},
  kind: 'national',
  countryCode: 'TH',
  status: 'open',
  opensAt: '2027-07-01T00:00:00.000Z',
  closesAt: '2099-07-31T00:00:00.000Z',
  assigned: 3,
  submitted: 1,
  declared: true,
  blind: true,
  showOtherScores: false,
};

const item = (over: Partial<Schemas['QueueItemDto']>): Schemas['QueueItemDto'] => ({
  roundEntryId: 're-1',
  code: 'R1-052',
  title: 'Passwords',
  videoLanguage: 'th',
  languageMatch: true,
  hasEnglishSubtitles: true,
  scorecard: 'none',
  total: null,
  ...over,
});

const queue: Schemas['QueueDto'] = {
  round,
  items: [
    item({ roundEntryId: 're-1', code: 'R1-052', title: 'Passwords', scorecard: 'submitted', total: 72.5 }),
    item({ roundEntryId: 're-2', code: 'R1-318', title: 'Phishing', scorecard: 'draft', languageMatch: false }),
    item({ roundEntryId: 're-3', code: 'R1-704', title: 'Updates', videoLanguage: 'en' }),
  ],
};

function stub(q: Schemas['QueueDto'] = queue, languages?: string[]) {
  const { fetchStub } = stubFetch({
    [`GET /api/judge/rounds/${ROUND}/queue`]: () => ({ body: q }),
    ...(languages
      ? {
          [`GET /api/judge/rounds/${ROUND}/declaration`]: () => ({
            body: {
              languages,
              conflictEntryCodes: [],
              conflictSchools: [],
              conflictCountryCodes: [],
              note: '',
              declaredAt: '2027-07-02T00:00:00.000Z',
              countries: [],
            },
          }),
        }
      : {}),
    'GET /api/countries': () => ({ body: [{ code: 'TH', names: { en: 'Thailand', ja: 'タイ' } }] }),
  });
  vi.stubGlobal('fetch', fetchStub);
}

describe('JudgeRoundRoute', () => {
  it('shows the progress, the entries still to do, and a hint where the judge needs the subtitles', async () => {
    stub();
    renderPage(<JudgeRoundRoute />, { path: paths.judge.roundPattern, route: paths.judge.round(ROUND) });

    expect(await screen.findByRole('heading', { level: 1, name: 'ASEAN–Japan Video Competition 2027 · National round · Thailand' })).toBeVisible();
    const bar = screen.getByRole('progressbar', { name: 'Your progress' });
    expect(bar.getAttribute('value')).toBe('1');
    expect(bar.getAttribute('max')).toBe('3');
    expect(screen.getByText('1 of 3 scored')).toBeVisible();
    expect(screen.getByText(/times in your time zone/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Review your languages and conflicts' }).getAttribute('href')).toBe(paths.judge.declaration(ROUND));

    // "to do" by default: the submitted entry is not listed
    const table = screen.getByRole('table');
    const links = within(table).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Phishing', 'Updates']);
    expect(links[0].getAttribute('href')).toBe(paths.judge.entry(ROUND, 're-2'));
    const phishing = links[0].closest('tr')!;
    expect(phishing.textContent).toContain('Thai');
    expect(phishing.textContent).toContain('English subtitles available');
    expect(phishing.textContent).toContain('Draft');
    expect(links[1].closest('tr')!.textContent).not.toContain('English subtitles available');
    expect(screen.getByRole('link', { name: 'Continue with the next entry' }).getAttribute('href')).toBe(paths.judge.entry(ROUND, 're-2'));
  });

  it('shows every entry with its total when the judge asks for all', async () => {
    stub();
    renderPage(<JudgeRoundRoute />, { path: paths.judge.roundPattern, route: paths.judge.round(ROUND) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'All (3)' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('code')?.textContent)).toEqual(['R1-052', 'R1-318', 'R1-704']);
    expect(rows[0].textContent).toContain('72.5');
    expect(rows[0].textContent).toContain('Submitted');
    expect(rows[2].textContent).toContain('no total yet');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'To do (2)' }).checked).toBe(false);
  });

  it('asks a judge who has not declared yet to do so, and gives no language hints until then', async () => {
    stub({ ...queue, round: { ...round, declared: false } });
    renderPage(<JudgeRoundRoute />, { path: paths.judge.roundPattern, route: paths.judge.round(ROUND) });
    const declare = await screen.findByRole('link', { name: 'Declare languages and conflicts' });
    expect(declare.getAttribute('href')).toBe(paths.judge.declaration(ROUND));
    expect(screen.getByRole('table').textContent).not.toContain('English subtitles available');
  });

  it('follows the languages declared since the entries were assigned', async () => {
    // assigned before the judge declared Vietnamese: the queue still says no match for R1-318
    stub(
      {
        ...queue,
        items: [
          item({ roundEntryId: 're-2', code: 'R1-318', title: 'Phishing', videoLanguage: 'vi-VN', languageMatch: false }),
          item({ roundEntryId: 're-3', code: 'R1-704', title: 'Updates', videoLanguage: 'th', languageMatch: true }),
        ],
      },
      ['vi', 'en'],
    );
    renderPage(<JudgeRoundRoute />, { path: paths.judge.roundPattern, route: paths.judge.round(ROUND) });
    const phishing = (await screen.findByRole('link', { name: 'Phishing' })).closest('tr')!;
    await waitFor(() => expect(phishing.textContent).not.toContain('Not one of your languages'));
    expect(screen.getByRole('link', { name: 'Updates' }).closest('tr')!.textContent).toContain('Not one of your languages: English subtitles available');
  });
});
