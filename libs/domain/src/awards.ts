import type { EntryResult, RoundResults } from './results.js';

/**
 * Which entries the results put forward for each award, before any organiser's override.
 * Awards are taken in ceremony order (position):
 * - grand_prize and runner_up: the next `places` entries of the final's ranking (in the award's category when it
 *   has one) that have not already won a grand prize or a runner-up award;
 * - country_best: per country, its best `places` entries that have not won a grand prize or runner-up award
 *   (so the evening honours more countries);
 * - special: with a criterion, the highest mean level on that criterion (then the score, then the ranking);
 *   without one, the organisers decide (no suggestion);
 * - audience: the most audience votes (then the ranking).
 * A cut that falls inside a tie the chain left unresolved is reported, so the organisers decide it on purpose.
 */
export const AWARD_KINDS = ['grand_prize', 'runner_up', 'country_best', 'special', 'audience'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];

/**
 * Why the results suggest no winner (or not all of them) for an award:
 * - tie_at_cut: the last winning place falls inside a tie the chain left unresolved;
 * - organisers_decide: a special award without a criterion to rank by;
 * - no_scored_entries: no entry in the award's scope (its category) has a score in the final;
 * - already_won: every scored entry in its scope (for country_best, of that country) already won a grand prize or
 *   runner-up award, and an entry wins one of those once;
 * - no_votes: an audience award, and no entry in its scope has a vote.
 */
export const UNDECIDED_REASONS = ['tie_at_cut', 'organisers_decide', 'no_scored_entries', 'already_won', 'no_votes'] as const;
export type UndecidedReason = (typeof UNDECIDED_REASONS)[number];

/** The facts behind each reason, for the message in the reader's language. `codes` are entries' codes. */
export interface UndecidedParams {
  /** `place`: the last winning place; `codes`: the entries tied for it */
  tie_at_cut: { place: number; codes: string[] };
  organisers_decide: Record<string, never>;
  no_scored_entries: Record<string, never>;
  /** `codes`: the entries that already won (`count` of them); `awardIds`: the awards they won, in ceremony order */
  already_won: { codes: string[]; count: number; awardIds: string[] };
  no_votes: Record<string, never>;
}

/** One award (for country_best, one country of it) the results do not decide, and why, with its facts. */
export type Undecided = {
  [R in UndecidedReason]: { awardId: string; countryCode: string | null; reason: R; params: UndecidedParams[R] };
}[UndecidedReason];

export interface AwardDefinition {
  id: string;
  kind: AwardKind;
  places: number;
  position: number;
  categoryId: string | null;
  criterion: string | null;
}

export interface SuggestedWinner {
  awardId: string;
  entryId: string;
  /** 1 = first; within the country for country_best */
  place: number;
  countryCode: string | null;
}

/** One reveal at the ceremony: the nominees, then the winners. country_best has one reveal per country. */
export interface Reveal {
  awardId: string;
  countryCode: string | null;
  /** entry ids, best first (winners among them) */
  nominees: string[];
}

export interface AwardSuggestions {
  winners: SuggestedWinner[];
  reveals: Reveal[];
  /** awards whose cut falls inside an unresolved tie, that the organisers must decide, or that nobody can receive */
  undecided: Undecided[];
}

/** How many more candidates than winners the ceremony shows as nominees. */
export const EXTRA_NOMINEES = 2;

const RANKED_KINDS: AwardKind[] = ['grand_prize', 'runner_up'];

