import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type InvitationPreview = Schemas['InvitationPreviewDto'];

/** POST because the token travels in the body (never in a URL the server logs), but it only reads. */
export const previewInvitation = (token: string) => unwrap(api.POST('/api/invitations/preview', { body: { token } }));

export const invitationPreviewQueryOptions = (token: string) =>
  queryOptions({ queryKey: queryKeys.invitations.preview(token), queryFn: () => previewInvitation(token), retry: false });

export const useInvitationPreview = (token: string) => useQuery(invitationPreviewQueryOptions(token));
