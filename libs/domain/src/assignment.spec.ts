import fc from 'fast-check';
import { assignJudges, blockReason, type AssignEntry, type AssignInput, type AssignJudge, type AssignResult } from './assignment.js';

const entry = (id: string, over: Partial<AssignEntry> = {}): AssignEntry => ({
  id,
  code: id.toUpperCase(),
  countryCode: 'TH',
  schoolIds: [`school-${id}`],
  language: 'th',
  ...over,
});
const judge = (id: string, over: Partial<AssignJudge> = {}): AssignJudge => ({
  id,
  countryCode: 'JP',
  schoolId: null,
  languages: ['en'],
  conflicts: { entryIds: [], schoolIds: [], countryCodes: [] },
  ...over,
});
const declared = (over: Partial<AssignJudge['conflicts']>): AssignJudge['conflicts'] => ({ entryIds: [], schoolIds: [], countryCodes: [], ...over });
const ids = (n: number, prefix: string): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

const pairs = (result: AssignResult): string[] => result.assignments.map((a) => `${a.entryId}:${a.judgeId}`).sort();
const judgesOf = (result: AssignResult, entryId: string): string[] =>
  result.assignments
    .filter((a) => a.entryId === entryId)
    .map((a) => a.judgeId)
    .sort();
const spread = (result: AssignResult): number => Math.max(...Object.values(result.loads)) - Math.min(...Object.values(result.loads));

describe('blockReason', () => {
  const thai = entry('e1', { countryCode: 'TH', schoolIds: ['s1', 's2'] });

  it('allows a judge with nothing in common with the entry', () => {
    expect(blockReason(judge('j'), thai, true)).toBeNull();
  });

  it('blocks each declared conflict: the entry, one of its schools, its country', () => {
    expect(blockReason(judge('j', { conflicts: declared({ entryIds: ['e1'] }) }), thai, false)).toBe('declared_conflict_entry');
    expect(blockReason(judge('j', { conflicts: declared({ schoolIds: ['s2'] }) }), thai, false)).toBe('declared_conflict_school');
    expect(blockReason(judge('j', { conflicts: declared({ countryCodes: ['th'] }) }), thai, false)).toBe('declared_conflict_country');
    expect(blockReason(judge('j', { conflicts: declared({ entryIds: ['e2'], schoolIds: ['s3'], countryCodes: ['VN'] }) }), thai, true)).toBeNull();
  });

  it("blocks a judge from one of the entry's schools, in every round", () => {
    expect(blockReason(judge('j', { schoolId: 's2' }), thai, false)).toBe('own_school');
    expect(blockReason(judge('j', { schoolId: 's3' }), thai, false)).toBeNull();
  });

  it("blocks a judge from the entry's country only when the round excludes the own country", () => {
    const thaiJudge = judge('j', { countryCode: 'TH' });
    expect(blockReason(thaiJudge, thai, true)).toBe('own_country');
    expect(blockReason(thaiJudge, thai, false)).toBeNull();
    expect(blockReason(judge('j', { countryCode: null }), thai, true)).toBeNull();
  });

  it('names the declared conflict first when several rules apply', () => {
    const both = judge('j', { countryCode: 'TH', schoolId: 's1', conflicts: declared({ schoolIds: ['s1'] }) });
    expect(blockReason(both, thai, true)).toBe('declared_conflict_school');
  });
});

