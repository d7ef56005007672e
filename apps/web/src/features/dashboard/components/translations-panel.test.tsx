import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/translator';
import { renderPage, stubFetch } from '../../../test/render';
import { TranslationsPanel } from './translations-panel';

const C = '11111111-1111-4111-8111-111111111111';
const R = '22222222-2222-4222-8222-222222222222';
const final = { kind: 'round', id: R, name: {}, roundKind: 'final', countryCode: null };
const translations = {
  languages: ['en', 'th', 'vi'],
  gaps: [
    { language: 'th', field: 'award_name', item: { kind: 'award', id: 'a1', name: { en: 'Grand Prize' } } },
    {
      language: 'th',
      field: 'level_descriptor',
      item: { kind: 'criterion', id: 'message', name: { en: 'Security message', th: 'ข้อความ' }, round: final, score: 3 },
    },
    { language: 'th', field: 'email_signature', item: null },
  ],
};

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('TranslationsPanel', () => {
  it('says, per language of the competition, whether it is complete, and what each misses in words', async () => {
    vi.stubGlobal('fetch', stubFetch({ [`GET /api/competitions/${C}/translations`]: () => ({ body: translations }) }).fetchStub);
    renderPage(<TranslationsPanel competitionId={C} />);
    const panel = await screen.findByRole('region', { name: 'Translations' });
    await within(panel).findByTestId('language-th');
    expect(within(panel).getByTestId('language-en').textContent).toBe('English · ✓ Complete');
    expect(within(panel).getByTestId('language-th').textContent).toBe('ไทย (Thai) · 3 texts missing');
    expect(within(panel).getByTestId('language-vi').textContent).toBe('Tiếng Việt (Vietnamese) · ✓ Complete');
    const thai = within(panel).getByRole('region', { name: 'Thai' });
    expect(
      within(thai)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Award name: Grand Prize', 'Level description: Security message, level 3 (Regional final)', 'Email signature']);
    expect(within(panel).getByRole('link', { name: 'Edit the texts in the settings' })).toHaveAttribute(
      'href',
      `/admin/competitions/${C}/settings#cf-translations-h`,
    );
  });

  it('speaks the reader’s language (Japanese), the names of items in it where they have one', async () => {
    await i18n.changeLanguage('ja');
    vi.stubGlobal('fetch', stubFetch({ [`GET /api/competitions/${C}/translations`]: () => ({ body: translations }) }).fetchStub);
    renderPage(<TranslationsPanel competitionId={C} />);
    const panel = await screen.findByRole('region', { name: '翻訳' });
    await within(panel).findByTestId('language-th');
    expect(within(panel).getByTestId('language-th').textContent).toBe('ไทย (タイ語) · 不足 3 件');
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('段階の説明：Security message、段階 3（地域決勝）');
  });
});
