import { describe, expect, it } from 'vitest';
import { ApiError, type Schemas } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { uncoveredWhy } from './uncovered';
import { i18n } from '../../../lib/translator';

const uncovered = (over: Partial<Schemas['UncoveredEntryDto']>): Schemas['UncoveredEntryDto'] => ({
  roundEntryId: 're-1',
  code: 'TH-0001',
  assigned: 2,
  needed: 3,
  reason: 'blocked',
  judges: 7,
  blocked: { declared: 3, sameSchool: 2, sameCountry: 0 },
  ...over,
});

/** A refusal as the API sends it, with an English message the page must never show. */
const refusal = (status: number, body: Partial<ConstructorParameters<typeof ApiError>[1]>) =>
  new ApiError(status, { statusCode: status, message: 'SERVER ENGLISH', ...body });

describe('why an entry is short of judges', () => {
  it('counts the judges the rules keep away, by rule, in English', async () => {
    await i18n.changeLanguage('en');
    const t = i18n.t;
    expect(uncoveredWhy(t, uncovered({}))).toBe('Only 2 of 7 judges may judge this entry (3 declared a conflict and 2 are from the same school).');
    expect(uncoveredWhy(t, uncovered({ assigned: 0, judges: 1, blocked: { declared: 0, sameSchool: 0, sameCountry: 1 } }))).toBe(
      'No judge of this round may judge this entry (1 is from the same country).',
    );
    expect(uncoveredWhy(t, uncovered({ reason: 'too_few_judges', judges: 2 }))).toBe(
      'All 2 judges of this round may judge this entry, but it needs 3: add judges.',
    );
    expect(uncoveredWhy(t, uncovered({ reason: 'no_judges', assigned: 0, judges: 0 }))).toBe('There are no judges in this round: add judges.');
  });

  it('says the same in Japanese with every count', async () => {
    await i18n.changeLanguage('ja');
    try {
      expect(uncoveredWhy(i18n.t, uncovered({}))).toBe('この作品を審査できるのは審査員7人のうち2人だけです（3人が利害関係を申告、2人が同じ学校）。');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});

describe('the rounds refusals', () => {
  const quota = refusal(422, {
    code: 'rule_violation',
    reason: 'judging.quota_exceeded',
    params: { country: 'TH', quota: 2, promoted: 1, remaining: 1, count: 2 },
  });
  const blocked = refusal(422, { code: 'rule_violation', reason: 'judging.own_school', params: { judge: 'Malee', code: 'TH-0001' } });

  it('words them from the catalog with their facts, never the server English', async () => {
    await i18n.changeLanguage('en');
    expect(errorMessage(i18n.t, quota)).toBe(
      'Thailand may send 2 entries to the final. 1 already there, so 1 more at most. Choose fewer, or undo a promotion first.',
    );
    expect(errorMessage(i18n.t, blocked)).toBe(
      "Malee cannot judge TH-0001: the judge belongs to one of this entry's schools. Choose a judge from another school.",
    );
  });

  it('words them in Japanese with every fact', async () => {
    await i18n.changeLanguage('ja');
    try {
      expect(errorMessage(i18n.t, quota)).toBe(
        'タイが決勝に推薦できるのは2件までです。すでに1件が推薦されているため、あと1件までです。選ぶ数を減らすか、先に推薦を取り消してください。',
      );
      expect(errorMessage(i18n.t, blocked)).toBe(
        'MaleeさんはTH-0001を審査できません。この審査員はこの作品の学校に所属しています。別の学校の審査員を選んでください。',
      );
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
