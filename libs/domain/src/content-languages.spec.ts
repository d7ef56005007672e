import { gapsByLanguage, rubricContentTexts, textIn, textLanguageProblems, translationGaps, type ContentItem, type ContentText } from './content-languages.js';

const category: ContentItem = { kind: 'category', id: 'c1', name: { en: 'Ages 13–17' } };
const award: ContentItem = { kind: 'award', id: 'a1', name: { en: 'Grand Prize', th: 'รางวัลชนะเลิศ' } };

describe('translationGaps', () => {
  it('lists each required text missing in a language, English first, then the languages in their order', () => {
    const texts: ContentText[] = [
      { field: 'name', item: null, text: { en: 'Cyber Video 2027', th: 'วิดีโอไซเบอร์ 2027' }, required: true },
      { field: 'category_name', item: category, text: { en: 'Ages 13–17' }, required: true },
      { field: 'award_name', item: award, text: { th: 'รางวัลชนะเลิศ' }, required: true },
    ];
    expect(translationGaps(['th', 'vi', 'en'], texts)).toEqual([
      { language: 'en', field: 'award_name', item: award },
      { language: 'th', field: 'category_name', item: category },
      { language: 'vi', field: 'name', item: null },
      { language: 'vi', field: 'category_name', item: category },
      { language: 'vi', field: 'award_name', item: award },
    ]);
  });

  it('asks nothing of an optional text left out in every language, and every language of one given in any', () => {
    const texts: ContentText[] = [
      { field: 'theme', item: null, text: {}, required: false },
      { field: 'email_signature', item: null, text: null, required: false },
      { field: 'award_description', item: award, text: { en: 'The best video.' }, required: false },
    ];
    expect(translationGaps(['en', 'ja'], texts)).toEqual([{ language: 'ja', field: 'award_description', item: award }]);
  });

  it('counts a blank text as missing, and a required text given nowhere as missing everywhere', () => {
    const texts: ContentText[] = [
      { field: 'round_name', item: null, text: { en: 'Final', ja: '   ' }, required: false },
      { field: 'name', item: null, text: {}, required: true },
    ];
    expect(translationGaps(['ja'], texts)).toEqual([
      { language: 'en', field: 'name', item: null },
      { language: 'ja', field: 'round_name', item: null },
      { language: 'ja', field: 'name', item: null },
    ]);
  });

  it('ignores texts in languages the competition does not have', () => {
    expect(translationGaps(['en'], [{ field: 'name', item: null, text: { en: 'A', km: 'ក' }, required: true }])).toEqual([]);
  });

  it('finds the rubric’s texts: criteria names (required), descriptions and level descriptors (once given)', () => {
    const round: ContentItem = { kind: 'round', id: 'r1', roundKind: 'final' };
    const texts = rubricContentTexts(round, {
      criteria: [
        {
          key: 'message',
          name: { en: 'Message', vi: 'Thông điệp' },
          description: { en: 'Is it right?' },
          levels: [
            { score: 1, descriptor: { en: 'Wrong', vi: 'Sai' } },
            { score: 2, descriptor: { en: 'Right' } },
          ],
        },
      ],
    });
    const criterion = { kind: 'criterion', id: 'message', name: { en: 'Message', vi: 'Thông điệp' }, round };
    expect(translationGaps(['en', 'vi'], texts)).toEqual([
      { language: 'vi', field: 'criterion_description', item: criterion },
      { language: 'vi', field: 'level_descriptor', item: { ...criterion, score: 2 } },
    ]);
  });
});

describe('gapsByLanguage', () => {
  it('groups the gaps per language, English first, complete languages with none', () => {
    const gaps = translationGaps(['ja', 'th'], [{ field: 'name', item: null, text: { en: 'A', ja: 'エー' }, required: true }]);
    expect(gapsByLanguage(['ja', 'th'], gaps)).toEqual([
      { language: 'en', gaps: [] },
      { language: 'ja', gaps: [] },
      { language: 'th', gaps: [{ language: 'th', field: 'name', item: null }] },
    ]);
  });
});

describe('textLanguageProblems', () => {
  it('refuses a text without English and a text in a language the competition does not have, naming it', () => {
    expect(
      textLanguageProblems(
        ['en', 'th'],
        [
          { field: 'theme', text: { th: 'คิดก่อนคลิก' } },
          { field: 'name', text: { en: 'A', th: 'ก', km: 'ក' } },
          { field: 'rulesText', text: {} },
          { field: 'emailSignature', text: { en: '  ', th: '' } },
        ],
      ),
    ).toEqual([
      { code: 'english_missing', field: 'theme' },
      { code: 'language_not_offered', field: 'name', language: 'km' },
    ]);
  });
});

describe('textIn', () => {
  it('keeps English and the competition’s languages only', () => {
    expect(textIn({ en: 'Message', ja: 'メッセージ', th: 'ข้อความ' }, ['th'])).toEqual({ en: 'Message', th: 'ข้อความ' });
  });
});
