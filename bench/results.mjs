#!/usr/bin/env node
// bench:results: computeResults + resultsByCategory + resultsByCountry (libs/domain/src/results.ts) on a generated
// round: 10,000 entries in 3 categories from 12 countries, 5 judges per entry drawn from 300, the default rubric,
// calibrated per judge (least squares), trimmed, ties broken by creativity, first places, then the organiser (seeded, so every run
// sees the same round). Alongside: a straightforward reference written here (Array.filter per entry and per judge,
// one sort with a comparator), which must give the same rankings. The two alternate, 5 runs each after a warm-up;
// medians reported. Not part of the test suite. Results go in docs/benchmarks.md by hand.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { computeResults, resultsByCategory, resultsByCountry } from '../libs/domain/dist/results.js';
import { DEFAULT_RUBRIC } from '../libs/domain/dist/rubric.js';
import { seededRandom } from '../libs/domain/dist/random.js';

const ENTRIES = 10_000;
const JUDGES = 300;
const PER_ENTRY = 5;
const RUNS = 5;
const TARGET_MS = 200;
const CATEGORIES = ['junior', 'senior', 'open'];
const COUNTRIES = ['BN', 'KH', 'ID', 'JP', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'TL', 'VN'];
const OPTIONS = {
  aggregation: 'calibrated',
  trimmed: true,
  tieBreaks: [{ kind: 'criterion', criterion: 'creativity' }, { kind: 'first_places' }, { kind: 'organiser' }],
};

/**
 * Each entry has a quality and each judge a leniency (up to a level either way), so that normalisation has
 * something to correct; a level is the quality plus the judge's leniency plus noise, rounded onto the 1–5 scale.
 */
