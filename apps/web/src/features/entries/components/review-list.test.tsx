import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import { i18n } from '../../../lib/translator';
import type { ReviewRow } from '../api/get-review-entries';
import { ReviewList } from './review-list';

const row = (n: number, o: Partial<ReviewRow> = {}): ReviewRow => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  code: `TH-000${n}`,
  title: `Phish story ${n}`,
  competition: { id: '11111111-2222-4333-8444-555555555555', name: { en: 'ASEAN–Japan 2027' } },
  countryCode: 'TH',
  category: { id: '21111111-2222-4333-8444-555555555555', name: { en: 'Ages 13–17' } },
  schoolName: 'Bangkok Demo School',
  status: 'submitted',
  screening: 'pending',
  consent: 'complete',
  video: 'ready',
  language: 'th',
  submittedAt: '2027-01-10T00:00:00.000Z',
  updatedAt: '2027-01-10T00:00:00.000Z',
  changesDueAt: null,
  ...o,
});
const ROWS = [row(1), row(2), row(3, { status: 'draft', screening: 'pending', submittedAt: null })];

function renderList(route: string, answers: Record<string, (req: Request) => { status?: number; body?: unknown }> = {}) {
  const stub = stubFetch({
    'GET /api/review/entries': () => ({ body: { items: ROWS, total: 3, page: 1, pageSize: 25 } }),
    'GET /api/competitions': () => ({ body: [] }),
    'GET /api/countries': () => ({ body: [{ code: 'TH', names: { en: 'Thailand' } }] }),
    ...answers,
  });
  vi.stubGlobal('fetch', stub.fetchStub);
  const page = renderPage(<ReviewList />, { path: '/admin/entries', route });
  return { stub, ...page };
}

afterEach(() => vi.unstubAllGlobals());

