/** A competition's timeline. All instants are ISO 8601 strings in UTC. */
export interface Timeline {
  submissionOpensAt: string;
  submissionClosesAt: string;
  judgingOpensAt?: string | null;
  judgingClosesAt?: string | null;
  ceremonyAt?: string | null;
}

export type TimelineProblem = { field: keyof Timeline; code: 'invalid_date' } | { field: keyof Timeline; code: 'must_follow'; after: keyof Timeline };

const ORDER: (keyof Timeline)[] = ['submissionOpensAt', 'submissionClosesAt', 'judgingOpensAt', 'judgingClosesAt', 'ceremonyAt'];

/** Every date must parse, and the dates that are set must come in order. */
export function checkTimeline(timeline: Timeline): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  let previous: { field: keyof Timeline; at: number } | null = null;
  for (const field of ORDER) {
    const value = timeline[field];
    if (value === undefined || value === null) continue;
    const at = Date.parse(value);
    if (Number.isNaN(at)) {
      problems.push({ field, code: 'invalid_date' });
      continue;
    }
    if (previous && at <= previous.at) problems.push({ field, code: 'must_follow', after: previous.field });
    previous = { field, at };
  }
  return problems;
}

export type SubmissionPhase = 'not_open' | 'open' | 'closed';

export function submissionPhase(timeline: Timeline, now: Date): SubmissionPhase {
  const t = now.getTime();
  if (t < Date.parse(timeline.submissionOpensAt)) return 'not_open';
  if (t >= Date.parse(timeline.submissionClosesAt)) return 'closed';
  return 'open';
}
