import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import { ReviewQueueNav } from './review-queue-nav';

const ID = '00000000-0000-4000-8000-000000000002';
const PREV = '00000000-0000-4000-8000-000000000001';
const NEXT = '00000000-0000-4000-8000-000000000003';

function renderNav(search: string, answer: { position: number | null; total: number; previousId: string | null; nextId: string | null }) {
  const stub = stubFetch({ [`GET /api/review/entries/${ID}/neighbours`]: () => ({ body: answer }) });
  vi.stubGlobal('fetch', stub.fetchStub);
  renderPage(<ReviewQueueNav id={ID} country="TH" search={search} back={<a href="/back">Back to the list</a>} />, {
    path: '/coordinate/:country/entries/:id',
    route: `/coordinate/TH/entries/${ID}${search}`,
  });
  return stub;
}

afterEach(() => vi.unstubAllGlobals());

describe('the review queue', () => {
  it('links previous and next inside the same list, keeping its query string', async () => {
    const stub = renderNav('?status=submitted&sort=title', { position: 2, total: 12, previousId: PREV, nextId: NEXT });
    expect((await screen.findByRole('link', { name: '← Previous' })).getAttribute('href')).toBe(`/coordinate/TH/entries/${PREV}?status=submitted&sort=title`);
    expect(screen.getByRole('link', { name: 'Next →' }).getAttribute('href')).toBe(`/coordinate/TH/entries/${NEXT}?status=submitted&sort=title`);
    expect(screen.getByText('2 of 12')).toBeVisible();
    // the API is asked for the neighbours in that list: the coordinator's country, the filters and the sort
    const asked = new URLSearchParams(stub.calls[0].path.split('?')[1]);
    expect(Object.fromEntries(asked)).toEqual({ country: 'TH', status: 'submitted', sort: 'title', dir: 'asc' });
  });

  it('at the end of the list, offers no next', async () => {
    renderNav('', { position: 12, total: 12, previousId: PREV, nextId: null });
    await screen.findByRole('link', { name: '← Previous' });
    expect(screen.queryByRole('link', { name: 'Next →' })).toBeNull();
    expect(screen.getByText('Next →').getAttribute('aria-disabled')).toBe('true');
  });

  it('outside any list, shows only the way back', async () => {
    renderNav('?status=draft', { position: null, total: 3, previousId: null, nextId: null });
    expect(await screen.findByRole('link', { name: 'Back to the list' })).toBeVisible();
    expect(screen.queryByText(/of 3/)).toBeNull();
  });
});
