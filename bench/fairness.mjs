#!/usr/bin/env node
// bench:fairness: how well each way of combining the judges' totals recovers the true order of a round, on simulated
// rounds where the truth is known, and whether the confidence figures the results page shows mean what they say.
//
// Each trial generates a round: entries with a true quality, judges with a leniency offset (up to ±1.5 levels), a
// range (0.7–1.5 times the typical spread) and noise, panels of k from the platform's own assignJudges, and every
// judge's levels on the default rubric (rounded and kept within 1–5, as a judge's form does). Then every method
// ranks it:
// - mean: the plain mean of the totals;
// - z-score: each judge's totals as z-scores (normaliseTotals);
// - calibration: each total less its judge's estimated offset (the default where panels differ);
// - calibration + scale: the same with a range per judge (measured here; not in the product, see docs/fairness.md);
// - oracle: each total less its judge's TRUE offset, which no real round knows: the ceiling for an offset correction.
// Reported over the trials: Kendall's tau against the true order, the top-3 recall, and for the default method the
// calibration of rankingConfidence: of the pairs the page calls p sure, how many are in the right order.
// Not part of the test suite. Results go in docs/benchmarks.md by hand.
import os from 'node:os';
import { assignJudges } from '../libs/domain/dist/assignment.js';
import { computeResults } from '../libs/domain/dist/results.js';
import { rankingConfidence } from '../libs/domain/dist/results-confidence.js';
import { DEFAULT_RUBRIC } from '../libs/domain/dist/rubric.js';
import { seededRandom } from '../libs/domain/dist/random.js';
import { weightedTotal } from '../libs/domain/dist/scorecard.js';

const TRIALS = Number(process.env.FAIRNESS_TRIALS ?? 300);
const RESAMPLES = 1000;
const CONFIGS = [
  { name: '60 entries, 9 judges, k = 3', entries: 60, judges: 9, k: 3, cutoffs: [3, 6] },
  { name: '300 entries, 30 judges, k = 3', entries: 300, judges: 30, k: 3, cutoffs: [3, 30] },
];
const MODEL = {
  /** the spread of the entries' true quality, in levels */
  qualitySd: 0.7,
  offsetMax: 1.5,
  scaleMin: 0.7,
  scaleMax: 1.5,
  /** each judge's noise per criterion, in levels: uniform in this range */
  noise: [0.4, 0.8],
};
const TARGETS = { tauToOracle: 0.01, calibrationPoints: 5 };
const LEVEL_POINTS = 100 / (DEFAULT_RUBRIC.criteria[0].scaleMax - DEFAULT_RUBRIC.criteria[0].scaleMin);

function gaussian(random) {
  let u = 0;
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function generateRound(config, seed) {
  const random = seededRandom(seed);
  const uniform = (a, b) => a + (b - a) * random();
  const judges = Array.from({ length: config.judges }, (_, j) => ({
    id: `j${String(j).padStart(3, '0')}`,
    offset: uniform(-MODEL.offsetMax, MODEL.offsetMax),
    scale: uniform(MODEL.scaleMin, MODEL.scaleMax),
    noise: uniform(...MODEL.noise),
  }));
  const entries = Array.from({ length: config.entries }, (_, i) => ({
    entryId: `e${String(i).padStart(4, '0')}`,
    code: `E-${String(i).padStart(4, '0')}`,
    categoryId: 'all',
    countryCode: 'TH',
    quality: MODEL.qualitySd * gaussian(random),
  }));
  const { assignments } = assignJudges({
    entries: entries.map((e) => ({ id: e.entryId, code: e.code, countryCode: 'TH', schoolIds: [], language: 'th' })),
    judges: judges.map((j) => ({
      id: j.id,
      countryCode: 'TH',
      schoolId: null,
      languages: ['th'],
      conflicts: { entryIds: [], schoolIds: [], countryCodes: [] },
    })),
    judgesPerEntry: config.k,
    excludeOwnCountry: false,
    seed,
  });
  const judgeOf = new Map(judges.map((j) => [j.id, j]));
  const entryOf = new Map(entries.map((e) => [e.entryId, e]));
  const scorecards = assignments.map(({ judgeId, entryId }) => {
    const j = judgeOf.get(judgeId);
    const scores = {};
    for (const c of DEFAULT_RUBRIC.criteria) {
      const level = Math.round(3 + j.scale * entryOf.get(entryId).quality + j.offset + j.noise * gaussian(random));
      scores[c.key] = Math.min(c.scaleMax, Math.max(c.scaleMin, level));
    }
    return { entryId, judgeId, scores };
  });
  return { judges, entries, scorecards };
}

/** Kendall's tau-b between two score vectors (pairs tied in either count as neither). */
function kendall(a, b) {
  let concordant = 0;
  let discordant = 0;
  let tiesA = 0;
  let tiesB = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = i + 1; j < a.length; j++) {
      const x = Math.sign(a[i] - a[j]);
      const y = Math.sign(b[i] - b[j]);
      if (x === 0 && y === 0) continue;
      if (x === 0) tiesA++;
      else if (y === 0) tiesB++;
      else if (x === y) concordant++;
      else discordant++;
    }
  return (concordant - discordant) / Math.sqrt((concordant + discordant + tiesA) * (concordant + discordant + tiesB));
}