describe('assignJudges', () => {
  it('gives every entry k judges and every judge the same load when nothing stands in the way', () => {
    const result = assignJudges({
      entries: ids(10, 'e').map((id) => entry(id)),
      judges: ids(5, 'j').map((id) => judge(id)),
      judgesPerEntry: 3,
      excludeOwnCountry: true,
    });
    expect(result.assignments).toHaveLength(30);
    expect(result.uncovered).toEqual([]);
    expect(result.loads).toEqual({ j0: 6, j1: 6, j2: 6, j3: 6, j4: 6 });
    for (const id of ids(10, 'e')) expect(new Set(judgesOf(result, id)).size).toBe(3);
  });

  it('never gives a judge an entry they are blocked from, whatever the rule', () => {
    const judges = [
      judge('declares-entry', { conflicts: declared({ entryIds: ['e0'] }) }),
      judge('declares-school', { conflicts: declared({ schoolIds: ['school-e0'] }) }),
      judge('declares-country', { conflicts: declared({ countryCodes: ['VN'] }) }),
      judge('same-school', { schoolId: 'school-e1' }),
      judge('thai', { countryCode: 'TH' }),
      judge('free'),
    ];
    const entries = [entry('e0'), entry('e1'), entry('e2', { countryCode: 'VN' })];
    const result = assignJudges({ entries, judges, judgesPerEntry: 4, excludeOwnCountry: true });
    expect(judgesOf(result, 'e0')).toEqual(['declares-country', 'free', 'same-school']);
    expect(judgesOf(result, 'e1')).toEqual(['declares-country', 'declares-entry', 'declares-school', 'free']);
    // five may judge the Vietnamese entry, all but the one who declared Viet Nam; it takes four of them
    expect(judgesOf(result, 'e2')).toHaveLength(4);
    expect(judgesOf(result, 'e2')).not.toContain('declares-country');
  });

  it('lets judges of the same country judge when the round does not exclude it', () => {
    const result = assignJudges({ entries: [entry('e0')], judges: [judge('thai', { countryCode: 'TH' })], judgesPerEntry: 1, excludeOwnCountry: false });
    expect(pairs(result)).toEqual(['e0:thai']);
  });

  it('lists the entries that cannot get k judges, with the counts of why', () => {
    const judges = [
      judge('j1', { conflicts: declared({ entryIds: ['e0'] }) }),
      judge('j2', { conflicts: declared({ schoolIds: ['school-e0'] }) }),
      judge('j3', { conflicts: declared({ countryCodes: ['TH'] }) }),
      judge('j4', { schoolId: 'school-e0' }),
      judge('j5', { schoolId: 'school-e0' }),
      judge('j6'),
      judge('j7'),
    ];
    const result = assignJudges({ entries: [entry('e0'), entry('e1', { countryCode: 'VN' })], judges, judgesPerEntry: 3, excludeOwnCountry: true });
    expect(result.uncovered).toEqual([
      {
        entryId: 'e0',
        assigned: 2,
        needed: 3,
        eligibleJudges: 2,
        reason: 'blocked',
        judges: 7,
        blocked: { declared: 3, sameSchool: 2, sameCountry: 0 },
      },
    ]);
    expect(judgesOf(result, 'e0')).toEqual(['j6', 'j7']);
    expect(judgesOf(result, 'e1')).toHaveLength(3);
  });

  it('says why for one judge blocked, for too few judges in the round, and for none', () => {
    const thai = judge('thai', { countryCode: 'TH' });
    const none = assignJudges({ entries: [entry('e0')], judges: [thai], judgesPerEntry: 1, excludeOwnCountry: true });
    expect(none.uncovered[0]).toMatchObject({ reason: 'blocked', assigned: 0, judges: 1, blocked: { declared: 0, sameSchool: 0, sameCountry: 1 } });
    const few = assignJudges({ entries: [entry('e0')], judges: [judge('j1'), judge('j2')], judgesPerEntry: 3, excludeOwnCountry: true });
    expect(few.uncovered[0]).toMatchObject({ reason: 'too_few_judges', assigned: 2, needed: 3, judges: 2 });
    const empty = assignJudges({ entries: [entry('e0')], judges: [], judgesPerEntry: 2, excludeOwnCountry: true });
    expect(empty).toEqual({
      assignments: [],
      uncovered: [
        { entryId: 'e0', assigned: 0, needed: 2, eligibleJudges: 0, reason: 'no_judges', judges: 0, blocked: { declared: 0, sameSchool: 0, sameCountry: 0 } },
      ],
      loads: {},
    });
  });

  it('lists every judge in the loads, those who could take nothing with 0', () => {
    const result = assignJudges({
      entries: [entry('e0')],
      judges: [judge('j1'), judge('thai', { countryCode: 'TH' })],
      judgesPerEntry: 1,
      excludeOwnCountry: true,
    });
    expect(result.loads).toEqual({ j1: 1, thai: 0 });
  });

  it('keeps the kept pairs, even one a conflict declared since would block, and counts them toward k and the load', () => {
    const judges = [judge('j1', { conflicts: declared({ entryIds: ['e0'] }) }), judge('j2'), judge('j3'), judge('j4')];
    const keep = [
      { judgeId: 'j1', entryId: 'e0' },
      { judgeId: 'j1', entryId: 'e1' },
      { judgeId: 'j1', entryId: 'e1' },
    ];
    const result = assignJudges({ entries: ids(4, 'e').map((id) => entry(id)), judges, judgesPerEntry: 2, excludeOwnCountry: true, keep });
    expect(pairs(result)).toEqual(expect.arrayContaining(['e0:j1', 'e1:j1']));
    for (const id of ids(4, 'e')) expect(judgesOf(result, id)).toHaveLength(2);
    expect(result.loads).toEqual({ j1: 2, j2: 2, j3: 2, j4: 2 });
    expect(result.assignments.find((a) => a.entryId === 'e0' && a.judgeId === 'j1')).toEqual({ judgeId: 'j1', entryId: 'e0', languageMatch: false });
  });

  it('balances around a judge whose kept pairs already make a heavy load', () => {
    const keep = ids(6, 'e').map((entryId) => ({ judgeId: 'j0', entryId }));
    const result = assignJudges({
      entries: ids(12, 'e').map((id) => entry(id)),
      judges: ids(4, 'j').map((id) => judge(id)),
      judgesPerEntry: 2,
      excludeOwnCountry: true,
      keep,
    });
    // 24 places, 6 of them kept by j0: the other 18 go to j1..j3, 6 each, and j0 gets nothing more
    expect(result.loads).toEqual({ j0: 6, j1: 6, j2: 6, j3: 6 });
    expect(result.uncovered).toEqual([]);
  });

  it('refuses kept pairs for judges or entries not in the round, duplicate ids and a bad k', () => {
    const base: AssignInput = { entries: [entry('e0')], judges: [judge('j1')], judgesPerEntry: 1, excludeOwnCountry: true };
    expect(() => assignJudges({ ...base, keep: [{ judgeId: 'gone', entryId: 'e0' }] })).toThrow('judge gone');
    expect(() => assignJudges({ ...base, keep: [{ judgeId: 'j1', entryId: 'gone' }] })).toThrow('entry gone');
    expect(() => assignJudges({ ...base, judges: [judge('j1'), judge('j1')] })).toThrow('Two judges have the id j1.');
    expect(() => assignJudges({ ...base, judgesPerEntry: 1.5 })).toThrow(RangeError);
    expect(() => assignJudges({ ...base, judgesPerEntry: -1 })).toThrow(RangeError);
  });

  it('gives the same output for the same input and seed', () => {
    const input: AssignInput = {
      entries: ids(30, 'e').map((id) => entry(id)),
      judges: ids(7, 'j').map((id) => judge(id)),
      judgesPerEntry: 3,
      excludeOwnCountry: true,
      seed: 42,
    };
    expect(assignJudges(input)).toEqual(assignJudges(structuredClone(input)));
    expect(pairs(assignJudges({ ...input, seed: 43 }))).not.toEqual(pairs(assignJudges(input)));
  });

  it('prefers judges who understand the language when it costs nothing', () => {
    const judges = [
      judge('th1', { languages: ['th'] }),
      judge('th2', { languages: ['th-TH'] }),
      judge('vi1', { languages: ['vi'] }),
      judge('vi2', { languages: ['vi', 'en'] }),
    ];
    const entries = [entry('t1'), entry('t2'), entry('v1', { language: 'vi' }), entry('v2', { language: 'vi' })];
    for (const seed of [0, 1, 2, 3, 4]) {
      const result = assignJudges({ entries, judges, judgesPerEntry: 2, excludeOwnCountry: true, seed });
      expect(judgesOf(result, 't1')).toEqual(['th1', 'th2']);
      expect(judgesOf(result, 'v2')).toEqual(['vi1', 'vi2']);
      expect(result.assignments.every((a) => a.languageMatch)).toBe(true);
    }
  });

  it('does not buy language matches with balance', () => {
    const judges = [judge('th1', { languages: ['th'] }), judge('th2', { languages: ['th'] }), judge('vi', { languages: ['vi'] })];
    const result = assignJudges({ entries: ids(6, 'e').map((id) => entry(id)), judges, judgesPerEntry: 1, excludeOwnCountry: true });
    expect(result.loads).toEqual({ th1: 2, th2: 2, vi: 2 });
    expect(result.assignments.filter((a) => a.languageMatch)).toHaveLength(4);
  });

  it('mixes the panels: the same judges do not keep sitting together', () => {
    const judges = ids(12, 'j').map((id) => judge(id));
    const entries = ids(120, 'e').map((id) => entry(id));
    for (const seed of [0, 1, 2]) {
      const result = assignJudges({ entries, judges, judgesPerEntry: 3, excludeOwnCountry: true, seed });
      const panels = entries.map((e) => judgesOf(result, e.id).join(' '));
      const count = (keys: string[]): number[] => [...keys.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>()).values()];
      const together = count(
        panels.flatMap((panel) => {
          const [a, b, c] = panel.split(' ');
          return [`${a} ${b}`, `${a} ${c}`, `${b} ${c}`];
        }),
      );
      // fixed panels would give 4 distinct panels, each 30 times, and 12 of the 66 pairs of judges, each 30 times;
      // random panels give about 90 distinct ones, none more than 5 times, and every pair 5.5 times on average
      expect(count(panels).length).toBeGreaterThanOrEqual(80);
      expect(Math.max(...count(panels))).toBeLessThanOrEqual(6);
      expect(together.length).toBeGreaterThanOrEqual(64);
      expect(Math.max(...together)).toBeLessThanOrEqual(14);
    }
  });
});

