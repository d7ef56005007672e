import { judgingSuite } from './judging-fixtures.js';
import { runJudgingConcurrency } from './judging-concurrency-scenario.js';

/** The scenario (judging-concurrency-scenario.ts) on one in-process app; scale-out.int-spec.ts runs it over two API processes. */
const suite = judgingSuite();

it('loses no update and doubles no scorecard when 20 judges score 50 entries concurrently', async () => {
  await runJudgingConcurrency({ t: suite.t, organiser: suite.organiser, competitionId: suite.competitionId });
}, 120_000);
