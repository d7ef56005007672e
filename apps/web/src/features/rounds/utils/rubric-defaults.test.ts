import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { describe, expect, it } from 'vitest';
import { addCriterion, draftFromRubric, keyFromName, rekeyCriterion, renameCriterion, rubricProblems, slugKey } from './rubric-draft';

const GENERIC = ['Not shown', 'Weak', 'Adequate', 'Strong', 'Outstanding'].map((en) => ({ en }));

describe('a new criterion’s defaults', () => {
  it('makes a key from the name: lower-case ASCII words joined by hyphens, 40 characters at most', () => {
    expect(slugKey('Use of Sound!')).toBe('use-of-sound');
    expect(slugKey('  Créativité  & Originalité ')).toBe('creativite-originalite');
    expect(slugKey('メッセージ')).toBe('');
    expect(slugKey('a'.repeat(39) + ' b c')).toBe('a'.repeat(39));
  });

  it('keeps keys unique, and falls back to criterion-N when the name gives no letters', () => {
    const draft = draftFromRubric(DEFAULT_RUBRIC);
    expect(keyFromName('Message', draft.criteria, 'new')).toBe('message-2');
    expect(keyFromName('Originality', draft.criteria, 'new')).toBe('originality');
    expect(keyFromName('安全', draft.criteria, 'new')).toBe('criterion-6');
  });

  it('starts on 1–5 with the generic descriptors given, and its key follows the English name until typed by hand', () => {
    let draft = addCriterion(draftFromRubric(DEFAULT_RUBRIC), GENERIC);
    const i = draft.criteria.length - 1;
    expect(draft.criteria[i].levels.map((l) => [l.score, l.descriptor.en])).toEqual([
      [1, 'Not shown'],
      [2, 'Weak'],
      [3, 'Adequate'],
      [4, 'Strong'],
      [5, 'Outstanding'],
    ]);
    draft = renameCriterion(draft, i, 'en', 'Use of sound');
    expect(draft.criteria[i].key).toBe('use-of-sound');
    // another language's name leaves the key alone
    draft = renameCriterion(draft, i, 'ja', '音の使い方');
    expect(draft.criteria[i].key).toBe('use-of-sound');
    draft = rekeyCriterion(draft, i, 'sound');
    draft = renameCriterion(draft, i, 'en', 'Sound and music');
    expect(draft.criteria[i].key).toBe('sound');
    // with its description written, the new criterion is one the API takes
    draft = { ...draft, criteria: draft.criteria.map((c, j) => (j === i ? { ...c, description: { en: 'Does the sound help?' } } : c)) };
    expect(rubricProblems(draft)).toEqual([]);
  });

  it('leaves the descriptors empty without defaults (the rubric check then names them)', () => {
    const draft = addCriterion(draftFromRubric(DEFAULT_RUBRIC));
    expect(draft.criteria[draft.criteria.length - 1].levels.every((l) => l.descriptor.en === '')).toBe(true);
  });
});
