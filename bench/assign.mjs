#!/usr/bin/env node
// bench:assign: assignJudges (libs/domain/src/assignment.ts) on a generated regional final: 10,000 entries from 12
// countries and about 2,000 schools, 300 judges, k = 3, judges from the entry's country excluded, about 5% of the
// pairs blocked by declared conflicts (entries, schools and countries; seeded, so every run sees the same round).
// Alongside: a naive greedy round-robin (first k allowed judges from a rotating start, no balance guarantee) as the
// baseline. The two alternate, 5 runs each; medians reported. Not part of the test suite. Results go in
// docs/benchmarks.md by hand.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { assignJudges, blockReason } from '../libs/domain/dist/assignment.js';
import { seededRandom } from '../libs/domain/dist/random.js';

const ENTRIES = 10_000;
const JUDGES = 300;
const SCHOOLS = 2_000;
const K = 3;
const RUNS = 5;
const TARGET_MS = 2_000;
const TARGET_SPREAD = 1;
const COUNTRIES = { BN: 'ms', KH: 'km', ID: 'id', JP: 'ja', LA: 'lo', MY: 'ms', MM: 'my', PH: 'fil', SG: 'en', TH: 'th', TL: 'pt', VN: 'vi' };
const CODES = Object.keys(COUNTRIES);

function generateRound(seed) {
  const random = seededRandom(seed);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const sample = (xs, n) => Array.from({ length: n }, () => pick(xs));
  const schools = Array.from({ length: SCHOOLS }, (_, i) => ({ id: `s${i}`, countryCode: pick(CODES) }));
  const schoolsOf = Object.fromEntries(CODES.map((c) => [c, schools.filter((s) => s.countryCode === c)]));
  const entries = Array.from({ length: ENTRIES }, (_, i) => {
    const school = pick(schools);
    const schoolIds = random() < 0.1 ? [...new Set([school.id, pick(schoolsOf[school.countryCode]).id])] : [school.id];
    const language = random() < 0.8 ? COUNTRIES[school.countryCode] : 'en';
    return { id: `e${i}`, code: `E-${String(i).padStart(5, '0')}`, countryCode: school.countryCode, schoolIds, language };
  });
  const languages = [...new Set(Object.values(COUNTRIES))];
  const judges = Array.from({ length: JUDGES }, (_, i) => {
    const countryCode = random() < 0.85 ? pick(CODES) : null;
    const schoolId = countryCode && random() < 0.25 ? pick(schoolsOf[countryCode]).id : null;
    const own = countryCode ? [COUNTRIES[countryCode]] : [];
    const spoken = [...new Set([...own, 'en', ...sample(languages, 2)])].slice(0, 1 + Math.floor(random() * 3));
    return {
      id: `j${i}`,
      countryCode,
      schoolId,
      languages: spoken,
      conflicts: {
        entryIds: sample(entries, 100).map((e) => e.id),
        schoolIds: sample(schools, 20).map((s) => s.id),
        countryCodes: random() < 0.3 ? [pick(CODES)] : [],
      },
    };
  });
  return { entries, judges, judgesPerEntry: K, excludeOwnCountry: true, seed: 1 };
}

/** The baseline: each entry takes the first k allowed judges from a start that moves on by k every entry. */
function naiveGreedy({ entries, judges, judgesPerEntry, excludeOwnCountry }) {
  const assignments = [];
  const loads = Object.fromEntries(judges.map((j) => [j.id, 0]));
  let start = 0;
  for (const entry of entries) {
    let taken = 0;
    for (let step = 0; step < judges.length && taken < judgesPerEntry; step++) {
      const judge = judges[(start + step) % judges.length];
      if (blockReason(judge, entry, excludeOwnCountry) !== null) continue;
      assignments.push({ judgeId: judge.id, entryId: entry.id, languageMatch: judge.languages.includes(entry.language) });
      loads[judge.id]++;
      taken++;
    }
    start = (start + judgesPerEntry) % judges.length;
  }
  return { assignments, loads };
}

/**
 * The most language matches any assignment can hold with no judge above `cap` entries: augmenting paths (entry ->
 * judge who understands its language -> another entry of that judge -> ...) over the language-matching pairs only.
 */
