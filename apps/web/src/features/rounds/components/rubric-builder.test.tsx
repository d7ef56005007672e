import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Rubric } from '@clapper/domain/rubric';
import { EN_JA_RUBRIC } from '../../../test/rubric';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/translator';
import { draftFromRubric, rubricFromDraft, type RubricDraft } from '../utils/rubric-draft';
import { RubricBuilder } from './rubric-builder';

let latest: RubricDraft | null = null;

function Harness({ rubric = EN_JA_RUBRIC, languages }: { rubric?: Rubric; languages?: string[] }) {
  const [draft, setDraft] = useState(() => draftFromRubric(rubric));
  latest = draft;
  return <RubricBuilder draft={draft} onChange={setDraft} errors={{}} languages={languages} />;
}

const criterionGroups = () => screen.getAllByRole('group', { name: /^Criterion \d+/ });
const field = (group: HTMLElement, name: RegExp) => within(group).getByRole('spinbutton', { name });

describe('RubricBuilder', () => {
  it('names the criteria in the reader’s language, and in English marked lang="en" where a criterion has no text in it', async () => {
    const user = userEvent.setup();
    const rubric: Rubric = {
      ...EN_JA_RUBRIC,
      criteria: [...EN_JA_RUBRIC.criteria.slice(0, 4), { ...EN_JA_RUBRIC.criteria[4], name: { en: 'Respect of the rules' } }],
    };
    await i18n.changeLanguage('ja');
    try {
      render(<Harness rubric={rubric} languages={['en', 'ja']} />);
      const items = Array.from(document.querySelectorAll('.weight-list li'));
      expect(items.map((li) => li.querySelector('.weight-name')!.textContent)).toEqual([
        'セキュリティメッセージ',
        '創造性',
        '対象視聴者への影響力',
        '制作の質',
        'Respect of the rules',
      ]);
      expect(items[0].querySelector('.weight-name [lang]')).toBeNull();
      expect(items[4].querySelector('.weight-name [lang="en"]')!.textContent).toBe('Respect of the rules');
      // each criterion's heading too
      expect(screen.getAllByRole('group', { name: /^評価項目1/ })[0].querySelector('legend')!.textContent).toBe('評価項目1 · セキュリティメッセージ');
      expect(screen.getAllByRole('group', { name: /^評価項目5/ })[0].querySelector('legend [lang="en"]')!.textContent).toContain('Respect of the rules');
      // what is announced names the criterion in Japanese too
      await user.click(screen.getByRole('button', { name: '評価項目1を下へ移動' }));
      expect(screen.getByRole('status').textContent).toBe('セキュリティメッセージを5項目中2番目に移動しました。');
      await user.click(screen.getByRole('button', { name: '評価項目3を削除' }));
      expect(screen.getByRole('status').textContent).toBe('対象視聴者への影響力を削除しました。');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('shows each weight as its share of the total, and follows a changed weight', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const first = criterionGroups()[0];
    expect(first).toHaveProperty('textContent', expect.stringContaining('30% of the total score'));
    const weights = screen.getByText('Weights as judges see them').parentElement!;
    expect(
      within(weights)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Security message30%', 'Creativity20%', 'Impact on the target audience25%', 'Production quality15%', 'Respect of the rules10%']);

    const weight = field(first, /^Weight\s*– Criterion 1/);
    await user.clear(weight);
    await user.type(weight, '60');
    // 60 of 130
    expect(first.textContent).toContain('46% of the total score');
    expect(within(weights).getAllByRole('listitem')[1].textContent).toBe('Creativity15%');
  });

  it('keeps one level descriptor per score of the scale', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const first = criterionGroups()[0];
    const levels = () =>
      within(first)
        .getAllByRole('group', { name: /^Level \d+$/ })
        .map((g) => g.querySelector('legend')!.textContent);
    expect(levels()).toEqual(['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5']);

    const max = field(first, /^Scale to\s*– Criterion 1/);
    await user.clear(max);
    await user.type(max, '7');
    expect(levels()).toEqual(['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5', 'Level 6', 'Level 7']);
    expect(within(first).getByRole<HTMLTextAreaElement>('textbox', { name: /^Level 6 \(English\)/ }).value).toBe('');
    expect(within(first).getByRole<HTMLTextAreaElement>('textbox', { name: /^Level 5 \(English\)/ }).value).toMatch(
      /^The message is accurate, clear and compelling/,
    );

    const min = field(first, /^Scale from\s*– Criterion 1/);
    await user.clear(min);
    await user.type(min, '3');
    expect(levels()).toEqual(['Level 3', 'Level 4', 'Level 5', 'Level 6', 'Level 7']);
    expect(latest!.criteria[0].levels.map((l) => l.score)).toEqual([3, 4, 5, 6, 7]);
  });

  it('adds, removes and reorders criteria, keeping the focus with the work', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Add criterion' }));
    expect(criterionGroups()).toHaveLength(6);
    expect(document.activeElement).toBe(within(criterionGroups()[5]).getByRole('textbox', { name: /^Name \(English\)\s*– Criterion 6/ }));
    await user.keyboard('Safe sharing');
    expect(criterionGroups()[5].querySelector('legend')!.textContent).toBe('Criterion 6 · Safe sharing');
    // working defaults: the key follows the English name, the levels start with generic descriptors to edit
    expect(latest!.criteria[5]).toMatchObject({ key: 'safe-sharing', weight: '10', scaleMin: '1', scaleMax: '5' });
    expect(latest!.criteria[5].levels.map((l) => l.descriptor.en)).toEqual(['Not shown', 'Weak', 'Adequate', 'Strong', 'Outstanding']);
    expect(within(criterionGroups()[5]).getByText(/^Made from the English name; change it if you like\./)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Remove criterion 2' }));
    expect(criterionGroups()).toHaveLength(5);
    expect(rubricFromDraft(latest!).criteria.map((c) => c.key)).toEqual(['message', 'impact', 'production', 'rules', 'safe-sharing']);
    expect(screen.getByRole('status').textContent).toBe('Creativity removed.');

    await user.click(screen.getByRole('button', { name: 'Move criterion 1 down' }));
    expect(latest!.criteria.map((c) => c.key)).toEqual(['impact', 'message', 'production', 'rules', 'safe-sharing']);
    // the focus follows the criterion that moved
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move criterion 2 down' }));
    expect(screen.getByRole('status').textContent).toBe('Security message moved to position 2 of 5.');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move criterion 1 up' }).disabled).toBe(true);
  });

  // many clicks on a large form: give a loaded machine time
  it('offers English and each of the competition’s languages, folded per criterion and per language', { timeout: 20000 }, async () => {
    const user = userEvent.setup();
    // stored before: the default rubric's Japanese, and a Vietnamese name; the competition now lists Thai and Khmer
    const stored = structuredClone(EN_JA_RUBRIC);
    stored.criteria[0].name.vi = 'Thông điệp an ninh';
    render(<Harness rubric={stored} languages={['en', 'th', 'km']} />);
    const first = criterionGroups()[0];
    // English is always in view, named and marked as English
    const english = within(first).getByRole('textbox', { name: /^Name \(English\)\s*– Criterion 1/ });
    expect(english.getAttribute('lang')).toBe('en');
    expect((english as HTMLInputElement).required).toBe(true);
    // the others wait in a closed <details>, out of the page until opened
    expect(within(first).queryByRole('textbox', { name: /^Name \(Japanese\)/ })).toBeNull();

    // the other languages are folded, one line each, saying how much is written
    const translations = within(first).getByText('Translations (0 of 2 filled)');
    const folded = translations.closest('details')!;
    expect(folded.open).toBe(false);
    await user.click(translations);
    expect(folded.open).toBe(true);
    const summaries = [...folded.querySelectorAll(':scope details > summary')].map((s) => s.textContent);
    expect(summaries).toEqual([
      'Thai: 0 of 7 texts written',
      'Khmer: 0 of 7 texts written',
      'Japanese: 7 of 7 texts written',
      'Vietnamese: 1 of 7 texts written',
    ]);
    // the languages the competition no longer lists are shown apart, their texts kept
    expect(folded.textContent).toContain('The competition no longer lists these languages.');
    expect(within(first).queryByRole('textbox', { name: /^Name \(Thai\)/ })).toBeNull();

    await user.click(within(folded).getByText('Thai: 0 of 7 texts written'));
    const thai = within(first).getByRole('textbox', { name: /^Name \(Thai\)\s*– Criterion 1/ });
    expect(thai.getAttribute('lang')).toBe('th');
    expect((thai as HTMLInputElement).required).toBe(false);
    await user.click(thai);
    await user.paste('ข้อความด้านความปลอดภัย');
    await user.click(within(folded).getByText('Khmer: 0 of 7 texts written'));
    const khmer = within(first).getByRole('textbox', { name: /^Name \(Khmer\)\s*– Criterion 1/ });
    expect(khmer.getAttribute('lang')).toBe('km');
    await user.click(khmer);
    await user.paste('សារសុវត្ថិភាព');
    expect(
      within(first)
        .getByRole('textbox', { name: /^Level 3 \(Khmer\)\s*– Criterion 1/ })
        .getAttribute('lang'),
    ).toBe('km');
    expect(within(folded).getByText('Thai: 1 of 7 texts written')).toBeVisible();

    // the Vietnamese name, in a language no longer listed, can still be edited and is sent with the rest
    await user.click(within(folded).getByText('Vietnamese: 1 of 7 texts written'));
    const vietnamese = within(first).getByRole('textbox', { name: /^Name \(Vietnamese\)\s*– Criterion 1/ });
    expect((vietnamese as HTMLInputElement).value).toBe('Thông điệp an ninh');
    await user.click(vietnamese);
    await user.paste(' (sửa)');
    expect(rubricFromDraft(latest!).criteria[0].name).toEqual({
      en: 'Security message',
      ja: 'セキュリティメッセージ',
      vi: 'Thông điệp an ninh (sửa)',
      th: 'ข้อความด้านความปลอดภัย',
      km: 'សារសុវត្ថិភាព',
    });
    // the other criteria keep their Japanese, untouched
    expect(rubricFromDraft(latest!).criteria.slice(1)).toEqual(EN_JA_RUBRIC.criteria.slice(1));
  });

  it('counts a language filled once every text of the criterion is written in it', { timeout: 15000 }, async () => {
    const user = userEvent.setup();
    const stored = structuredClone(EN_JA_RUBRIC);
    const message = stored.criteria[0];
    // every Thai text but the description
    message.name.th = 'ข้อความด้านความปลอดภัย';
    message.levels.forEach((l) => (l.descriptor.th = `ระดับ ${l.score}`));
    render(<Harness rubric={stored} languages={['th', 'km', 'en', 'ja']} />);
    const first = criterionGroups()[0];
    // Japanese is listed too, and complete
    await user.click(within(first).getByText('Translations (1 of 3 filled)'));
    await user.click(within(first).getByText('Thai: 6 of 7 texts written'));
    await user.click(within(first).getByRole('textbox', { name: /^Description \(Thai\)\s*– Criterion 1/ }));
    await user.paste('ข้อความถูกต้องหรือไม่');
    expect(within(first).getByText('Translations (2 of 3 filled)')).toBeVisible();
    expect(within(first).getByText('Thai: 7 of 7 texts written')).toBeVisible();
    // the competition lists no language dropped here: nothing is set apart
    expect(first.textContent).not.toContain('The competition no longer lists these languages.');
  });

  it('shows no translations where the competition has only English and the rubric no other language', () => {
    const englishOnly: Rubric = {
      ...EN_JA_RUBRIC,
      criteria: EN_JA_RUBRIC.criteria.map((c) => ({
        ...c,
        name: { en: c.name.en },
        description: { en: c.description.en },
        levels: c.levels.map((l) => ({ ...l, descriptor: { en: l.descriptor.en } })),
      })),
    };
    render(<Harness rubric={englishOnly} languages={['en']} />);
    expect(screen.queryByText(/^Translations/)).toBeNull();
    expect(screen.getAllByRole('textbox', { name: /^Name \(/ })).toHaveLength(5);
  });
});