/*
 * The reference: everything below is written again from the rules, without the module's code, and solved by plain
 * augmenting paths, slow but obviously right, on rounds small enough for that.
 */
const refAllowed = (j: AssignJudge, e: AssignEntry, excludeOwnCountry: boolean): boolean =>
  !j.conflicts.entryIds.includes(e.id) &&
  !j.conflicts.schoolIds.some((s) => e.schoolIds.includes(s)) &&
  !j.conflicts.countryCodes.some((c) => c.toUpperCase() === e.countryCode.toUpperCase()) &&
  !(j.schoolId !== null && e.schoolIds.includes(j.schoolId)) &&
  !(excludeOwnCountry && j.countryCode !== null && j.countryCode.toUpperCase() === e.countryCode.toUpperCase());

const keptSet = (input: AssignInput): Set<string> => new Set((input.keep ?? []).map((p) => `${p.entryId}:${p.judgeId}`));

/**
 * The most pairs any valid assignment holds when every judge's load (kept pairs included) lies within [low, high],
 * or -1 when the lower bounds cannot all be met. A flow source -> entry (room k minus kept) -> judge (allowed, once)
 * -> sink, filled by augmenting paths: first up to the lower bounds, then up to the upper ones. Augmenting never
 * takes a pair away from the judge at the end of the path, so the lower bounds, once met, stay met.
 */
