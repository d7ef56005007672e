import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type Invitation = Schemas['InvitationDto'];

export const getInvitations = () => unwrap(api.GET('/api/invitations'));

export const invitationsQueryOptions = () => queryOptions({ queryKey: queryKeys.invitations.list(), queryFn: getInvitations });

export const useInvitations = () => useQuery(invitationsQueryOptions());
