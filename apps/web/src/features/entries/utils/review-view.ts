/**
 * The saved view of the list of entries: its filters, sort and page, kept in the URL's query string so that a link
 * opens the same list (and the review queue keeps it for previous and next). Unknown or malformed values are left
 * out, so an edited link opens the nearest sensible list instead of an error.
 */

export const STATUSES = ['draft', 'submitted', 'withdrawn'] as const;
export const CONSENTS = ['complete', 'waiting', 'refused'] as const;
export const VIDEOS = ['none', 'processing', 'ready', 'rejected'] as const;
export const SCREENINGS = ['pending', 'eligible', 'ineligible', 'changes_requested'] as const;
export const SORTS = ['code', 'title', 'country', 'category', 'status', 'submittedAt', 'updatedAt'] as const;
export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

export interface ReviewView {
  competitionId?: string;
  country?: string;
  categoryId?: string;
  status?: (typeof STATUSES)[number];
  consent?: (typeof CONSENTS)[number];
  video?: (typeof VIDEOS)[number];
  screening?: (typeof SCREENINGS)[number];
  language?: string;
  q?: string;
  sort: (typeof SORTS)[number];
  dir: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export type ReviewFilterName = 'competitionId' | 'country' | 'categoryId' | 'status' | 'consent' | 'video' | 'screening' | 'language' | 'q';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
const matching = (re: RegExp, value: string | null) => (value !== null && re.test(value) ? value : undefined);
const whole = (value: string | null, min: number, max: number) => {
  const n = value === null ? NaN : Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

/** The view a query string holds; `country` is the coordinator's page's country, which the URL cannot change. */
export function viewFromSearch(search: URLSearchParams, country?: string): ReviewView {
  const q = search.get('q')?.trim().slice(0, 100);
  return {
    competitionId: matching(UUID, search.get('competitionId')),
    country: country ?? matching(/^[A-Z]{2}$/, search.get('country')),
    categoryId: matching(UUID, search.get('categoryId')),
    status: oneOf(STATUSES, search.get('status')),
    consent: oneOf(CONSENTS, search.get('consent')),
    video: oneOf(VIDEOS, search.get('video')),
    screening: oneOf(SCREENINGS, search.get('screening')),
    language: matching(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, search.get('language')),
    q: q || undefined,
    sort: oneOf(SORTS, search.get('sort')) ?? 'code',
    dir: search.get('dir') === 'desc' ? 'desc' : 'asc',
    page: whole(search.get('page'), 1, 100000) ?? 1,
    pageSize: oneOf(PAGE_SIZES.map(String), search.get('pageSize')) ? Number(search.get('pageSize')) : DEFAULT_PAGE_SIZE,
  };
}

/** The query string of a view, without its defaults (and without the country a coordinator's path already names). */
export function searchFromView(view: ReviewView, fixedCountry?: string): URLSearchParams {
  const out = new URLSearchParams();
  const put = (key: string, value: string | number | undefined, fallback?: string | number) => {
    if (value !== undefined && value !== '' && value !== fallback) out.set(key, String(value));
  };
  put('competitionId', view.competitionId);
  if (!fixedCountry) put('country', view.country);
  put('categoryId', view.categoryId);
  put('status', view.status);
  put('consent', view.consent);
  put('video', view.video);
  put('screening', view.screening);
  put('language', view.language);
  put('q', view.q);
  put('sort', view.sort, 'code');
  put('dir', view.dir, 'asc');
  put('page', view.page, 1);
  put('pageSize', view.pageSize, DEFAULT_PAGE_SIZE);
  return out;
}

/** A new view with one filter changed: back to the first page, since the old page may no longer exist. */
export function withFilter(view: ReviewView, name: ReviewFilterName, value: string | undefined): ReviewView {
  return { ...view, [name]: value || undefined, page: 1 };
}

/** A new view sorted by a column: the same column again turns the order round; another starts ascending. */
export function withSort(view: ReviewView, sort: ReviewView['sort']): ReviewView {
  return { ...view, sort, dir: view.sort === sort && view.dir === 'asc' ? 'desc' : 'asc', page: 1 };
}

/** The filters and sort of a view, as the API reads them (the review queue's neighbours). */
export function apiFilters(view: ReviewView) {
  const { page: _page, pageSize: _size, ...filters } = view;
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as Omit<ReviewView, 'page' | 'pageSize'>;
}

/** The whole view as the API reads it: filters, sort and page. */
export function apiQuery(view: ReviewView) {
  return { ...apiFilters(view), page: view.page, pageSize: view.pageSize };
}
