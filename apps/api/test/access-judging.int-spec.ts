import { rowTests } from './access-matrix/check.js';
import { buildWorld, type World } from './access-matrix/world.js';
import { judgingRows } from './access-matrix/rows-judging.js';
import { resultsRows } from './access-matrix/rows-results.js';

/**
 * The access matrix (see access.int-spec.ts, which also holds the inventory), second half: rounds, judging, results
 * and awards, the team's result and certificates, the showcase, campaigns and exports.
 */
let w: World;
beforeAll(async () => {
  w = await buildWorld();
}, 120_000);
afterAll(() => w?.close());

describe('access matrix: judging, results, showcase and campaigns', () => {
  rowTests([...judgingRows, ...resultsRows], () => w);
});
