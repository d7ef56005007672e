import { render, screen } from '@testing-library/react';
import type { Rubric } from '@clapper/domain/rubric';
import { EN_JA_RUBRIC } from '../../../test/rubric';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/translator';
import { RubricView } from './rubric-view';

const rubric: Rubric = {
  ...EN_JA_RUBRIC,
  criteria: [{ ...EN_JA_RUBRIC.criteria[0], name: { ...EN_JA_RUBRIC.criteria[0].name, th: 'สารด้านความปลอดภัย' } }, EN_JA_RUBRIC.criteria[1]],
};
const weights = { message: 30, creativity: 20 };

async function renderIn(lng: string) {
  await i18n.changeLanguage(lng);
  return render(<RubricView rubric={rubric} weights={weights} />);
}

describe('RubricView', () => {
  it('names each criterion in the reader’s language only, in English marked lang="en" where it has none', async () => {
    try {
      await renderIn('th');
      const [first, second] = screen.getAllByRole('heading', { level: 3 });
      expect(first.textContent).toContain('สารด้านความปลอดภัย');
      expect(first.querySelector('[lang]')).toBeNull();
      // neither the English it was written from nor another language beside it
      expect(document.body.textContent).not.toContain('Security message');
      // no Thai for Creativity: English, marked lang="en", and no Japanese in a Thai page
      expect(second.querySelector('[lang="en"]')!.textContent).toBe('Creativity');
      expect(document.body.textContent).not.toContain('創造性');
      expect(document.body.textContent).not.toContain('セキュリティメッセージ');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('shows English alone to an English reader', async () => {
    await renderIn('en');
    const [first] = screen.getAllByRole('heading', { level: 3 });
    expect(first.textContent).toContain('Security message');
    expect(screen.getAllByText('Security message')).toHaveLength(1);
    expect(document.body.textContent).not.toContain('セキュリティメッセージ');
  });
});
