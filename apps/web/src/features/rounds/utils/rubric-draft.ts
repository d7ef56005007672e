import { checkRubric, MAX_CRITERIA, MAX_LEVELS, type RubricProblem } from '@clapper/domain/rubric';
import type { Schemas } from '../../../lib/api-client';

export type RubricInput = Schemas['RubricDto'];
type CriterionInput = Schemas['CriterionDto'];

export { MAX_CRITERIA, MAX_LEVELS };

/** English: every text must be written in it (the API refuses a rubric without), and judges fall back to it. */
export const ENGLISH = 'en';
/** A text by language code. English is always there (perhaps empty); other languages only once stored or typed. */
export type Texts = { en: string } & Record<string, string>;

export interface LevelDraft {
  score: number;
  descriptor: Texts;
}

/** A criterion as the form holds it: numbers as typed (strings), and a stable uid for React and focus. */
export interface CriterionDraft {
  uid: string;
  key: string;
  name: Texts;
  description: Texts;
  weight: string;
  scaleMin: string;
  scaleMax: string;
  levels: LevelDraft[];
  /** the key follows the English name (a new criterion, until its key is edited by hand) */
  autoKey?: boolean;
}

export interface RubricDraft {
  criteria: CriterionDraft[];
  overallComment: boolean;
}

let uidCounter = 0;
const nextUid = () => `criterion-${++uidCounter}`;

const textsOf = (text: Record<string, string> | undefined): Texts => ({ ...text, en: text?.en ?? '' });

/**
 * Leaves out the languages left empty; the API requires English and takes the others as given, whether or not the
 * competition still lists them (so a text stored in a language no longer listed is sent back as it was).
 */
function localizedFrom(texts: Texts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [lang, text] of Object.entries(texts)) if (text.trim()) out[lang] = text.trim();
  return out;
}

export function draftFromRubric(rubric: RubricInput): RubricDraft {
  return {
    overallComment: rubric.overallComment,
    criteria: rubric.criteria.map((c) => ({
      uid: nextUid(),
      key: c.key,
      name: textsOf(c.name),
      description: textsOf(c.description),
      weight: String(c.weight),
      scaleMin: String(c.scaleMin),
      scaleMax: String(c.scaleMax),
      levels: c.levels.map((l) => ({ score: l.score, descriptor: textsOf(l.descriptor) })),
    })),
  };
}

/** A number as typed, or NaN for an empty field (so that the rubric check names it). */
const numberOf = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

export function rubricFromDraft(draft: RubricDraft): RubricInput {
  return {
    overallComment: draft.overallComment,
    criteria: draft.criteria.map((c): CriterionInput => ({
      key: c.key.trim(),
      name: localizedFrom(c.name),
      description: localizedFrom(c.description),
      weight: numberOf(c.weight),
      scaleMin: numberOf(c.scaleMin),
      scaleMax: numberOf(c.scaleMax),
      levels: c.levels.map((l) => ({ score: l.score, descriptor: localizedFrom(l.descriptor) })),
    })),
  };
}

/**
 * Each criterion's share of the total, as judges see it (0.3 for 30%), or null while its weight is not a positive
 * number; the shares of the usable weights sum to 1.
 */
export function weightShares(draft: RubricDraft): (number | null)[] {
  const weights = draft.criteria.map((c) => numberOf(c.weight));
  const usable = (w: number) => Number.isFinite(w) && w > 0;
  const sum = weights.filter(usable).reduce((s, w) => s + w, 0);
  return weights.map((w) => (usable(w) && sum > 0 ? w / sum : null));
}

/** The scale's ends when they make a usable scale (whole numbers, 0 or more, at most MAX_LEVELS levels), else null. */
export function parseScale(scaleMin: string, scaleMax: string): { min: number; max: number } | null {
  const min = numberOf(scaleMin);
  const max = numberOf(scaleMax);
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max <= min || max - min + 1 > MAX_LEVELS) return null;
  return { min, max };
}

/**
 * The criterion with a new scale: the levels follow it, one per whole score from its start to its end. A score
 * still on the scale keeps its descriptors; a new one starts empty. While the scale is unusable the levels stay.
 */
export function withScale(c: CriterionDraft, scaleMin: string, scaleMax: string): CriterionDraft {
  const scale = parseScale(scaleMin, scaleMax);
  if (!scale) return { ...c, scaleMin, scaleMax };
  const levels: LevelDraft[] = [];
  for (let score = scale.min; score <= scale.max; score++) levels.push(c.levels.find((l) => l.score === score) ?? { score, descriptor: { en: '' } });
  return { ...c, scaleMin, scaleMax, levels };
}

/** The first key of the form criterion-N that no criterion uses yet. */
function freeKey(criteria: CriterionDraft[]): string {
  const used = new Set(criteria.map((c) => c.key));
  let n = criteria.length + 1;
  while (used.has(`criterion-${n}`)) n++;
  return `criterion-${n}`;
}

const KEY_MAX = 40;

