import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { makeUser } from './harness/factories.js';
import type { TestApp } from './harness/test-app.js';
import { eligibleEntry, school } from './judging-fixtures.js';
import { Round } from '../src/judging/round.entity.js';
import { RoundEntry } from '../src/judging/round-entry.entity.js';
import { Scorecard } from '../src/judging/scorecard.entity.js';
import type { Entry } from '../src/entries/entry.entity.js';

/** Every criterion of the default rubric at one level (1–5): the weighted total is (level − 1) × 25. */
export const levels = (level: number) => Object.fromEntries(DEFAULT_RUBRIC.criteria.map((c) => [c.key, level]));

export interface ScoredFinal {
  round: Round;
  entries: Entry[];
  judgeIds: string[];
}

/**
 * A final round with its entries and locked scorecards, written straight to the database (the judging flow has its
 * own tests): `scores[i][j]` is the level judge j gave entry i on every criterion (null: that judge did not score it).
 */
export async function scoredFinal(
  t: TestApp,
  competitionId: string,
  spec: { countryCode: string; scores: (number | null)[]; feedback?: string }[],
  o: { status?: 'open' | 'closed' } = {},
): Promise<ScoredFinal> {
  const round = await t.db.getRepository(Round).save({
    competitionId,
    kind: 'final',
    countryCode: null,
    status: o.status ?? 'closed',
    opensAt: new Date('2027-01-01T00:00:00Z'),
    closesAt: new Date('2027-02-01T00:00:00Z'),
    judgesPerEntry: 3,
    rubric: DEFAULT_RUBRIC,
    countryQuota: 2,
  });
  const judges = Math.max(...spec.map((s) => s.scores.length));
  const judgeIds: string[] = [];
  for (let j = 0; j < judges; j++) judgeIds.push((await makeUser(t, { role: 'judge', countryCode: null })).id);
  const entries: Entry[] = [];
  for (const [i, s] of spec.entries()) {
    const schoolId = await school(t, `School ${s.countryCode} ${i}`, s.countryCode);
    const entry = await eligibleEntry(t, competitionId, 100 + i, { schoolId, countryCode: s.countryCode });
    entries.push(entry);
    const re = await t.db.getRepository(RoundEntry).save({ roundId: round.id, entryId: entry.id });
    for (const [j, level] of s.scores.entries()) {
      if (level === null) continue;
      await t.db.getRepository(Scorecard).insert({
        roundId: round.id,
        roundEntryId: re.id,
        judgeId: judgeIds[j],
        scores: levels(level),
        teamFeedback: s.feedback ? `${s.feedback} (judge ${j + 1})` : '',
        privateNote: 'PRIVATE NOTE never for the team',
        status: o.status === 'open' ? 'submitted' : 'locked',
        submittedAt: new Date('2027-01-20T00:00:00Z'),
      });
    }
  }
  return { round, entries, judgeIds };
}
