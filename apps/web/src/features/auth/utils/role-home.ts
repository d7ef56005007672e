import type { Me } from '../../../api/get-me';
import { paths } from '../../../app/paths';

/** Where each role lands after signing in: organisers on the console, coordinators on their country, judges on their rounds. */
export function roleHome(me: Me | null | undefined): string {
  if (!me) return paths.home;
  if (me.roles.some((r) => r.role === 'organiser')) return paths.admin.root;
  const coordinator = me.roles.find((r) => r.role === 'coordinator' && r.countryCode);
  if (coordinator?.countryCode) return paths.coordinate(coordinator.countryCode);
  if (me.roles.some((r) => r.role === 'judge')) return paths.judge.root;
  // a teacher waiting for the coordinator's approval sees where the request stands
  if (me.teacherRequest) return paths.me.entries;
  return paths.home;
}

export const hasRole = (me: Me | null | undefined, role: Me['roles'][number]['role']) => Boolean(me?.roles.some((r) => r.role === role));

/**
 * Only same-site paths are followed after sign-in: one leading slash, then neither a second slash nor a backslash
 * (browsers read "/\host" as "//host", another site), and no spaces or control characters.
 */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || /[\\\s]/.test(next)) return null;
  if ([...next].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) return null;
  return next;
}

/** The sign-in page, coming back to `next` (a same-site path) once signed in. */
export const signInThenTo = (next: string) => `${paths.signIn}?next=${encodeURIComponent(next)}`;
