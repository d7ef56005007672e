/** Roles and their scopes, shared by the API and the web app. */
export const ROLES = ['organiser', 'coordinator', 'judge', 'teacher', 'student'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The roles an invitation can give. Organisers, coordinators and judges come only by invitation. Teachers either
 * sign up (their link to the school then waits for the coordinator's approval) or are invited by a coordinator,
 * who vouches for them.
 */
export const INVITED_ROLES = ['organiser', 'coordinator', 'judge', 'teacher'] as const satisfies readonly Role[];
export type InvitedRole = (typeof INVITED_ROLES)[number];

export const SELF_SIGN_UP_ROLES = ['student', 'teacher'] as const satisfies readonly Role[];
export type SelfSignUpRole = (typeof SELF_SIGN_UP_ROLES)[number];

/** What a role is scoped to: organisers are global, coordinators hold a country, judges a round, teachers and students a school. */
export interface RoleGrant {
  role: Role;
  countryCode?: string | null;
  schoolId?: string | null;
  roundId?: string | null;
}
