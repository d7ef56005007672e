import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { useCompetition, type Competition } from '../api/get-competition';
import { useCompetitions } from '../api/get-competitions';
import { useSaveCompetition } from '../features/competitions/api/save-competition';
import { valuesFromCompetition } from '../features/competitions/utils/form-values';
import { useUpdateVoteSettings } from '../features/voting/api/update-vote-settings';
import { stubFetch } from '../test/render';
import { makeCompetition } from '../test/competition';

const ID = '5f0c8a7e-3b9d-4c1e-8a2f-6d7e8f9a0b1c';
const SLUG = 'thai-cup';

const competition = (o: Partial<Competition> = {}): Competition => makeCompetition({ id: ID, slug: SLUG, ...o });

/*
 * The query keys are one factory (api/query-keys.ts): a competition is cached under queryKeys.competitions.one(id or
 * slug), and any edit marks queryKeys.competitions.all() stale, whichever feature makes it.
 */

/**
 * The API as the pages see it: the competition by id (organiser pages) and by slug (the public page), the list, and
 * the endpoints a save goes through. After a save the competition has its new name.
 */
function stubApi() {
  let current = competition();
  const { fetchStub, calls } = stubFetch({
    [`GET /api/competitions/${ID}`]: () => ({ body: current }),
    [`GET /api/competitions/${SLUG}`]: () => ({ body: current }),
    'GET /api/competitions': () => ({ body: [{ id: ID, slug: SLUG, name: current.name }] }),
    [`PATCH /api/competitions/${ID}`]: () => {
      current = competition({ name: { en: 'Thai Cup 2028' } });
      return { body: current };
    },
    [`PUT /api/competitions/${ID}/rules`]: () => ({ body: current.rules }),
    [`PUT /api/competitions/${ID}/countries`]: () => ({ body: current }),
    [`PUT /api/competitions/${ID}/categories`]: () => ({ body: current }),
  });
  vi.stubGlobal('fetch', fetchStub);
  const reads = (path: string) => calls.filter((c) => c.method === 'GET' && c.path === path).length;
  return { reads };
}

function wrapperWith(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/** The hooks the organiser's edit page (by id), the public competition page (by slug) and the lists read, on one client. */
function renderPages(client: QueryClient) {
  return renderHook(() => ({ organiser: useCompetition(ID), publicPage: useCompetition(SLUG), list: useCompetitions() }), { wrapper: wrapperWith(client) });
}

describe('editing a competition refreshes every page that shows it', () => {
  it('a save from the competition form reads the organiser page, the public page and the lists again', async () => {
    const { reads } = stubApi();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const pages = renderPages(client);
    await waitFor(() => expect(pages.result.current.publicPage.data?.name.en).toBe('Thai Cup'));
    await waitFor(() => expect(pages.result.current.organiser.isSuccess && pages.result.current.list.isSuccess).toBe(true));
    expect([reads(`/api/competitions/${SLUG}`), reads(`/api/competitions/${ID}`), reads('/api/competitions')]).toEqual([1, 1, 1]);

    const save = renderHook(() => useSaveCompetition(competition()), { wrapper: wrapperWith(client) });
    const values = { ...valuesFromCompetition(competition()), name: { en: 'Thai Cup 2028' } };
    await act(() => save.result.current.mutateAsync(values));

    // the public page, read by slug, knew nothing of the id the save used: it reads the competition again
    await waitFor(() => expect(pages.result.current.publicPage.data?.name.en).toBe('Thai Cup 2028'));
    expect(pages.result.current.organiser.data?.name.en).toBe('Thai Cup 2028');
    await waitFor(() => expect(reads(`/api/competitions/${SLUG}`)).toBe(2));
    await waitFor(() => expect(reads('/api/competitions')).toBe(2));
  });

  it('the audience vote settings (another feature) refresh the same pages', async () => {
    const { reads } = stubApi();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const pages = renderPages(client);
    await waitFor(() => expect(pages.result.current.organiser.isSuccess && pages.result.current.publicPage.isSuccess).toBe(true));
    const before = [reads(`/api/competitions/${ID}`), reads(`/api/competitions/${SLUG}`)];

    const update = renderHook(() => useUpdateVoteSettings(ID), { wrapper: wrapperWith(client) });
    await act(() => update.result.current.mutateAsync({ audienceVoting: true, votingOpensAt: null, votingClosesAt: null, audienceWeight: 20 }));

    await waitFor(() => expect([reads(`/api/competitions/${ID}`), reads(`/api/competitions/${SLUG}`)]).toEqual(before.map((n) => n + 1)));
    expect(pages.result.current.publicPage.data?.name.en).toBe('Thai Cup 2028');
  });
});