function referenceMax(input: AssignInput, low = 0, high = Infinity): number {
  const { entries, judges, judgesPerEntry: k, excludeOwnCountry } = input;
  const kept = keptSet(input);
  const keptLoad = judges.map((j) => entries.filter((e) => kept.has(`${e.id}:${j.id}`)).length);
  const room = entries.map((e) => Math.max(0, k - judges.filter((j) => kept.has(`${e.id}:${j.id}`)).length));
  const can = entries.map((e) => judges.map((j) => refAllowed(j, e, excludeOwnCountry) && !kept.has(`${e.id}:${j.id}`)));
  if (keptLoad.some((l) => l > high)) return -1;
  const on = entries.map(() => new Set<number>());
  const load = judges.map(() => 0);
  let cap: number[] = [];

  const augment = (e: number, seenE: Set<number>, seenJ: Set<number>): boolean => {
    seenE.add(e);
    for (let j = 0; j < judges.length; j++) {
      if (!can[e][j] || on[e].has(j) || seenJ.has(j)) continue;
      seenJ.add(j);
      if (load[j] < cap[j]) {
        on[e].add(j);
        load[j]++;
        return true;
      }
      for (let other = 0; other < entries.length; other++) {
        if (other === e || seenE.has(other) || !on[other].has(j)) continue;
        if (augment(other, seenE, seenJ)) {
          on[other].delete(j);
          on[e].add(j);
          return true;
        }
      }
    }
    return false;
  };
  const fill = (): void => {
    for (let progress = true; progress;) {
      progress = false;
      for (let e = 0; e < entries.length; e++) if (on[e].size < room[e] && augment(e, new Set(), new Set())) progress = true;
    }
  };

  cap = keptLoad.map((l) => Math.max(0, low - l));
  fill();
  if (load.some((l, j) => l + keptLoad[j] < low)) return -1;
  cap = keptLoad.map((l) => high - l);
  fill();
  return kept.size + load.reduce((a, b) => a + b, 0);
}

