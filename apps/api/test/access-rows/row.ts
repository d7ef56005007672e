import type { Role } from '@clapper/domain/roles';

/** One row of the access matrix (access.int-spec.ts): an endpoint and who may call it. */
export type Who = 'anonymous' | Role;
export const EVERYONE: Who[] = ['anonymous', 'student', 'teacher', 'judge', 'coordinator', 'organiser'];
export const SIGNED_IN: Who[] = ['student', 'teacher', 'judge', 'coordinator', 'organiser'];
export const NO = '00000000-0000-4000-8000-000000000000';

export interface Row {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  allowed: Who[];
  body?: Record<string, unknown>;
}

/** ids the rows may use: a real competition and category (others use NO, an id that exists nowhere) */
export interface MatrixIds {
  competition: string;
  category: string;
}
