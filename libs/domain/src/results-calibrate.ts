/**
 * Judge calibration by least squares: every scorecard total is modelled as the entry's quality plus the judge's
 * offset (leniency, + for lenient) plus noise, and the offsets are estimated from the entries judges share, then
 * taken off each total. This is the additive reviewer model of the calibration literature (Roos, Rothe and
 * Scheuermann, AAAI 2011). What it assumes, for organisers: docs/fairness.md.
 *
 * The solve. With q eliminated (an entry's quality is the mean of its totals less their judges' offsets), the offsets
 * b satisfy (L + Λ) b = r, where L is the judges' weighted graph Laplacian (L_jj = Σ_i (1 − 1/n_i) over the entries
 * judge j scored, L_jk = −Σ_i 1/n_i over the entries j and k both scored, n_i the entry's scorecards), r_j = Σ_i
 * (y_ij − ȳ_i), and Λ the prior (below). The offsets of each connected part of the judge–entry graph are centred on
 * zero: a part is solved as a whole, and parts cannot be compared with each other (see CalibrationPart). The matrix
 * is factorised once (Cholesky, dense: judges number in the hundreds at most) and depends only on who scored what,
 * so resampled totals (results-confidence.ts) reuse it.
 *
 * The prior. A judge with few scorecards gives a noisy offset: one with n < FULL_PRIOR_SCORECARDS scorecards gets
 * FULL_PRIOR_SCORECARDS − n pseudo-scorecards' worth of prior (Λ_jj) pulling the offset towards zero, the typical
 * judge of the part. A judge with FULL_PRIOR_SCORECARDS or more has no prior, and then a constant added to all of
 * that judge's totals is removed exactly: the ranking does not change (the property tests prove it).
 *
 * Determinism: judges and entries are taken in the order of their ids and every sum in a fixed order, so the same
 * scorecards give the same offsets, to the last bit, however they are listed.
 */

/** A judge with fewer scorecards than this has an offset shrunk towards zero (see the top of the file). */
export const FULL_PRIOR_SCORECARDS = 5;

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A connected part of the judge–entry graph: its judges and entries, each by id. */
export interface CalibrationPart {
  judgeIds: string[];
  entryIds: string[];
}

/** What calibration estimated for one judge. */
export interface JudgeOffset {
  judgeId: string;
  /** added by this judge to a typical total (0–100 scale): + lenient, − severe */
  offset: number;
  scorecards: number;
  /** pseudo-scorecards of prior towards 0 (0 when the judge has FULL_PRIOR_SCORECARDS or more) */
  prior: number;
  /** every total of this judge is the same: there is no spread to compare, and a scale cannot be estimated */
  constant: boolean;
  /** index into the parts */
  part: number;
}

/**
 * Who scored what, in canonical order, with the factorised matrix. `card*` arrays are per scorecard in the order
 * given to calibrationDesign; judges and entries are numbered by sorted id.
 */
export interface CalibrationDesign {
  judgeIds: string[];
  entryIds: string[];
  cardJudge: Int32Array;
  cardEntry: Int32Array;
  /** scorecards of each entry, by judge number: the order every per-entry sum is taken in */
  entryCards: Int32Array[];
  judgeCards: Int32Array[];
  prior: Float64Array;
  /** judge -> part; entry -> part (−1 for an entry with no scorecard); parts numbered as calibrationParts lists them */
  judgePart: Int32Array;
  entryPart: Int32Array;
  parts: number;
  /** lower-triangular Cholesky factor of L + Λ + the parts' ones blocks, row-major J×J */
  chol: Float64Array;
  /** for each part, M⁻¹ 1_part and its sum (the centring) */
  centring: { v: Float64Array; sum: number }[];
}

/**
 * The design for these scorecards, given by id: `judges[i]` and `entries[i]` are scorecard i's judge and entry.
 * `allEntryIds` lists every entry of the round, scored or not (an unscored entry belongs to no part).
 */
export function calibrationDesignOf(judges: readonly string[], entries: readonly string[], allEntryIds: readonly string[]): CalibrationDesign {
  const judgeAt = new Map<string, number>();
  const judgeOfCard = Int32Array.from(judges, (id) => {
    let j = judgeAt.get(id);
    if (j === undefined) judgeAt.set(id, (j = judgeAt.size));
    return j;
  });
  const entryAt = new Map(allEntryIds.map((id, e) => [id, e]));
  const entryOfCard = Int32Array.from(entries, (id) => {
    let e = entryAt.get(id);
    if (e === undefined) entryAt.set(id, (e = entryAt.size));
    return e;
  });
  return calibrationDesign([...judgeAt.keys()], judgeOfCard, [...entryAt.keys()], entryOfCard);
}

