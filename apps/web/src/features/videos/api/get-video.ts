import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';
import { queryKeys } from '../../../api/query-keys';

export type VideoStatus = Schemas['VideoStatusDto'];
export type VideoProblem = Schemas['VideoProblemDto'];

export const getVideo = (entryId: string) => unwrap(api.GET('/api/entries/{id}/video', { params: { path: { id: entryId } } }));

/** While the server works on the video (uploaded, processing), it is asked again every 2 seconds. */
export const POLL_MS = 2000;
export const isWorking = (status: VideoStatus['status'] | undefined) => status === 'uploaded' || status === 'processing';

export const videoQueryOptions = (entryId: string) =>
  queryOptions({
    queryKey: queryKeys.entries.video(entryId),
    queryFn: () => getVideo(entryId),
    refetchInterval: (query) => (isWorking(query.state.data?.status) ? POLL_MS : false),
    // a refetch brings new presigned URLs; the player keeps its first ones, so focus changes need not refetch
    refetchOnWindowFocus: false,
  });

export const useVideo = (entryId: string) => useQuery(videoQueryOptions(entryId));
