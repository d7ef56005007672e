import { describe, expect, it } from 'vitest';
import { apiFilters, apiQuery, searchFromView, viewFromSearch, withFilter, withSort } from './review-view';

const COMPETITION = '11111111-2222-4333-8444-555555555555';

describe('the list view in the URL', () => {
  it('reads every filter, the sort and the page from the query string, and writes them back the same', () => {
    const query = `competitionId=${COMPETITION}&country=TH&status=submitted&consent=waiting&video=rejected&screening=changes_requested&language=th&q=phish&sort=submittedAt&dir=desc&page=3&pageSize=50`;
    const view = viewFromSearch(new URLSearchParams(query));
    expect(view).toEqual({
      competitionId: COMPETITION,
      country: 'TH',
      categoryId: undefined,
      status: 'submitted',
      consent: 'waiting',
      video: 'rejected',
      screening: 'changes_requested',
      language: 'th',
      q: 'phish',
      sort: 'submittedAt',
      dir: 'desc',
      page: 3,
      pageSize: 50,
    });
    expect(searchFromView(view).toString()).toBe(query);
  });

  it('leaves out the defaults, so the plain list has a plain address', () => {
    const view = viewFromSearch(new URLSearchParams(''));
    expect(view).toMatchObject({ sort: 'code', dir: 'asc', page: 1, pageSize: 25 });
    expect(searchFromView(view).toString()).toBe('');
  });

  it('drops unknown or malformed values instead of failing', () => {
    const view = viewFromSearch(new URLSearchParams('competitionId=1&country=thailand&status=gone&sort=password&dir=up&page=-2&pageSize=7&video=lost'));
    expect(view).toMatchObject({
      competitionId: undefined,
      country: undefined,
      status: undefined,
      video: undefined,
      sort: 'code',
      dir: 'asc',
      page: 1,
      pageSize: 25,
    });
  });

  it("keeps a coordinator's country from the path: the query string cannot change it, and it is not repeated", () => {
    const view = viewFromSearch(new URLSearchParams('country=JP&status=draft'), 'TH');
    expect(view.country).toBe('TH');
    expect(searchFromView(view, 'TH').toString()).toBe('status=draft');
  });

  it('goes back to the first page when a filter changes, and turns the order round on the same column', () => {
    const view = viewFromSearch(new URLSearchParams('page=4&sort=title'));
    expect(withFilter(view, 'status', 'draft')).toMatchObject({ status: 'draft', page: 1 });
    expect(withFilter({ ...view, status: 'draft' }, 'status', '')).toMatchObject({ status: undefined });
    expect(withSort(view, 'title')).toMatchObject({ sort: 'title', dir: 'desc', page: 1 });
    expect(withSort({ ...view, dir: 'desc' }, 'title')).toMatchObject({ dir: 'asc' });
    expect(withSort(view, 'code')).toMatchObject({ sort: 'code', dir: 'asc' });
  });

  it('gives the API the filters (for the queue) and the page (for the list)', () => {
    const view = viewFromSearch(new URLSearchParams('status=submitted&page=2'));
    expect(apiFilters(view)).toEqual({ status: 'submitted', sort: 'code', dir: 'asc' });
    expect(apiQuery(view)).toEqual({ status: 'submitted', sort: 'code', dir: 'asc', page: 2, pageSize: 25 });
  });
});
