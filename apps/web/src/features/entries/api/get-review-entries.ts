import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';
import { apiFilters, apiQuery, type ReviewView } from '../utils/review-view';

export type ReviewRow = Schemas['ReviewRowDto'];
export type ReviewPage = Schemas['ReviewPageDto'];

/** The central list of entries, filtered, sorted and paged as the view says (a coordinator's: their countries only). */
export const getReviewEntries = (view: ReviewView) => unwrap(api.GET('/api/review/entries', { params: { query: apiQuery(view) } }));

export const reviewEntriesQueryOptions = (view: ReviewView) =>
  queryOptions({ queryKey: queryKeys.entries.review(apiQuery(view)), queryFn: () => getReviewEntries(view), placeholderData: keepPreviousData });

export const useReviewEntries = (view: ReviewView) => useQuery(reviewEntriesQueryOptions(view));

/** Where an entry stands in the list the view gives: its previous and next (the review queue). */
export const getNeighbours = (id: string, view: ReviewView) =>
  unwrap(api.GET('/api/review/entries/{id}/neighbours', { params: { path: { id }, query: apiFilters(view) } }));

export const useNeighbours = (id: string, view: ReviewView) =>
  useQuery({ queryKey: queryKeys.entries.neighbours(id, apiFilters(view)), queryFn: () => getNeighbours(id, view) });