/** Awards in ceremony order; equal positions by id so the order is stable. */
export const byPosition = (a: AwardDefinition, b: AwardDefinition): number => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function suggestWinners(awards: AwardDefinition[], results: RoundResults, votes: Record<string, number> = {}): AwardSuggestions {
  const winners: SuggestedWinner[] = [];
  const reveals: Reveal[] = [];
  const undecided: Undecided[] = [];
  /** entry id -> the ranked award (grand prize or runner-up) it won */
  const rankedWinners = new Map<string, string>();
  const scored = results.entries.filter((e) => e.score !== null);
  const order = new Map(results.entries.map((e, i) => [e.entryId, i]));

  /** Nobody can receive the award (in this country): say why, with the facts. */
  const nobody = (award: AwardDefinition, scope: EntryResult[], countryCode: string | null) => {
    if (!scope.length) undecided.push({ awardId: award.id, countryCode, reason: 'no_scored_entries', params: {} });
    else if (award.kind === 'audience') undecided.push({ awardId: award.id, countryCode, reason: 'no_votes', params: {} });
    else {
      // grand prize, runner-up, best per country: an entry wins one grand prize or runner-up award only
      const awardIds = [...new Set(scope.map((e) => rankedWinners.get(e.entryId)).filter((id) => id !== undefined))];
      const codes = scope.map((e) => e.code);
      undecided.push({ awardId: award.id, countryCode, reason: 'already_won', params: { codes, count: codes.length, awardIds } });
    }
  };
  const tie = (award: AwardDefinition, countryCode: string | null, place: number, tied: EntryResult[]) =>
    undecided.push({ awardId: award.id, countryCode, reason: 'tie_at_cut', params: { place, codes: tied.map((e) => e.code) } });

  /** `scope`: who the award is for; `pool`: those of them it can still go to, best first */
  const take = (award: AwardDefinition, scope: EntryResult[], pool: EntryResult[], countryCode: string | null, tieAware: boolean) => {
    if (pool.length === 0) {
      nobody(award, scope, countryCode);
      reveals.push({ awardId: award.id, countryCode, nominees: [] });
      return [] as EntryResult[];
    }
    const chosen = pool.slice(0, award.places);
    const next = pool[award.places];
    const last = chosen[chosen.length - 1];
    if (tieAware && next && last && next.rank === last.rank)
      tie(
        award,
        countryCode,
        chosen.length,
        pool.filter((e) => e.rank === last.rank),
      );
    chosen.forEach((e, i) => winners.push({ awardId: award.id, entryId: e.entryId, place: i + 1, countryCode }));
    reveals.push({ awardId: award.id, countryCode, nominees: pool.slice(0, award.places + EXTRA_NOMINEES).map((e) => e.entryId) });
    return chosen;
  };

  for (const award of [...awards].sort(byPosition)) {
    const inScope = scored.filter((e) => award.categoryId === null || e.categoryId === award.categoryId);
    if (RANKED_KINDS.includes(award.kind)) {
      for (const e of take(
        award,
        inScope,
        inScope.filter((x) => !rankedWinners.has(x.entryId)),
        null,
        true,
      ))
        rankedWinners.set(e.entryId, award.id);
    } else if (award.kind === 'country_best') {
      const countries = [...new Set(inScope.map((e) => e.countryCode))].sort();
      for (const country of countries) {
        const ofCountry = inScope.filter((e) => e.countryCode === country);
        take(
          award,
          ofCountry,
          ofCountry.filter((e) => !rankedWinners.has(e.entryId)),
          country,
          true,
        );
      }
    } else if (award.kind === 'special') {
      if (!award.criterion) {
        undecided.push({ awardId: award.id, countryCode: null, reason: 'organisers_decide', params: {} });
        reveals.push({ awardId: award.id, countryCode: null, nominees: [] });
        continue;
      }
      const key = award.criterion;
      const pool = [...inScope].sort(
        (a, b) =>
          (b.criterionMeans[key] ?? -Infinity) - (a.criterionMeans[key] ?? -Infinity) ||
          (b.score ?? 0) - (a.score ?? 0) ||
          order.get(a.entryId)! - order.get(b.entryId)!,
      );
      const chosen = take(award, inScope, pool, null, false);
      const next = pool[award.places];
      const last = chosen[chosen.length - 1];
      const level = (e: EntryResult) => `${e.criterionMeans[key]}/${e.score}`;
      if (next && last && level(next) === level(last))
        tie(
          award,
          null,
          chosen.length,
          pool.filter((e) => level(e) === level(last)),
        );
    } else {
      const votesOf = (e: EntryResult) => votes[e.entryId] ?? 0;
      const pool = [...inScope].sort((a, b) => votesOf(b) - votesOf(a) || order.get(a.entryId)! - order.get(b.entryId)!);
      const withVotes = pool.filter((e) => votesOf(e) > 0);
      const chosen = take(award, inScope, withVotes, null, false);
      const next = withVotes[award.places];
      const last = chosen[chosen.length - 1];
      if (next && last && votesOf(next) === votesOf(last))
        tie(
          award,
          null,
          chosen.length,
          withVotes.filter((e) => votesOf(e) === votesOf(last)),
        );
    }
  }
  return { winners, reveals, undecided };
}