describe('the list of entries', () => {
  it('asks the API for the view in the URL, and keeps it in each entry’s link for the review queue', async () => {
    const { stub } = renderList('/admin/entries?status=submitted&sort=title&dir=desc&page=2');
    await screen.findByText('Phish story 1');
    const asked = stub.calls.find((c) => c.path.startsWith('/api/review/entries'))!;
    expect(new URLSearchParams(asked.path.split('?')[1]).toString()).toBe('status=submitted&sort=title&dir=desc&page=2&pageSize=25');
    expect(screen.getByRole('link', { name: 'Phish story 1' }).getAttribute('href')).toBe(
      `/admin/entries/${ROWS[0].id}?status=submitted&sort=title&dir=desc&page=2`,
    );
    // the sorted column says so to screen readers
    expect(screen.getByRole('columnheader', { name: /Title/ }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: /Code/ }).getAttribute('aria-sort')).toBe('none');
  });

  it('saves a filter and a sort in the URL, back on the first page', async () => {
    const user = userEvent.setup();
    const { router } = renderList('/admin/entries?page=2');
    await screen.findByText('Phish story 1');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Screening' }), 'changes_requested');
    expect(router.state.location.search).toBe('?screening=changes_requested');
    await user.click(screen.getByRole('button', { name: /Submitted/ }));
    expect(router.state.location.search).toBe('?screening=changes_requested&sort=submittedAt');
    await user.type(screen.getByRole('searchbox', { name: 'Search code or title' }), 'password{Enter}');
    expect(router.state.location.search).toBe('?screening=changes_requested&q=password&sort=submittedAt');
  });

  it('asks before a bulk action, saying what will happen to how many entries, then sends it', async () => {
    const user = userEvent.setup();
    const { stub } = renderList('/admin/entries', {
      'POST /api/review/entries/bulk': () => ({ body: { action: 'eligible', count: 2 } }),
    });
    await screen.findByText('Phish story 1');
    await user.click(screen.getByRole('checkbox', { name: 'Select TH-0001 “Phish story 1”' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select TH-0002 “Phish story 2”' }));
    expect(screen.getByRole('heading', { name: '2 entries selected' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Mark eligible' }));
    const question = screen.getByRole('group', { name: 'Mark 2 entries eligible?' });
    expect(within(question).getByText(/The entries go on to the national round/)).toBeVisible();
    expect(stub.calls.some((c) => c.method === 'POST')).toBe(false);
    await user.click(within(question).getByRole('button', { name: 'Mark 2 eligible' }));
    await screen.findByText('2 entries marked eligible.');
    expect(stub.calls.find((c) => c.method === 'POST')!.body).toEqual({ entryIds: [ROWS[0].id, ROWS[1].id], action: 'eligible' });
  });

  it('warns before screening a selection with a draft in it, and shows the refusal with the codes', async () => {
    const user = userEvent.setup();
    renderList('/admin/entries', {
      'POST /api/review/entries/bulk': () => ({
        status: 409,
        body: {
          statusCode: 409,
          code: 'conflict',
          reason: 'entries.bulk_not_submitted',
          params: { codes: ['TH-0003'] },
          message: 'Only submitted entries are screened.',
        },
      }),
    });
    await screen.findByText('Phish story 1');
    await user.click(screen.getByRole('checkbox', { name: 'Select every entry on this page' }));
    await user.click(screen.getByRole('button', { name: 'Mark eligible' }));
    expect(screen.getByText('TH-0003 is not submitted, so it cannot be screened. Unselect it first.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Mark 3 eligible' }));
    await waitFor(() => expect(screen.getByText('TH-0003 not submitted, so nothing was changed. Unselect them and try again.')).toBeVisible());
    expect(document.body.textContent).not.toContain('Only submitted entries are screened.');
  });

  it('shows the refusal in Japanese with the codes it names', async () => {
    const user = userEvent.setup();
    await i18n.changeLanguage('ja');
    try {
      renderList('/admin/entries', {
        'POST /api/review/entries/bulk': () => ({
          status: 409,
          body: {
            statusCode: 409,
            code: 'conflict',
            reason: 'entries.bulk_not_submitted',
            params: { codes: ['TH-0003'] },
            message: 'Only submitted entries are screened.',
          },
        }),
      });
      await screen.findByText('Phish story 1');
      await user.click(screen.getByRole('checkbox', { name: 'このページの作品をすべて選択' }));
      await user.click(screen.getByRole('button', { name: '適格にする' }));
      expect(screen.getByRole('group', { name: '3件の作品を適格にしますか？' })).toBeVisible();
      await user.click(screen.getByRole('button', { name: '3件を適格にする' }));
      await waitFor(() =>
        expect(screen.getByText('TH-0003 は提出されていないため、何も変更されませんでした。選択を外してからもう一度お試しください。')).toBeVisible(),
      );
      expect(document.body.textContent).not.toContain('Only submitted entries are screened.');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('asks for changes with a message and a deadline', async () => {
    const user = userEvent.setup();
    const { stub } = renderList('/admin/entries', {
      'POST /api/review/entries/bulk': () => ({ body: { action: 'request_changes', count: 1 } }),
    });
    await screen.findByText('Phish story 1');
    await user.click(screen.getByRole('checkbox', { name: 'Select TH-0001 “Phish story 1”' }));
    await user.click(screen.getByRole('button', { name: 'Request changes' }));
    const question = screen.getByRole('group', { name: 'Ask 1 team for changes?' });
    await user.type(within(question).getByRole('textbox', { name: /What should the team change/ }), 'Add English subtitles.');
    await user.type(within(question).getByLabelText(/Deadline to resubmit/), '2027-07-10T17:00');
    await user.click(within(question).getByRole('button', { name: 'Send the request' }));
    await screen.findByText('Changes requested from 1 team.');
    const sent = stub.calls.find((c) => c.method === 'POST')!.body as { message: string; dueAt: string };
    expect(sent.message).toBe('Add English subtitles.');
    expect(new Date(sent.dueAt).getTime()).toBe(new Date(2027, 6, 10, 17, 0).getTime());
  });

  it('says what to do when no entry matches', async () => {
    renderList('/admin/entries?video=rejected', { 'GET /api/review/entries': () => ({ body: { items: [], total: 0, page: 1, pageSize: 25 } }) });
    expect(await screen.findByText('No entry matches these filters. Clear a filter or search for something else.')).toBeVisible();
  });
});