/** The smallest (or largest) value in [from, to] for which `ok` holds, `ok` being monotone. */
function search(from: number, to: number, ok: (x: number) => boolean, smallest: boolean): number {
  let [lo, hi] = [from, to];
  while (lo < hi) {
    const mid = smallest ? Math.floor((lo + hi) / 2) : Math.ceil((lo + hi) / 2);
    if (ok(mid) === smallest) hi = smallest ? mid : mid - 1;
    else lo = smallest ? mid + 1 : mid;
  }
  return lo;
}

/**
 * A chain of swaps that would move one entry from judge b to judge a with load(b) >= load(a) + 2, if any: a takes an
 * entry it is allowed and not on, whose judge (not kept) takes the next one, and so on up to b. None means the loads
 * are decreasingly minimal.
 */
function unevenExchange(input: AssignInput, result: AssignResult): string | null {
  const kept = keptSet(input);
  const on = new Map(input.entries.map((e) => [e.id, judgesOf(result, e.id)]));
  for (const a of input.judges) {
    const seen = new Set([a.id]);
    const queue = [a];
    for (let head = 0; head < queue.length; head++) {
      const x = queue[head];
      for (const e of input.entries) {
        if (!refAllowed(x, e, input.excludeOwnCountry) || on.get(e.id)!.includes(x.id)) continue;
        for (const b of input.judges.filter((j) => on.get(e.id)!.includes(j.id) && !kept.has(`${e.id}:${j.id}`) && !seen.has(j.id))) {
          if (result.loads[b.id] >= result.loads[a.id] + 2) return `${b.id} (${result.loads[b.id]}) could hand one to ${a.id} (${result.loads[a.id]})`;
          seen.add(b.id);
          queue.push(b);
        }
      }
    }
  }
  return null;
}

/** A round of up to 40 entries and 12 judges over 3 countries and 6 schools, with random conflicts and kept pairs. */
const COUNTRIES = ['TH', 'VN', 'JP'];
const SCHOOLS = ['s0', 's1', 's2', 's3', 's4', 's5'];
const LANGUAGES = ['th', 'vi', 'ja'];
const roundArb = fc.record({ entries: fc.integer({ min: 1, max: 40 }), judges: fc.integer({ min: 1, max: 12 }) }).chain(({ entries: E, judges: J }) => {
  const entryId = fc.integer({ min: 0, max: E - 1 }).map((i) => `e${i}`);
  const entryArb = fc.record({
    countryCode: fc.constantFrom(...COUNTRIES),
    schoolIds: fc.uniqueArray(fc.constantFrom(...SCHOOLS), { minLength: 1, maxLength: 2 }),
    language: fc.constantFrom(...LANGUAGES),
  });
  const judgeArb = fc.record({
    countryCode: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
    schoolId: fc.option(fc.constantFrom(...SCHOOLS), { nil: null }),
    languages: fc.uniqueArray(fc.constantFrom(...LANGUAGES), { maxLength: 2 }),
    conflicts: fc.record({
      entryIds: fc.uniqueArray(entryId, { maxLength: Math.ceil(E / 4) }),
      schoolIds: fc.uniqueArray(fc.constantFrom(...SCHOOLS), { maxLength: 2 }),
      countryCodes: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 1 }),
    }),
  });
  return fc.record({
    entries: fc.array(entryArb, { minLength: E, maxLength: E }).map((es) => es.map((e, i): AssignEntry => ({ id: `e${i}`, code: `E${i}`, ...e }))),
    judges: fc.array(judgeArb, { minLength: J, maxLength: J }).map((js) => js.map((j, i): AssignJudge => ({ id: `j${i}`, ...j }))),
    judgesPerEntry: fc.integer({ min: 1, max: 4 }),
    excludeOwnCountry: fc.boolean(),
    keep: fc.array(fc.record({ judgeId: fc.integer({ min: 0, max: J - 1 }).map((i) => `j${i}`), entryId }), { maxLength: 6 }),
    seed: fc.integer(),
  });
});

