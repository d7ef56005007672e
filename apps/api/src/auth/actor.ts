import type { Role, RoleGrant } from '@clapper/domain/roles';

/** The signed-in user as the rest of the API sees them: who they are and what they hold. */
export class Actor {
  constructor(
    readonly userId: string,
    readonly sessionId: string,
    readonly email: string,
    readonly displayName: string,
    readonly countryCode: string | null,
    readonly schoolId: string | null,
    readonly grants: RoleGrant[],
  ) {}

  has(role: Role): boolean {
    return this.grants.some((g) => g.role === role);
  }

  get isOrganiser(): boolean {
    return this.has('organiser');
  }

  /** Countries this actor coordinates. */
  get coordinatedCountries(): string[] {
    return this.grants.filter((g) => g.role === 'coordinator' && g.countryCode).map((g) => g.countryCode!);
  }

  /** Organisers reach every country; coordinators only their own. */
  canManageCountry(code: string): boolean {
    return this.isOrganiser || this.coordinatedCountries.includes(code);
  }
}
