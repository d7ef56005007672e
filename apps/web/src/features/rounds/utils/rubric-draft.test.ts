import { EN_JA_RUBRIC } from '../../../test/rubric';
import { describe, expect, it } from 'vitest';
import {
  addCriterion,
  draftFromRubric,
  languageComplete,
  moveCriterion,
  removeCriterion,
  rubricFromDraft,
  rubricProblems,
  textsWritten,
  translationLanguages,
  unlistedLanguages,
  updateCriterion,
  weightShares,
  withScale,
} from './rubric-draft';

describe('rubric draft', () => {
  it('starts from the default rubric and gives it back unchanged', () => {
    const draft = draftFromRubric(EN_JA_RUBRIC);
    expect(draft.criteria.map((c) => c.key)).toEqual(['message', 'creativity', 'impact', 'production', 'rules']);
    expect(rubricFromDraft(draft)).toEqual(EN_JA_RUBRIC);
    expect(rubricProblems(draft)).toEqual([]);
  });

  it('shows each weight as its share of the total, whatever scale the weights are typed in', () => {
    const draft = draftFromRubric(EN_JA_RUBRIC);
    expect(weightShares(draft)).toEqual([0.3, 0.2, 0.25, 0.15, 0.1]);
    const doubled = draft.criteria.reduce((d, c, i) => updateCriterion(d, i, { weight: String(Number(c.weight) * 2) }), draft);
    expect(weightShares(doubled)).toEqual([0.3, 0.2, 0.25, 0.15, 0.1]);
    // a weight not yet usable has no share, and the others share the whole
    const blank = updateCriterion(draft, 4, { weight: '' });
    const shares = weightShares(blank);
    expect(shares[4]).toBeNull();
    expect(shares.slice(0, 4).reduce((s, x) => s! + x!, 0)).toBeCloseTo(1);
    expect(rubricProblems(blank)).toEqual([{ criterion: 4, field: 'weight', code: 'weight_not_positive' }]);
  });

  it('keeps one level per score of the scale, keeping the descriptors of the scores still on it', () => {
    const draft = draftFromRubric(EN_JA_RUBRIC);
    const message = draft.criteria[0];
    const wider = withScale(message, '0', '6');
    expect(wider.levels.map((l) => l.score)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(wider.levels[1].descriptor.en).toBe(message.levels[0].descriptor.en);
    expect(wider.levels[0].descriptor).toEqual({ en: '' });
    const narrower = withScale(wider, '2', '4');
    expect(narrower.levels.map((l) => l.score)).toEqual([2, 3, 4]);
    expect(narrower.levels[0].descriptor.ja).toBe(message.levels[1].descriptor.ja);
    // while the scale is being typed (end below start), the levels wait
    const typing = withScale(narrower, '2', '');
    expect(typing.scaleMax).toBe('');
    expect(typing.levels).toBe(narrower.levels);
  });

  it('adds a criterion with a free key on a 1–5 scale, and removes and reorders criteria', () => {
    const draft = draftFromRubric(EN_JA_RUBRIC);
    const added = addCriterion(draft);
    expect(added.criteria).toHaveLength(6);
    const fresh = added.criteria[5];
    expect(fresh.key).toBe('criterion-6');
    expect(fresh.levels.map((l) => l.score)).toEqual([1, 2, 3, 4, 5]);
    expect(weightShares(added)[5]).toBeCloseTo(10 / 110);
    // its English texts are still to write
    expect(rubricProblems(added).map((p) => `${p.criterion}:${p.field}`)).toEqual([
      '5:name',
      '5:description',
      '5:levels.0.descriptor',
      '5:levels.1.descriptor',
      '5:levels.2.descriptor',
      '5:levels.3.descriptor',
      '5:levels.4.descriptor',
    ]);
    expect(addCriterion(added).criteria[6].key).toBe('criterion-7');

    const removed = removeCriterion(added, 1);
    expect(removed.criteria.map((c) => c.key)).toEqual(['message', 'impact', 'production', 'rules', 'criterion-6']);
    const moved = moveCriterion(removed, 4, -1);
    expect(moved.criteria.map((c) => c.key)).toEqual(['message', 'impact', 'production', 'criterion-6', 'rules']);
    expect(moveCriterion(moved, 0, -1)).toBe(moved);
  });

  it('writes the texts in English and the competition’s languages, keeping those in a language no longer listed', () => {
    // stored before: the default rubric's Japanese, and a Vietnamese name; the competition now lists Thai and Khmer
    const stored = structuredClone(EN_JA_RUBRIC);
    stored.criteria[0].name.vi = 'Thông điệp an ninh';
    const draft = draftFromRubric(stored);
    expect(translationLanguages(['en', 'th', 'km', 'th'], draft)).toEqual(['th', 'km']);
    // until the competition's languages are known, those the rubric has texts in stand for them
    expect(translationLanguages(undefined, draft)).toEqual(['ja', 'vi']);
    const message = draft.criteria[0];
    expect(unlistedLanguages(message, ['th', 'km'])).toEqual(['ja', 'vi']);
    expect(unlistedLanguages(draft.criteria[1], ['th', 'km'])).toEqual(['ja']);
    // name, description and five descriptors
    expect(textsWritten(message, 'ja')).toEqual({ written: 7, total: 7 });
    expect(textsWritten(message, 'vi')).toEqual({ written: 1, total: 7 });
    expect(textsWritten(message, 'th')).toEqual({ written: 0, total: 7 });
    expect(languageComplete(message, 'ja')).toBe(true);
    expect(languageComplete(message, 'vi')).toBe(false);

    const named = updateCriterion(draft, 0, { name: { ...message.name, th: ' ข้อความด้านความปลอดภัย ', km: 'សារសុវត្ថិភាព', lo: '  ' } });
    const sent = rubricFromDraft(named).criteria[0];
    // trimmed, the blank Lao left out, the Japanese and Vietnamese sent back as they were
    expect(sent.name).toEqual({ en: 'Security message', ja: 'セキュリティメッセージ', vi: 'Thông điệp an ninh', th: 'ข้อความด้านความปลอดภัย', km: 'សារសុវត្ថិភាព' });
    expect(sent.description).toEqual(EN_JA_RUBRIC.criteria[0].description);
    expect(rubricProblems(named)).toEqual([]);
    // English stays required whatever else is written
    const noEnglish = updateCriterion(named, 0, { name: { ...named.criteria[0].name, en: '' } });
    expect(rubricProblems(noEnglish)).toEqual([{ criterion: 0, field: 'name', code: 'english_missing' }]);
  });
});