/** The same list in an order drawn from `seed`. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('assignJudges against the reference', () => {
  it('follows every rule, covers what can be covered, and lists exactly the rest as uncovered', () => {
    fc.assert(
      fc.property(roundArb, (input) => {
        const result = assignJudges(input);
        const kept = keptSet(input);
        const k = input.judgesPerEntry;
        const x = input.excludeOwnCountry;
        const judgeOf = new Map(input.judges.map((j) => [j.id, j]));
        const entryOf = new Map(input.entries.map((e) => [e.id, e]));
        const got = pairs(result);
        expect(new Set(got).size).toBe(got.length);
        expect([...kept].filter((p) => !got.includes(p))).toEqual([]);
        const wrong = result.assignments.filter((a) => {
          const [j, e] = [judgeOf.get(a.judgeId)!, entryOf.get(a.entryId)!];
          const ruleBroken = !kept.has(`${a.entryId}:${a.judgeId}`) && (!refAllowed(j, e, x) || blockReason(j, e, x) !== null);
          return ruleBroken || a.languageMatch !== j.languages.includes(e.language);
        });
        expect(wrong).toEqual([]);
        const keptOn = (e: AssignEntry): number => input.judges.filter((j) => kept.has(`${e.id}:${j.id}`)).length;
        const possible = (e: AssignEntry): number => input.judges.filter((j) => kept.has(`${e.id}:${j.id}`) || refAllowed(j, e, x)).length;
        expect(input.entries.map((e) => judgesOf(result, e.id).length)).toEqual(input.entries.map((e) => Math.max(keptOn(e), Math.min(k, possible(e)))));
        expect(result.uncovered.map((u) => u.entryId)).toEqual(input.entries.filter((e) => possible(e) < k).map((e) => e.id));
        expect(result.uncovered.map((u) => [u.assigned, u.needed])).toEqual(result.uncovered.map((u) => [u.eligibleJudges, k]));
        expect(result.assignments).toHaveLength(referenceMax(input));
        expect(result.loads).toEqual(Object.fromEntries(input.judges.map((j) => [j.id, result.assignments.filter((a) => a.judgeId === j.id).length])));
      }),
      { numRuns: 300 },
    );
  });

  it('makes the loads as even as any assignment of that coverage can: lowest maximum, highest minimum, no uneven exchange', () => {
    fc.assert(
      fc.property(roundArb, (input) => {
        const result = assignJudges(input);
        const total = result.assignments.length;
        const loads = Object.values(result.loads);
        const [max, min] = [Math.max(...loads), Math.min(...loads)];
        expect(search(0, total, (cap) => referenceMax(input, 0, cap) === total, true)).toBe(max);
        expect(search(0, total, (floor) => referenceMax(input, floor) === total, false)).toBe(min);
        const J = input.judges.length;
        if (referenceMax(input, Math.floor(total / J), Math.ceil(total / J)) === total) expect(max - min).toBeLessThanOrEqual(1);
        expect(unevenExchange(input, result)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of judges, entries and kept pairs', () => {
    fc.assert(
      fc.property(roundArb, fc.integer(), (input, order) => {
        const reordered = {
          ...input,
          entries: shuffled(input.entries, order),
          judges: shuffled(input.judges, order + 1),
          keep: shuffled(input.keep ?? [], order + 2),
        };
        const [a, b] = [assignJudges(input), assignJudges(reordered)];
        expect(pairs(b)).toEqual(pairs(a));
        expect(b.loads).toEqual(a.loads);
        expect(b.uncovered.map((u) => u.entryId).sort()).toEqual(a.uncovered.map((u) => u.entryId).sort());
        expect(b.assignments.map((x) => x.entryId)).toEqual(reordered.entries.flatMap((e) => judgesOf(a, e.id).map(() => e.id)));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the spread to 1 on larger rounds shaped like the bench, wherever the reference can', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 60 }), fc.integer({ min: 4, max: 10 }), fc.integer({ min: 1, max: 4 }), fc.integer(), (E, J, k, seed) => {
        const entries = ids(E, 'e').map((id, i) => entry(id, { countryCode: COUNTRIES[i % 3] }));
        const conflicts = (i: number) => declared({ entryIds: shuffled(ids(E, 'e'), seed + i).slice(0, Math.ceil(E / 20)) });
        const judges = ids(J, 'j').map((id, i) => judge(id, { countryCode: COUNTRIES[i % 3], conflicts: conflicts(i) }));
        const input: AssignInput = { entries, judges, judgesPerEntry: k, excludeOwnCountry: true, seed };
        const result = assignJudges(input);
        const total = result.assignments.length;
        expect(total).toBe(referenceMax(input));
        if (referenceMax(input, Math.floor(total / J), Math.ceil(total / J)) === total) expect(spread(result)).toBeLessThanOrEqual(1);
        expect(unevenExchange(input, result)).toBeNull();
      }),
      { numRuns: 60 },
    );
  });
});
