import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type Subtitle = Schemas['SubtitleDto'];

export const getSubtitles = (entryId: string) => unwrap(api.GET('/api/entries/{id}/subtitles', { params: { path: { id: entryId } } }));

export const subtitlesQueryOptions = (entryId: string) =>
  queryOptions({ queryKey: queryKeys.entries.subtitles(entryId), queryFn: () => getSubtitles(entryId), select: (d) => d.items });

export const useSubtitles = (entryId: string) => useQuery(subtitlesQueryOptions(entryId));