const topIds = (ids, scores, n) =>
  new Set(
    ids
      .map((id, i) => [id, scores[i]])
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, n)
      .map(([id]) => id),
  );

/** Calibration with a range per judge: total = a_j + s_j × quality, by alternating least squares (s centred on 1). */
function scaleCalibrated(round, totals) {
  const J = round.judges.map((j) => j.id);
  const byEntry = new Map(round.entries.map((e) => [e.entryId, []]));
  round.scorecards.forEach((c, i) => byEntry.get(c.entryId).push(i));
  const a = new Map(J.map((id) => [id, 0]));
  const s = new Map(J.map((id) => [id, 1]));
  let q = new Map();
  for (let it = 0; it < 30; it++) {
    q = new Map();
    for (const [id, cs] of byEntry) {
      let num = 0;
      let den = 0;
      for (const i of cs) {
        const j = round.scorecards[i].judgeId;
        num += s.get(j) * (totals[i] - a.get(j));
        den += s.get(j) ** 2;
      }
      q.set(id, num / den);
    }
    for (const j of J) {
      const mine = round.scorecards.map((c, i) => [c, i]).filter(([c]) => c.judgeId === j);
      const xs = mine.map(([c]) => q.get(c.entryId));
      const ys = mine.map(([, i]) => totals[i]);
      const mx = xs.reduce((x, y) => x + y, 0) / xs.length;
      const my = ys.reduce((x, y) => x + y, 0) / ys.length;
      let num = 0;
      let den = 0;
      xs.forEach((x, n) => {
        num += (x - mx) * (ys[n] - my);
        den += (x - mx) ** 2;
      });
      const slope = den > 0 ? Math.min(3, Math.max(0.2, num / den)) : 1;
      s.set(j, slope);
      a.set(j, my - slope * mx);
    }
    // identify: mean offset 0, mean log scale 0
    const meanA = J.reduce((x, j) => x + a.get(j), 0) / J.length;
    const meanLog = J.reduce((x, j) => x + Math.log(s.get(j)), 0) / J.length;
    for (const j of J) {
      a.set(j, a.get(j) - meanA);
      s.set(j, s.get(j) / Math.exp(meanLog));
    }
  }
  return round.entries.map((e) => q.get(e.entryId));
}

const METHODS = ['mean', 'zscore', 'calibrated', 'calibrated+scale', 'oracle'];

function runConfig(config) {
  const tau = Object.fromEntries(METHODS.map((m) => [m, []]));
  const recall = Object.fromEntries(METHODS.map((m) => [m, []]));
  const defaults = new Set();
  const pairs = [];
  const aboves = [];
  let confidenceMs = 0;
  for (let t = 0; t < TRIALS; t++) {
    const round = generateRound(config, 1000 + t);
    const ids = round.entries.map((e) => e.entryId);
    const truth = round.entries.map((e) => e.quality);
    const trueTop = topIds(ids, truth, 3);
    const input = (aggregation) => ({
      rubric: DEFAULT_RUBRIC,
      entries: round.entries,
      scorecards: round.scorecards,
      options: { aggregation, trimmed: false, tieBreaks: [] },
    });
    const scoresOf = (r) => {
      const byId = new Map(r.entries.map((e) => [e.entryId, e.score]));
      return ids.map((id) => byId.get(id));
    };
    const byMethod = {};
    for (const m of ['mean', 'zscore', 'calibrated']) byMethod[m] = scoresOf(computeResults(input(m)));
    const auto = computeResults(input('auto'));
    defaults.add(auto.method.aggregation);
    const totals = round.scorecards.map((c) => weightedTotal(DEFAULT_RUBRIC, c.scores));
    byMethod['calibrated+scale'] = scaleCalibrated(round, totals);
    const judgeOf = new Map(round.judges.map((j) => [j.id, j]));
    const oracleSum = new Map(ids.map((id) => [id, [0, 0]]));
    round.scorecards.forEach((c, i) => {
      const acc = oracleSum.get(c.entryId);
      acc[0] += totals[i] - LEVEL_POINTS * judgeOf.get(c.judgeId).offset;
      acc[1]++;
    });
    byMethod.oracle = ids.map((id) => oracleSum.get(id)[0] / oracleSum.get(id)[1]);
    for (const m of METHODS) {
      tau[m].push(kendall(byMethod[m], truth));
      const top = topIds(ids, byMethod[m], 3);
      recall[m].push([...top].filter((id) => trueTop.has(id)).length / 3);
    }

    const started = performance.now();
    const confidence = rankingConfidence(input('auto'), { cutoffs: config.cutoffs, resamples: RESAMPLES, seed: t + 1 }, auto);
    confidenceMs += performance.now() - started;
    const quality = new Map(round.entries.map((e) => [e.entryId, e.quality]));
    for (const cut of confidence.cutoffs) {
      for (const p of cut.pairs) {
        const right = quality.get(p.higherId) > quality.get(p.lowerId);
        // said the other way round when the resamples favour the lower one
        pairs.push(p.probability >= 0.5 ? { p: p.probability, right } : { p: 1 - p.probability, right: !right });
      }
      const line = [...quality.values()].sort((x, y) => y - x)[cut.position - 1];
      for (const e of cut.entries) aboves.push({ p: e.above, right: quality.get(e.entryId) >= line, cut: cut.position });
    }
  }
  return { tau, recall, defaults: [...defaults], pairs, aboves, confidenceMs: confidenceMs / TRIALS };
}

