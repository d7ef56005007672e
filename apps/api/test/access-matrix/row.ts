import type { Client } from '../harness/test-app.js';
import type { World } from './world.js';

/**
 * One row of the access matrix: an operation, who may call it, and a real, valid request for it. Allowed personas
 * must get the operation's documented success status; everyone else is refused (401 anonymous, 403 signed in), or
 * gets 404 where the row says the record is outside their scope.
 */
export type Who = 'anonymous' | 'student' | 'teacher' | 'pendingTeacher' | 'refusedTeacher' | 'judge' | 'coordinator' | 'organiser';
export const PERSONAS: Who[] = ['anonymous', 'student', 'teacher', 'pendingTeacher', 'refusedTeacher', 'judge', 'coordinator', 'organiser'];
export const EVERYONE: Who[] = PERSONAS;
export const SIGNED_IN: Who[] = PERSONAS.filter((w) => w !== 'anonymous');
/** signed-in personas with no role the row is about: teachers whose link to the school is not (or not yet) approved */
export const UNAPPROVED: Who[] = ['pendingTeacher', 'refusedTeacher'];

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What one persona sends: the path (with real ids), a JSON body or a file, and whose session (default the persona's). */
export interface Call {
  path: string;
  body?: unknown;
  file?: { field: string; bytes: Buffer; filename: string; contentType: string };
  /** another session of the same persona, for calls that end it (sign-out, password change) */
  as?: Client;
}

export interface Row {
  method: Method;
  /** the documented path with {placeholders}, as in the OpenAPI document */
  op: string;
  allowed: Who[];
  /** signed-in personas outside the record's scope, answered 404 so ids reveal nothing (instead of 403) */
  outside?: Who[];
  /** the request, for every persona; called afresh for each allowed persona, so rows that change state get a fresh target */
  call: (w: World, who: Who) => Call | Promise<Call>;
  /** a success status other than the documented one, with the reason */
  status?: { code: number; why: string };
}
