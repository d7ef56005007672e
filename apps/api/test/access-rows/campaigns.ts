import { NO, type MatrixIds, type Row } from './row.js';

const BUILDERS = ['coordinator', 'organiser'] as const;

/**
 * The campaigns and exports endpoints in the access matrix. Campaigns: organisers, and coordinators for their own
 * country (an unknown or out-of-scope id is a 404, which the matrix counts as let through). Exports: organisers.
 */
export const campaignsRows = (ids: MatrixIds): Row[] => [
  { method: 'get', path: `/api/campaigns?competitionId=${ids.competition}`, allowed: [...BUILDERS] },
  { method: 'post', path: '/api/campaigns', allowed: [...BUILDERS], body: {} },
  { method: 'get', path: `/api/campaigns/${NO}`, allowed: [...BUILDERS] },
  { method: 'patch', path: `/api/campaigns/${NO}`, allowed: [...BUILDERS], body: {} },
  { method: 'delete', path: `/api/campaigns/${NO}`, allowed: [...BUILDERS] },
  { method: 'get', path: `/api/campaigns/${NO}/candidates`, allowed: [...BUILDERS] },
  { method: 'post', path: `/api/campaigns/${NO}/works`, allowed: [...BUILDERS], body: {} },
  { method: 'delete', path: `/api/campaigns/${NO}/works/${NO}`, allowed: [...BUILDERS] },
  { method: 'post', path: `/api/campaigns/${NO}/uses`, allowed: [...BUILDERS], body: {} },
  { method: 'get', path: `/api/campaigns/${NO}/works/${NO}/kit`, allowed: [...BUILDERS] },
  { method: 'get', path: `/api/campaigns/${NO}/kit`, allowed: [...BUILDERS] },
  { method: 'get', path: `/api/competitions/${ids.competition}/exports/entries.csv`, allowed: ['organiser'] },
  { method: 'get', path: `/api/competitions/${ids.competition}/exports/scores.csv`, allowed: ['organiser'] },
];
