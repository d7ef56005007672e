import { EVERYONE, NO, type MatrixIds, type Row } from './row.js';

/**
 * The showcase endpoints in the access matrix: public pages and media, open to everyone (signed in or not).
 * NO stands for the edition and the work (a 404 page, which the matrix accepts); TH for the caption file.
 */
export const showcaseRows = (_ids: MatrixIds): Row[] => [
  { method: 'get', path: '/showcase', allowed: EVERYONE },
  { method: 'get', path: '/showcase/assets/showcase.js', allowed: EVERYONE },
  { method: 'get', path: `/showcase/${NO}`, allowed: EVERYONE },
  { method: 'get', path: `/showcase/${NO}/entries/${NO}`, allowed: EVERYONE },
  { method: 'get', path: `/showcase/${NO}/embed/${NO}`, allowed: EVERYONE },
  { method: 'get', path: `/showcase/${NO}/media/${NO}/video`, allowed: EVERYONE },
  { method: 'get', path: `/showcase/${NO}/media/${NO}/poster`, allowed: EVERYONE },
  { method: 'get', path: `/showcase/${NO}/media/${NO}/captions/TH`, allowed: EVERYONE },
];
