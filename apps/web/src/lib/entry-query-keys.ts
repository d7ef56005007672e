/**
 * Query keys shared by the features that read or change an entry (entries, consents, videos):
 * a consent or a processed video changes the entry's checklist, so they refresh the entry under this key.
 */
export const entryQueryKey = (id: string) => ['entries', 'one', id] as const;
export const entryListsQueryKey = ['entries', 'list'] as const;
export const videoQueryKey = (entryId: string) => ['entries', 'one', entryId, 'video'] as const;
export const subtitlesQueryKey = (entryId: string) => ['entries', 'one', entryId, 'subtitles'] as const;