const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

/** Bins of stated probability, with what share turned out right. */
function reliability(items, edges) {
  return edges.slice(0, -1).map((lo, b) => {
    const hi = edges[b + 1];
    const inBin = items.filter((x) => x.p >= lo && (b === edges.length - 2 ? x.p <= hi : x.p < hi));
    return {
      lo,
      hi,
      n: inBin.length,
      stated: inBin.length ? mean(inBin.map((x) => x.p)) : null,
      right: inBin.length ? mean(inBin.map((x) => (x.right ? 1 : 0))) : null,
    };
  });
}

console.log(`bench:fairness: ${TRIALS} trials per round shape, ${RESAMPLES} resamples per trial; ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
console.log(
  `model: quality sd ${MODEL.qualitySd} levels; judges: offset ±${MODEL.offsetMax} levels, range ${MODEL.scaleMin}–${MODEL.scaleMax}×, noise ${MODEL.noise.join('–')} levels per criterion`,
);
let pass = true;
for (const config of CONFIGS.filter((_, i) => process.env.FAIRNESS_ONLY === undefined || String(i) === process.env.FAIRNESS_ONLY)) {
  const r = runConfig(config);
  console.log(`\n## ${config.name} (cut-offs after ${config.cutoffs.join(' and ')}); the default chose: ${r.defaults.join(', ')}`);
  console.log('| method | Kendall tau (mean ± sd) | tau / oracle | top-3 recall |');
  console.log('|---|---|---|---|');
  for (const m of METHODS)
    console.log(
      `| ${m} | ${mean(r.tau[m]).toFixed(4)} ± ${sd(r.tau[m]).toFixed(4)} | ${(mean(r.tau[m]) / mean(r.tau.oracle)).toFixed(4)} | ${mean(r.recall[m]).toFixed(3)} |`,
    );
  const def = r.defaults.length === 1 ? r.defaults[0] : 'calibrated';
  const gap = mean(r.tau.oracle) - mean(r.tau[def]);
  const above = mean(r.tau[def]) > mean(r.tau.mean) && mean(r.tau[def]) > mean(r.tau.zscore);
  console.log(`\ndefault (${def}) vs oracle: ${gap.toFixed(4)} tau below (target ≤ ${TARGETS.tauToOracle}): ${gap <= TARGETS.tauToOracle ? 'PASS' : 'FAIL'}`);
  console.log(`default above the mean and the z-score: ${above ? 'PASS' : 'FAIL'}`);
  pass &&= gap <= TARGETS.tauToOracle && above;
  for (const [what, items] of [
    ['neighbour pairs around the cut-offs: "higher is rightly higher"', r.pairs],
    ['entries around the cut-offs: "belongs above"', r.aboves],
    ...config.cutoffs.map((c) => [`entries around the line after place ${c} (detail): "belongs above"`, r.aboves.filter((a) => a.cut === c)]),
  ]) {
    console.log(`\nconfidence, ${what} (${items.length} figures):`);
    console.log('| stated | figures | mean stated | share right | difference (points) |');
    console.log('|---|---|---|---|---|');
    const edges = what.startsWith('neighbour') ? [0.5, 0.6, 0.7, 0.8, 0.9, 1] : [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1];
    const detail = what.includes('(detail)');
    for (const bin of reliability(items, edges)) {
      if (!bin.n) continue;
      const diff = 100 * (bin.right - bin.stated);
      const judged = bin.n >= 100 && !detail;
      const ok = Math.abs(diff) <= TARGETS.calibrationPoints;
      if (judged && !ok) pass = false;
      console.log(
        `| ${(100 * bin.lo).toFixed(0)}–${(100 * bin.hi).toFixed(0)}% | ${bin.n} | ${(100 * bin.stated).toFixed(1)}% | ${(100 * bin.right).toFixed(1)}% | ${diff >= 0 ? '+' : ''}${diff.toFixed(1)}${judged ? (ok ? '' : ' FAIL') : detail ? '' : ' (too few to judge)'} |`,
      );
    }
  }
  console.log(`\nrankingConfidence: ${r.confidenceMs.toFixed(0)} ms per round (${RESAMPLES} resamples)`);
}
console.log(`\n${pass ? 'all targets met' : 'SOME TARGETS MISSED'}`);
process.exitCode = pass ? 0 : 1;
