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

/** Why the results suggest no winner (or not all of them) for an award. */
export const UNDECIDED_REASONS = ['tie_at_cut', 'organisers_decide', 'no_candidates'] as const;
export type UndecidedReason = (typeof UNDECIDED_REASONS)[number];

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
  /** awards whose cut falls inside an unresolved tie, or that the organisers must decide */
  undecided: { awardId: string; countryCode: string | null; reason: UndecidedReason }[];
}

/** How many more candidates than winners the ceremony shows as nominees. */
export const EXTRA_NOMINEES = 2;

const RANKED_KINDS: AwardKind[] = ['grand_prize', 'runner_up'];

/** Awards in ceremony order; equal positions by id so the order is stable. */
export const byPosition = (a: AwardDefinition, b: AwardDefinition): number => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function suggestWinners(awards: AwardDefinition[], results: RoundResults, votes: Record<string, number> = {}): AwardSuggestions {
  const winners: SuggestedWinner[] = [];
  const reveals: Reveal[] = [];
  const undecided: AwardSuggestions['undecided'] = [];
  const rankedWinners = new Set<string>();
  const scored = results.entries.filter((e) => e.score !== null);
  const order = new Map(results.entries.map((e, i) => [e.entryId, i]));

  const take = (award: AwardDefinition, pool: EntryResult[], countryCode: string | null, tieAware: boolean) => {
    if (pool.length === 0) {
      undecided.push({ awardId: award.id, countryCode, reason: 'no_candidates' });
      reveals.push({ awardId: award.id, countryCode, nominees: [] });
      return [] as EntryResult[];
    }
    const chosen = pool.slice(0, award.places);
    const next = pool[award.places];
    const last = chosen[chosen.length - 1];
    if (tieAware && next && last && next.rank === last.rank) undecided.push({ awardId: award.id, countryCode, reason: 'tie_at_cut' });
    chosen.forEach((e, i) => winners.push({ awardId: award.id, entryId: e.entryId, place: i + 1, countryCode }));
    reveals.push({ awardId: award.id, countryCode, nominees: pool.slice(0, award.places + EXTRA_NOMINEES).map((e) => e.entryId) });
    return chosen;
  };

  for (const award of [...awards].sort(byPosition)) {
    const inScope = scored.filter((e) => award.categoryId === null || e.categoryId === award.categoryId);
    if (RANKED_KINDS.includes(award.kind)) {
      for (const e of take(
        award,
        inScope.filter((x) => !rankedWinners.has(x.entryId)),
        null,
        true,
      ))
        rankedWinners.add(e.entryId);
    } else if (award.kind === 'country_best') {
      const countries = [...new Set(inScope.map((e) => e.countryCode))].sort();
      for (const country of countries)
        take(
          award,
          inScope.filter((e) => e.countryCode === country && !rankedWinners.has(e.entryId)),
          country,
          true,
        );
    } else if (award.kind === 'special') {
      if (!award.criterion) {
        undecided.push({ awardId: award.id, countryCode: null, reason: 'organisers_decide' });
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
      const chosen = take(award, pool, null, false);
      const next = pool[award.places];
      const last = chosen[chosen.length - 1];
      if (next && last && next.criterionMeans[key] === last.criterionMeans[key] && next.score === last.score)
        undecided.push({ awardId: award.id, countryCode: null, reason: 'tie_at_cut' });
    } else {
      const pool = [...inScope].sort((a, b) => (votes[b.entryId] ?? 0) - (votes[a.entryId] ?? 0) || order.get(a.entryId)! - order.get(b.entryId)!);
      const withVotes = pool.filter((e) => (votes[e.entryId] ?? 0) > 0);
      const chosen = take(award, withVotes, null, false);
      const next = withVotes[award.places];
      const last = chosen[chosen.length - 1];
      if (next && last && (votes[next.entryId] ?? 0) === (votes[last.entryId] ?? 0))
        undecided.push({ awardId: award.id, countryCode: null, reason: 'tie_at_cut' });
    }
  }
  return { winners, reveals, undecided };
}