function generateRound(seed) {
  const random = seededRandom(seed);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const leniency = Array.from({ length: JUDGES }, () => 2 * random() - 1);
  const entries = Array.from({ length: ENTRIES }, (_, i) => ({
    entryId: `e${i}`,
    code: `E-${String(i).padStart(5, '0')}`,
    categoryId: pick(CATEGORIES),
    countryCode: pick(COUNTRIES),
  }));
  const scorecards = [];
  for (const entry of entries) {
    const quality = 1 + 4 * random();
    const panel = new Set();
    while (panel.size < PER_ENTRY) panel.add(Math.floor(random() * JUDGES));
    for (const j of panel) {
      const scores = {};
      for (const c of DEFAULT_RUBRIC.criteria) {
        const level = Math.round(quality + leniency[j] + 2 * random() - 1);
        scores[c.key] = Math.min(c.scaleMax, Math.max(c.scaleMin, level));
      }
      scorecards.push({ entryId: entry.entryId, judgeId: `j${j}`, scores });
    }
  }
  return { rubric: DEFAULT_RUBRIC, entries, scorecards, options: OPTIONS, decisions: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// The reference: the obvious code, written from the semantics and not from results.ts.

const round9 = (x) => Math.round(x * 1e9) / 1e9;
const avg = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0);

function referenceTotal(rubric, scores) {
  let weighted = 0;
  let weights = 0;
  for (const c of rubric.criteria) {
    weighted += (c.weight * (scores[c.key] - c.scaleMin)) / (c.scaleMax - c.scaleMin);
    weights += c.weight;
  }
  return (weighted / weights) * 100;
}

function referenceScores({ rubric, entries, scorecards, options }) {
  const cards = scorecards.map((s) => ({ entryId: s.entryId, judgeId: s.judgeId, scores: s.scores, total: referenceTotal(rubric, s.scores) }));
  const judgeIds = [...new Set(cards.map((c) => c.judgeId))];
  const stats = {};
  for (const j of judgeIds) {
    const totals = cards.filter((c) => c.judgeId === j).map((c) => c.total);
    const mean = avg(totals);
    const variance = avg(totals.map((t) => (t - mean) ** 2));
    stats[j] = { mean, sd: Math.sqrt(variance), variance, count: totals.length, top: round9(Math.max(...totals)) };
  }
  const pooled = Math.sqrt(avg(judgeIds.filter((j) => stats[j].count >= 2).map((j) => stats[j].variance)));
  const offsets = options.aggregation === 'calibrated' ? referenceOffsets(cards, judgeIds) : null;
  return entries.map((e) => {
    const mine = cards.filter((c) => c.entryId === e.entryId);
    if (mine.length === 0) return { ...e, score: null, criterionMeans: {}, firstPlaces: 0 };
    let totals = mine.map((c) => {
      const { mean, sd } = stats[c.judgeId];
      if (offsets) return c.total - offsets[c.judgeId];
      return options.aggregation === 'zscore' ? 50 + (sd > 0 ? (c.total - mean) / sd : 0) * pooled : c.total;
    });
    if (options.trimmed && totals.length >= 5) totals = totals.sort((a, b) => a - b).slice(1, -1);
    const criterionMeans = {};
    for (const c of rubric.criteria) criterionMeans[c.key] = round9(avg(mine.map((m) => m.scores[c.key])));
    const firstPlaces = mine.filter((c) => round9(c.total) === stats[c.judgeId].top).length;
    return { ...e, score: round9(avg(totals)), criterionMeans, firstPlaces };
  });
}

/**
 * Each judge's offset by alternating least squares, the textbook way: an entry's quality is the mean of its totals
 * less their judges' offsets, a judge's offset the mean of their totals less the entries' qualities, the offsets
 * centred on 0; repeated until no offset moves by more than 1e-12. Every judge here has far more than 5 scorecards
 * (no prior) and the panels are connected (one part), so this is the same least-squares solution.
 */
function referenceOffsets(cards, judgeIds) {
  const byEntry = Map.groupBy(cards, (c) => c.entryId);
  const byJudge = Map.groupBy(cards, (c) => c.judgeId);
  let b = Object.fromEntries(judgeIds.map((j) => [j, 0]));
  for (let iteration = 0; iteration < 100_000; iteration++) {
    const q = {};
    for (const [e, mine] of byEntry) q[e] = avg(mine.map((c) => c.total - b[c.judgeId]));
    const next = {};
    for (const [j, mine] of byJudge) next[j] = avg(mine.map((c) => c.total - q[c.entryId]));
    const centre = avg(Object.values(next));
    let moved = 0;
    for (const j of judgeIds) {
      next[j] -= centre;
      moved = Math.max(moved, Math.abs(next[j] - b[j]));
    }
    b = next;
    if (moved < 1e-12) break;
  }
  return b;
}

/** Sorts with one comparator over score and the declared tie-breaks, then lets decisions order what is still tied. */
function referenceRank(scored, tieBreaks, decisions) {
  const compare = (a, b) => {
    if (a.score === null || b.score === null) return (a.score === null) - (b.score === null);
    if (a.score !== b.score) return b.score - a.score;
    for (const t of tieBreaks) {
      if (t.kind === 'criterion' && a.criterionMeans[t.criterion] !== b.criterionMeans[t.criterion])
        return b.criterionMeans[t.criterion] - a.criterionMeans[t.criterion];
      if (t.kind === 'first_places' && a.firstPlaces !== b.firstPlaces) return b.firstPlaces - a.firstPlaces;
    }
    return 0;
  };
  const sorted = [...scored].sort((a, b) => compare(a, b) || byCode(a, b));
  const groups = [];
  for (const e of sorted) {
    const last = groups.at(-1);
    if (last && compare(last[0], e) === 0) last.push(e);
    else groups.push([e]);
  }
  const ranked = [];
  for (const group of groups) {
    const decided = tieBreaks.some((t) => t.kind === 'organiser') && group.length > 1 && group[0].score !== null ? referenceDecision(group, decisions) : null;
    if (decided) decided.forEach((e) => ranked.push({ entryId: e.entryId, rank: ranked.length + 1, score: e.score }));
    else {
      const rank = group[0].score === null ? scored.filter((e) => e.score !== null).length + 1 : ranked.length + 1;
      group.forEach((e) => ranked.push({ entryId: e.entryId, rank, score: e.score }));
    }
  }
  return ranked;
}

function referenceDecision(group, decisions) {
  const orders = decisions
    .filter((d) => group.every((e) => d.entryIds.includes(e.entryId)))
    .map((d) => [...group].sort((a, b) => d.entryIds.indexOf(a.entryId) - d.entryIds.indexOf(b.entryId)));
  if (orders.length === 0 || orders.some((o) => o.some((e, i) => e !== orders[0][i]))) return null;
  return orders[0];
}

function reference(input) {
  const scored = referenceScores(input);
  const per = (key) =>
    Object.fromEntries(
      [...new Set(scored.map((e) => e[key]))].sort().map((k) => [
        k,
        referenceRank(
          scored.filter((e) => e[key] === k),
          input.options.tieBreaks,
          input.decisions,
        ),
      ]),
    );
  return { round: referenceRank(scored, input.options.tieBreaks, input.decisions), byCategory: per('categoryId'), byCountry: per('countryCode') };
}

function ours(input) {
  const round = computeResults(input);
  return { round, byCategory: resultsByCategory(round, input.decisions), byCountry: resultsByCountry(round, input.decisions) };
}

// ---------------------------------------------------------------------------------------------------------------

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = (entries) => entries.map((e) => `${e.entryId} ${e.rank} ${e.score}`);

/** The first difference between the two rankings, or null. */
function mismatch(o, r) {
  const tables = [['round', o.round.entries, r.round]];
  for (const k of Object.keys(r.byCategory)) tables.push([`category ${k}`, o.byCategory[k]?.entries ?? [], r.byCategory[k]]);
  for (const k of Object.keys(r.byCountry)) tables.push([`country ${k}`, o.byCountry[k]?.entries ?? [], r.byCountry[k]]);
  if (Object.keys(o.byCategory).length !== Object.keys(r.byCategory).length) return 'different categories';
  if (Object.keys(o.byCountry).length !== Object.keys(r.byCountry).length) return 'different countries';
  for (const [name, a, b] of tables) {
    const x = rows(a);
    const y = rows(b);
    const i = x.findIndex((row, i) => row !== y[i]);
    if (x.length !== y.length || i >= 0) return `${name}, row ${i + 1}: ours "${x[i]}", reference "${y[i]}"`;
  }
  return null;
}

/**
 * Decisions for half of the ties the declared tie-breaks leave in the round (in reverse code order, so that a decision
 * shows against the default order), so that the organiser step has work to do.
 */
function decideHalfTheTies(round) {
  const idOf = new Map(round.entries.map((e) => [e.code, e.entryId]));
  const firstOfTie = ours({ ...round, decisions: [] }).round.entries.filter((e) => e.decidedBy === 'unresolved' && e.tiedWith.every((c) => c > e.code));
  return firstOfTie
    .filter((_, i) => i % 2 === 0)
    .map((e) => ({
      entryIds: [...e.tiedWith]
        .reverse()
        .map((c) => idOf.get(c))
        .concat(e.entryId),
    }));
}

const input = generateRound(20261126);
input.decisions = decideHalfTheTies(input);
// The timed options leave few or no equal scores; the raw mean leaves many, so the check is run on it too, to
// compare every link of the chain with the reference.
const rawMean = { ...input, options: { ...OPTIONS, aggregation: 'mean', trimmed: false } };
rawMean.decisions = decideHalfTheTies(rawMean);
const zscore = { ...input, options: { ...OPTIONS, aggregation: 'zscore' } };

console.log(
  `round: ${ENTRIES} entries, ${CATEGORIES.length} categories, ${COUNTRIES.length} countries, ${JUDGES} judges, ${input.scorecards.length} scorecards`,
);
console.log(`options: ${JSON.stringify(OPTIONS)}`);
// the first of each is the warm-up
for (const [name, round] of [
  ['timed options', input],
  ['z-score, same chain', zscore],
  ['raw mean, same chain', rawMean],
]) {
  const o = ours(round);
  const decided = {};
  for (const e of o.round.entries) decided[e.decidedBy] = (decided[e.decidedBy] ?? 0) + 1;
  const diff = mismatch(o, reference(round));
  console.log(
    `${name}: ${round.decisions.length} organiser decisions; decided by ${Object.entries(decided)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  console.log(`  rankings (round, ${CATEGORIES.length} categories, ${COUNTRIES.length} countries) vs reference: ${diff ? `MISMATCH (${diff})` : 'OK'}`);
  if (diff) process.exit(1);
}

const times = { ours: [], reference: [] };
for (let i = 0; i < RUNS; i++) {
  // alternate which goes first, so neither always runs on a warmer machine
  for (const which of i % 2 === 0 ? ['ours', 'reference'] : ['reference', 'ours']) {
    const t = performance.now();
    if (which === 'ours') ours(input);
    else reference(input);
    times[which].push(performance.now() - t);
  }
  console.log(`run ${i + 1}: computeResults + by category + by country ${times.ours[i].toFixed(0)} ms, reference ${times.reference[i].toFixed(0)} ms`);
}

const t = median(times.ours);
const tr = median(times.reference);
const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/) ?? [])[1] ?? 'unknown';
const pass = t <= TARGET_MS;
console.log(`
date: ${new Date().toISOString()}
machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}

| median of ${RUNS} | ours | reference |
| --- | --- | --- |
| computeResults + resultsByCategory + resultsByCountry | ${t.toFixed(0)} ms | ${tr.toFixed(0)} ms |

ratio (ours / reference): ${(t / tr).toFixed(3)}
Target: ≤ ${TARGET_MS} ms — ${pass ? 'PASS' : 'FAIL'}`);
if (!pass) process.exit(1);
