import type { MatrixIds, Row } from './row.js';

/** The campaigns endpoints in the access matrix. */
export const campaignsRows = (_ids: MatrixIds): Row[] => [];