/** A key made from a name: lower-case ASCII letters and digits joined by hyphens ("Use of sound!" → "use-of-sound"), or '' when none are left. */
export function slugKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, KEY_MAX)
    .replace(/-+$/, '');
}

/** The key from the name, made unique among the other criteria (-2, -3…); criterion-N when the name gives none. */
export function keyFromName(name: string, criteria: CriterionDraft[], uid: string): string {
  const others = criteria.filter((c) => c.uid !== uid);
  const base = slugKey(name);
  if (!base) return freeKey(others);
  const used = new Set(others.map((c) => c.key));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const key = `${base.slice(0, KEY_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(key)) return key;
  }
}

/** The descriptors a new criterion starts with, one per level of its 1–5 scale (texts by language; English required). */
export type LevelDefaults = Texts[];

/**
 * A new criterion at the end, on a 1–5 scale and a weight of 10, with working defaults: its key follows its English
 * name until edited, and its levels start with the generic descriptors given (empty without), to be edited.
 */
export function addCriterion(draft: RubricDraft, levels: LevelDefaults = []): RubricDraft {
  const blank: CriterionDraft = {
    uid: nextUid(),
    key: freeKey(draft.criteria),
    name: { en: '' },
    description: { en: '' },
    weight: '10',
    scaleMin: '1',
    scaleMax: '1',
    levels: [],
    autoKey: true,
  };
  const scaled = withScale(blank, '1', '5');
  const withDefaults = { ...scaled, levels: scaled.levels.map((l, i) => (levels[i] ? { ...l, descriptor: { ...levels[i] } } : l)) };
  return { ...draft, criteria: [...draft.criteria, withDefaults] };
}

/** The criterion's name in one language; while its key follows the English name, the key follows it. */
export function renameCriterion(draft: RubricDraft, index: number, lang: string, text: string): RubricDraft {
  const c = draft.criteria[index];
  const name = { ...c.name, [lang]: text };
  const key = lang === ENGLISH && c.autoKey ? keyFromName(text, draft.criteria, c.uid) : c.key;
  return updateCriterion(draft, index, { name, key });
}

/** A key typed by hand: from then on it no longer follows the name. */
export const rekeyCriterion = (draft: RubricDraft, index: number, key: string): RubricDraft => updateCriterion(draft, index, { key, autoKey: false });

export function removeCriterion(draft: RubricDraft, index: number): RubricDraft {
  return { ...draft, criteria: draft.criteria.filter((_, i) => i !== index) };
}

/** Moves a criterion up (-1) or down (+1); judges see criteria in this order. */
export function moveCriterion(draft: RubricDraft, index: number, delta: -1 | 1): RubricDraft {
  const to = index + delta;
  if (to < 0 || to >= draft.criteria.length) return draft;
  const criteria = [...draft.criteria];
  const [moved] = criteria.splice(index, 1);
  criteria.splice(to, 0, moved);
  return { ...draft, criteria };
}

export function updateCriterion(draft: RubricDraft, index: number, patch: Partial<CriterionDraft>): RubricDraft {
  return { ...draft, criteria: draft.criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)) };
}

/**
 * The languages the builder offers besides English, in the competition's order, each once. Until the competition's
 * languages are known (undefined), the languages the rubric already has texts in stand for them.
 */
export function translationLanguages(competitionLanguages: readonly string[] | undefined, draft: RubricDraft): string[] {
  const listed = competitionLanguages ?? [...new Set(draft.criteria.flatMap(languagesOf))].sort();
  return [...new Set(listed)].filter((lang) => lang !== ENGLISH);
}

/** Every language the criterion holds a text in (or had one typed), English included. */
export function languagesOf(c: CriterionDraft): string[] {
  const texts = [c.name, c.description, ...c.levels.map((l) => l.descriptor)];
  return [...new Set(texts.flatMap((x) => Object.keys(x)))];
}

/** Languages the criterion has texts in that are neither English nor among `listed`: kept as they are, sorted. */
export function unlistedLanguages(c: CriterionDraft, listed: readonly string[]): string[] {
  return languagesOf(c)
    .filter((lang) => lang !== ENGLISH && !listed.includes(lang))
    .sort();
}

/** How many of the criterion's texts (name, description, one descriptor per level) are written in the language. */
export function textsWritten(c: CriterionDraft, lang: string): { written: number; total: number } {
  const texts = [c.name, c.description, ...c.levels.map((l) => l.descriptor)];
  return { written: texts.filter((x) => Boolean(x[lang]?.trim())).length, total: texts.length };
}

/** Whether every text of the criterion is written in the language. */
export const languageComplete = (c: CriterionDraft, lang: string): boolean => {
  const { written, total } = textsWritten(c, lang);
  return written === total;
};

/** The problems the API would refuse the rubric for (the same check, from the domain library). */
export const rubricProblems = (draft: RubricDraft): RubricProblem[] => checkRubric(rubricFromDraft(draft));

export type { RubricProblem };