/** The numbers 0..n−1 ordered by their ids, and each one's place in that order. */
function canonical(ids: readonly string[]): { order: number[]; rank: Int32Array } {
  const order = Array.from({ length: ids.length }, (_, i) => i).sort((a, b) => byId(ids[a], ids[b]));
  const rank = new Int32Array(ids.length);
  order.forEach((i, r) => (rank[i] = r));
  return { order, rank };
}

/**
 * The scorecards grouped by `major` (0..majors−1), each group ordered by `minor` (0..minors−1), by two counting
 * sorts (the second stable): linear in the scorecards, as the results of a large round are computed in well under a
 * second. Answers each group as a view on one array.
 */
function groupCards(major: Int32Array, majors: number, minor: Int32Array, minors: number): Int32Array[] {
  const n = major.length;
  const byMinor = new Int32Array(n);
  const next = new Int32Array(minors + 1);
  for (let i = 0; i < n; i++) next[minor[i] + 1]++;
  for (let m = 0; m < minors; m++) next[m + 1] += next[m];
  for (let i = 0; i < n; i++) byMinor[next[minor[i]]++] = i;
  const start = new Int32Array(majors + 1);
  for (let i = 0; i < n; i++) start[major[i] + 1]++;
  for (let g = 0; g < majors; g++) start[g + 1] += start[g];
  const at = start.slice();
  const cards = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = byMinor[k];
    cards[at[major[i]]++] = i;
  }
  return Array.from({ length: majors }, (_, g) => cards.subarray(start[g], start[g + 1]));
}

/**
 * The design for these scorecards: scorecard i is judge `judgeOfCard[i]` of `judgeIds` (distinct) on entry
 * `entryOfCard[i]` of `entryIds` (distinct: every entry of the round, scored or not; an unscored entry belongs to no
 * part). The ids may come in any order: judges and entries are numbered by sorted id.
 */
export function calibrationDesign(
  judgeIdsIn: readonly string[],
  judgeOfCard: ArrayLike<number>,
  entryIdsIn: readonly string[],
  entryOfCard: ArrayLike<number>,
): CalibrationDesign {
  const J = judgeIdsIn.length;
  const E = entryIdsIn.length;
  const N = judgeOfCard.length;
  const judges = canonical(judgeIdsIn);
  const entries = canonical(entryIdsIn);
  const judgeIds = judges.order.map((j) => judgeIdsIn[j]);
  const entryIds = entries.order.map((e) => entryIdsIn[e]);
  const cardJudge = new Int32Array(N);
  const cardEntry = new Int32Array(N);
  for (let i = 0; i < N; i++) {
    cardJudge[i] = judges.rank[judgeOfCard[i]];
    cardEntry[i] = entries.rank[entryOfCard[i]];
  }
  const entryCards = groupCards(cardEntry, E, cardJudge, J);
  const judgeCards = groupCards(cardJudge, J, cardEntry, E);

  // parts: union-find over judges, joined through the entries they share
  const parent = Int32Array.from({ length: J }, (_, j) => j);
  const find = (j: number): number => {
    while (parent[j] !== j) j = parent[j] = parent[parent[j]];
    return j;
  };
  for (const cs of entryCards) for (let a = 1; a < cs.length; a++) parent[find(cardJudge[cs[a]])] = find(cardJudge[cs[0]]);
  const judgePart = new Int32Array(J);
  const partOfRoot = new Map<number, number>();
  for (let j = 0; j < J; j++) {
    const root = find(j);
    if (!partOfRoot.has(root)) partOfRoot.set(root, partOfRoot.size);
    judgePart[j] = partOfRoot.get(root)!;
  }
  const entryPart = new Int32Array(E).fill(-1);
  entryCards.forEach((cs, e) => {
    if (cs.length) entryPart[e] = judgePart[cardJudge[cs[0]]];
  });
  const parts = partOfRoot.size;
  // parts numbered largest first (entries, then judges), then by their first judge id: the order calibrationParts lists
  const size = Array.from({ length: parts }, (_, p) => ({ p, entries: 0, judges: 0, first: J }));
  for (let j = 0; j < J; j++) {
    size[judgePart[j]].judges++;
    size[judgePart[j]].first = Math.min(size[judgePart[j]].first, j);
  }
  for (const p of entryPart) if (p >= 0) size[p].entries++;
  const renumber = new Int32Array(parts);
  size.sort((a, b) => b.entries - a.entries || b.judges - a.judges || a.first - b.first).forEach((x, n) => (renumber[x.p] = n));
  for (let j = 0; j < J; j++) judgePart[j] = renumber[judgePart[j]];
  for (let e = 0; e < E; e++) if (entryPart[e] >= 0) entryPart[e] = renumber[entryPart[e]];

  const prior = new Float64Array(J);
  for (let j = 0; j < J; j++) prior[j] = Math.max(0, FULL_PRIOR_SCORECARDS - judgeCards[j].length);

  // M = L + Λ + (ones on each part's block)
  const M = new Float64Array(J * J);
  for (const cs of entryCards) {
    const n = cs.length;
    if (n < 2) continue;
    const w = 1 / n;
    for (let a = 0; a < n; a++) {
      const ja = cardJudge[cs[a]];
      M[ja * J + ja] += 1 - w;
      for (let b = 0; b < n; b++) if (b !== a) M[ja * J + cardJudge[cs[b]]] -= w;
    }
  }
  for (let j = 0; j < J; j++) {
    M[j * J + j] += prior[j];
    for (let k = 0; k < J; k++) if (judgePart[j] === judgePart[k]) M[j * J + k] += 1;
  }
  const chol = cholesky(M, J);
  const centring = Array.from({ length: parts }, (_, p) => {
    const ones = new Float64Array(J);
    for (let j = 0; j < J; j++) if (judgePart[j] === p) ones[j] = 1;
    const v = cholSolve(chol, J, ones);
    let sum = 0;
    for (let j = 0; j < J; j++) if (judgePart[j] === p) sum += v[j];
    return { v, sum };
  });
  return { judgeIds, entryIds, cardJudge, cardEntry, entryCards, judgeCards, prior, judgePart, entryPart, parts, chol, centring };
}

