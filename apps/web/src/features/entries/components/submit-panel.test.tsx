import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import { loadLocale } from '../../../lib/i18n';
import { i18n } from '../../../lib/translator';
import { formatDateTime, formatFileSize } from '../../../lib/format';
import { formatDuration } from '../../../lib/format';
import { stubFetch } from '../../../test/render';
import type { Entry } from '../api/get-entry';
import { SubmitPanel } from './submit-panel';

const ENTRY = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';
const COMPETITION = '5f0c8a7e-3b9d-4c1e-8a2f-6d7e8f9a0b1c';
const LICENCE = '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9';
const consent = (status: string) => ({ status, id: null, method: null, sentTo: null });
const entry = {
  id: ENTRY,
  code: 'TH-0042',
  competitionId: COMPETITION,
  title: 'Think before you click',
  synopsisOriginal: 'หนังสั้นเรื่องรหัสผ่าน',
  synopsisEnglish: 'A short film about passwords.',
  videoLanguage: 'th',
  status: 'draft',
  viewerRelation: 'owner',
  checklist: [],
  members: [
    { id: 'm1', fullName: 'Ana Suksan', role: 'director', isMinor: true, consent: consent('given'), guardianConsent: consent('given') },
    { id: 'm2', fullName: 'Krit Boonmee', role: 'camera', isMinor: false, consent: consent('given'), guardianConsent: null },
  ],
  licence: { accepted: true, licenceVersionId: LICENCE, acceptedAt: '2028-02-03T04:05:00.000Z' },
  creditStyle: 'team_name',
  teamName: 'The Firewalls',
  creditSchool: false,
} as unknown as Entry;

function renderPanel() {
  const stub = stubFetch({
    [`GET /api/competitions/${COMPETITION}/licence`]: () => ({ body: { id: LICENCE, version: 3, title: 'Clapper showcase licence', body: '…' } }),
    [`POST /api/entries/${ENTRY}/submit`]: () => ({ body: { ...entry, status: 'submitted' } }),
  });
  vi.stubGlobal('fetch', stub.fetchStub);
  render(
    <AppProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <SubmitPanel
        entry={entry}
        editable
        windowOpen
        categoryName="Ages 13–18"
        review={{
          video: { status: 'ready', fileName: 'passwords.mp4', sizeBytes: 48_000_000, durationSeconds: 95.2, width: 1920, height: 1080 },
          subtitleLanguages: ['en', 'th'],
        }}
      />
    </AppProvider>,
  );
  return stub;
}

const submits = (calls: ReturnType<typeof stubFetch>['calls']) => calls.filter((c) => c.method === 'POST');

afterEach(async () => {
  vi.unstubAllGlobals();
  await act(() => i18n.changeLanguage('en'));
});

describe('SubmitPanel: review and confirm', () => {
  it('shows everything that will be submitted, with the focus on it, before anything is sent', async () => {
    const user = userEvent.setup();
    const { calls } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Submit entry' }));
    const review = screen.getByRole('group', { name: 'Check your entry before you submit it' });
    expect(document.activeElement).toBe(review);
    await within(review).findByText(/passwords\.mp4/);
    await within(review).findByText(/Clapper showcase licence/);
    const facts = Object.fromEntries(
      [...review.querySelectorAll('dl > div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]),
    );
    expect(facts).toMatchObject({
      Title: 'Think before you click',
      'Synopsis in English': 'A short film about passwords.',
      Category: 'Ages 13–18',
      Team: 'Ana Suksan · Director · consent: Given · guardian: GivenKrit Boonmee · Camera · consent: Given',
      Video: ['passwords.mp4', formatDuration(95.2, 'en'), '1,920 × 1,080', formatFileSize(48_000_000, 'en'), 'Ready'].join(' · '),
      Subtitles: 'English and Thai',
      'Public credits': 'Team name · “The Firewalls” · school not named',
    });
    expect(Object.values(facts).join()).toContain(`Clapper showcase licence, version 3, accepted on ${formatDateTime('2028-02-03T04:05:00.000Z', 'en')}`);
    expect(submits(calls)).toHaveLength(0);
  });

  it('submits once confirmed', async () => {
    const user = userEvent.setup();
    const { calls } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Submit entry' }));
    await user.click(screen.getByRole('button', { name: 'Confirm and submit' }));
    await waitFor(() => expect(submits(calls)).toHaveLength(1));
    expect(submits(calls)[0].path).toBe(`/api/entries/${ENTRY}/submit`);
  });

  it('goes back without submitting on Escape, with the focus on Submit again', async () => {
    const user = userEvent.setup();
    const { calls } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Submit entry' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Check your entry before you submit it' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Submit entry' })));
    expect(submits(calls)).toHaveLength(0);
  });

  it('reads in the team’s language (Thai)', async () => {
    await loadLocale('th');
    await act(() => i18n.changeLanguage('th'));
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: i18n.t('entries.submit.submit') }));
    expect(screen.getByRole('group', { name: 'ตรวจผลงานก่อนส่ง' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'ยืนยันและส่ง' })).toBeTruthy();
    expect(await screen.findByText(/Clapper showcase licence ฉบับ 3 ยอมรับเมื่อ/)).toBeTruthy();
  });
});