function languageMatchBound(matching, cap) {
  const onEntry = matching.map(() => new Set());
  const ofJudge = Array.from({ length: JUDGES }, () => new Set());
  let matched = 0;
  // first fit, then augmenting paths for the rest
  matching.forEach((judges, e) => {
    for (const j of judges)
      if (onEntry[e].size < K && ofJudge[j].size < cap) {
        onEntry[e].add(j);
        ofJudge[j].add(e);
        matched++;
      }
  });
  for (;;) {
    const cameFromEntry = new Int32Array(JUDGES).fill(-2);
    const cameFromJudge = new Int32Array(matching.length).fill(-2);
    const queue = [];
    for (let e = 0; e < matching.length; e++)
      if (onEntry[e].size < Math.min(K, matching[e].length)) {
        cameFromJudge[e] = -1;
        queue.push(e);
      }
    let end = -1;
    for (let head = 0; head < queue.length && end < 0; head++) {
      const e = queue[head];
      for (const j of matching[e]) {
        if (cameFromEntry[j] !== -2 || onEntry[e].has(j)) continue;
        cameFromEntry[j] = e;
        if (ofJudge[j].size < cap) {
          end = j;
          break;
        }
        for (const other of ofJudge[j])
          if (cameFromJudge[other] === -2) {
            cameFromJudge[other] = j;
            queue.push(other);
          }
      }
    }
    if (end < 0) return matched;
    for (let j = end; ;) {
      const e = cameFromEntry[j];
      onEntry[e].add(j);
      ofJudge[j].add(e);
      const previous = cameFromJudge[e];
      if (previous === -1) break;
      onEntry[e].delete(previous);
      ofJudge[previous].delete(e);
      j = previous;
    }
    matched++;
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (loads) => Math.max(...Object.values(loads)) - Math.min(...Object.values(loads));
const pct = (x) => `${(100 * x).toFixed(1)}%`;

const round = generateRound(20261126);
let declared = 0;
let blocked = 0;
let needed = 0;
const matching = round.entries.map((entry) => {
  const allowed = round.judges
    .map((judge, j) => ({ j, reason: blockReason(judge, entry, true), judge }))
    .filter(({ reason }) => {
      if (reason?.startsWith('declared')) declared++;
      if (reason !== null) blocked++;
      return reason === null;
    });
  needed += Math.min(K, allowed.length);
  return allowed.filter(({ judge }) => judge.languages.includes(entry.language)).map(({ j }) => j);
});
const pairs = ENTRIES * JUDGES;
const evenShare = Math.ceil(needed / JUDGES);
console.log(`round: ${ENTRIES} entries, ${JUDGES} judges, k = ${K}, own country excluded`);
console.log(`blocked pairs: ${pct(declared / pairs)} by declared conflicts, ${pct(blocked / pairs)} by all the rules`);
const bound = languageMatchBound(matching, evenShare);
console.log(`language matches possible with no judge above ${evenShare} entries: at most ${pct(bound / needed)}`);

const times = { assign: [], naive: [] };
let result;
let naive;
for (let i = 0; i < RUNS; i++) {
  // alternate which goes first, so neither always runs on a warmer machine
  for (const which of i % 2 === 0 ? ['assign', 'naive'] : ['naive', 'assign']) {
    const t = performance.now();
    if (which === 'assign') result = assignJudges(round);
    else naive = naiveGreedy(round);
    times[which].push(performance.now() - t);
  }
  console.log(`run ${i + 1}: assignJudges ${times.assign[i].toFixed(0)} ms, naive greedy ${times.naive[i].toFixed(0)} ms`);
}

const t = median(times.assign);
const tn = median(times.naive);
const loadSpread = spread(result.loads);
const matchShare = ({ assignments }) => pct(assignments.filter((a) => a.languageMatch).length / assignments.length);
const total = result.assignments.length;
const cpu = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/) ?? [])[1] ?? 'unknown';
const loadRange = (loads) => `${Math.min(...Object.values(loads))}–${Math.max(...Object.values(loads))}`;
const pass = t < TARGET_MS && loadSpread <= TARGET_SPREAD;

console.log(`
machine: ${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}

| median of ${RUNS} | assignJudges | naive greedy |
| --- | --- | --- |
| time | ${t.toFixed(0)} ms | ${tn.toFixed(0)} ms |
| assignments / needed | ${total} / ${needed} | ${naive.assignments.length} / ${needed} |
| loads (min–max) | ${loadRange(result.loads)} | ${loadRange(naive.loads)} |
| load spread | ${loadSpread} | ${spread(naive.loads)} |
| uncovered entries | ${result.uncovered.length} | ${round.entries.filter((e) => naive.assignments.filter((a) => a.entryId === e.id).length < K).length} |
| language matches | ${matchShare(result)} (at most ${pct(bound / needed)} with loads <= ${evenShare}) | ${matchShare(naive)} |

time ratio vs naive greedy: ${(t / tn).toFixed(2)}
Target: under 2 s and a spread of 1 — ${pass ? 'PASS' : 'FAIL'}`);