/** The judges' offsets (by judge number) for these totals (per scorecard, in the design's order). */
export function solveOffsets(d: CalibrationDesign, totals: ArrayLike<number>): Float64Array {
  const J = d.judgeIds.length;
  const r = new Float64Array(J);
  for (const cs of d.entryCards) {
    const n = cs.length;
    if (n < 2) continue;
    let sum = 0;
    for (let a = 0; a < n; a++) sum += totals[cs[a]];
    const mean = sum / n;
    for (let a = 0; a < n; a++) r[d.cardJudge[cs[a]]] += totals[cs[a]] - mean;
  }
  const u = cholSolve(d.chol, J, r);
  // centre each part: b = u − μ v with 1ᵀb = 0 on the part
  d.centring.forEach(({ v, sum }, p) => {
    let s = 0;
    for (let j = 0; j < J; j++) if (d.judgePart[j] === p) s += u[j];
    const mu = s / sum;
    for (let j = 0; j < J; j++) if (d.judgePart[j] === p) u[j] -= mu * v[j];
  });
  return u;
}

/** Each total less its judge's offset, in the order given. */
export function calibratedTotals(d: CalibrationDesign, totals: ArrayLike<number>, offsets: ArrayLike<number> = solveOffsets(d, totals)): number[] {
  return Array.from(totals, (t, i) => t - offsets[d.cardJudge[i]]);
}

/** Each judge's offset, with what it was estimated from, by judge id. */
export function judgeOffsets(d: CalibrationDesign, totals: ArrayLike<number>, offsets: ArrayLike<number> = solveOffsets(d, totals)): JudgeOffset[] {
  return d.judgeIds.map((judgeId, j) => {
    const cs = d.judgeCards[j];
    let constant = true;
    for (let a = 1; a < cs.length; a++) if (totals[cs[a]] !== totals[cs[0]]) constant = false;
    return { judgeId, offset: offsets[j], scorecards: cs.length, prior: d.prior[j], constant, part: d.judgePart[j] };
  });
}

/** The parts of the judge–entry graph, largest first (entries, then judges), then by first judge id. */
export function calibrationParts(d: CalibrationDesign): CalibrationPart[] {
  const parts: CalibrationPart[] = Array.from({ length: d.parts }, () => ({ judgeIds: [], entryIds: [] }));
  d.judgeIds.forEach((id, j) => parts[d.judgePart[j]].judgeIds.push(id));
  d.entryIds.forEach((id, e) => {
    if (d.entryPart[e] >= 0) parts[d.entryPart[e]].entryIds.push(id);
  });
  return parts;
}

/** In place: the lower Cholesky factor of a symmetric positive-definite row-major n×n matrix. */
function cholesky(a: Float64Array, n: number): Float64Array {
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j];
    for (let k = 0; k < j; k++) d -= a[j * n + k] * a[j * n + k];
    // positive by construction (each part's block is L + Λ + 11ᵀ); guard against rounding on a degenerate part
    const pivot = Math.sqrt(Math.max(d, 1e-12));
    a[j * n + j] = pivot;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j];
      for (let k = 0; k < j; k++) s -= a[i * n + k] * a[j * n + k];
      a[i * n + j] = s / pivot;
    }
    for (let k = j + 1; k < n; k++) a[j * n + k] = 0;
  }
  return a;
}

function cholSolve(l: Float64Array, n: number, rhs: Float64Array): Float64Array {
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = rhs[i];
    for (let k = 0; k < i; k++) s -= l[i * n + k] * y[k];
    y[i] = s / l[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= l[k * n + i] * y[k];
    y[i] = s / l[i * n + i];
  }
  return y;
}
