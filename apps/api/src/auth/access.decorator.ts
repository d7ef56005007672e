import { SetMetadata } from '@nestjs/common';
import type { Role } from '@clapper/domain/roles';

export const ACCESS_KEY = 'clapper:access';

/**
 * Who may call an endpoint. Every handler must say; the global AccessGuard refuses any handler without it.
 * - 'public': anyone, signed in or not
 * - 'authenticated': any signed-in user
 * - roles: a signed-in user holding one of them; scope (which country, school, round) is checked in the service
 */
export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);
export const Authenticated = () => SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessRule);
export const Roles = (...roles: [Role, ...Role[]]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);
