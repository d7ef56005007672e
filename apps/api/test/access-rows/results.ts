import type { MatrixIds, Row } from './row.js';

/** The results endpoints in the access matrix. */
export const resultsRows = (_ids: MatrixIds): Row[] => [];
