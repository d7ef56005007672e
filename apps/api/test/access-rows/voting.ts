import { EVERYONE, NO, SIGNED_IN, type MatrixIds, type Row } from './row.js';

/**
 * The audience vote endpoints in the access matrix, with the two pieces it relies on: email verification and the
 * team's public credits. The matrix's competition has no vote and no published results, so vote counts are the
 * organisers' only here (everyone signed in reads them after publication: voting.int-spec.ts).
 */
export const votingRows = (ids: MatrixIds): Row[] => [
  { method: 'post', path: '/api/auth/email-verification', allowed: SIGNED_IN },
  { method: 'post', path: '/api/auth/email-verification/confirm', allowed: EVERYONE, body: {} },
  // coordinators may not change a team's credits; other entries answer 404
  { method: 'put', path: `/api/entries/${NO}/credits`, allowed: ['student', 'teacher', 'organiser'], body: {} },
  { method: 'get', path: `/api/competitions/${ids.competition}/vote`, allowed: SIGNED_IN },
  { method: 'put', path: `/api/competitions/${ids.competition}/votes/${ids.category}`, allowed: SIGNED_IN, body: {} },
  { method: 'delete', path: `/api/competitions/${ids.competition}/votes/${ids.category}`, allowed: SIGNED_IN },
  { method: 'get', path: `/api/competitions/${ids.competition}/votes/counts`, allowed: ['organiser'] },
];
