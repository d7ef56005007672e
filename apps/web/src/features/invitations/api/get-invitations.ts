import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api-client';

export type Invitation = Schemas['InvitationDto'];

export const getInvitations = () => unwrap(api.GET('/api/invitations'));

export const invitationsQueryKey = ['invitations'] as const;

export const invitationsQueryOptions = () => queryOptions({ queryKey: invitationsQueryKey, queryFn: getInvitations });

export const useInvitations = () => useQuery(invitationsQueryOptions());
