import { NO, type MatrixIds, type Row } from './row.js';

/** The results endpoints: computed results for managers, everything else organisers only; a team's result for the team. */
export const resultsRows = (ids: MatrixIds): Row[] => [
  { method: 'get', path: `/api/rounds/${NO}/results`, allowed: ['coordinator', 'organiser'] },
  { method: 'put', path: `/api/rounds/${NO}/result-options`, allowed: ['organiser'], body: {} },
  { method: 'post', path: `/api/rounds/${NO}/tie-decisions`, allowed: ['organiser'], body: {} },
  { method: 'get', path: `/api/competitions/${ids.competition}/awards`, allowed: ['organiser'] },
  { method: 'post', path: `/api/competitions/${ids.competition}/awards`, allowed: ['organiser'], body: {} },
  { method: 'put', path: `/api/awards/${NO}`, allowed: ['organiser'], body: {} },
  { method: 'delete', path: `/api/awards/${NO}`, allowed: ['organiser'] },
  { method: 'put', path: `/api/awards/${NO}/winners`, allowed: ['organiser'], body: {} },
  { method: 'post', path: `/api/competitions/${NO}/awards/assign`, allowed: ['organiser'] },
  { method: 'post', path: `/api/competitions/${NO}/results/seal`, allowed: ['organiser'] },
  { method: 'post', path: `/api/competitions/${NO}/results/unseal`, allowed: ['organiser'] },
  { method: 'post', path: `/api/competitions/${NO}/results/publish`, allowed: ['organiser'] },
  { method: 'get', path: `/api/competitions/${ids.competition}/ceremony`, allowed: ['organiser'] },
  { method: 'get', path: `/api/competitions/${ids.competition}/exports/results.csv`, allowed: ['organiser'] },
  { method: 'get', path: `/api/entries/${NO}/result`, allowed: ['student', 'teacher', 'coordinator', 'organiser'] },
  { method: 'get', path: `/api/entries/${NO}/certificates/participation`, allowed: ['student', 'teacher', 'coordinator', 'organiser'] },
  { method: 'get', path: `/api/entries/${NO}/certificates/awards/${NO}`, allowed: ['student', 'teacher', 'coordinator', 'organiser'] },
];
