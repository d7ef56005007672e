import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../../test/render';
import { makeCompetition } from '../../../test/competition';
import type { Competition } from '../../../api/get-competition';
import { CompetitionForm } from './competition-form';

const ID = '5f0c8a7e-3b9d-4c1e-8a2f-6d7e8f9a0b1c';
const CAT = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const countries = [
  { code: 'JP', name: 'Japan' },
  { code: 'TH', name: 'Thailand' },
];

const competition = (o: Partial<Competition> = {}): Competition => makeCompetition({ id: ID, status: 'draft', ...o });

/** Sets a field's value as typing would (one change event: typing into this long form one key at a time is slow). */
const fill = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

const THAI_RULES = 'ส่งได้ทีมละหนึ่งวิดีโอ\nต้องเป็นผลงานของทีมเอง';

describe('CompetitionForm in several languages', () => {
  it('offers a row per listed language, labelled by its name, and sends name, theme, category names and rules in Thai', async () => {
    const { fetchStub, calls } = stubFetch({ 'POST /api/competitions': () => ({ status: 201, body: competition() }) });
    vi.stubGlobal('fetch', fetchStub);
    const onSaved = vi.fn();
    renderPage(<CompetitionForm countries={countries} onSaved={onSaved} />);

    // English is always there; Japanese comes from the default languages
    const translations = screen.getByRole('region', { name: 'Translations' });
    expect(within(translations).getByRole('group', { name: 'Japanese (ja)' })).toBeVisible();
    expect(within(translations).queryByRole('group', { name: 'Thai (th)' })).toBeNull();

    fill(screen.getAllByLabelText(/^Name \(English\)/)[0], 'Thai Cup');
    fill(screen.getByLabelText('Theme (English)'), 'Phishing');
    fill(screen.getByLabelText('Rules in brief (English)'), 'One video per team.');
    fill(screen.getByLabelText(/^Short name/), 'thai-cup');
    const languages = screen.getByLabelText('Languages');
    await userEvent.clear(languages);
    await userEvent.type(languages, 'en, th'); // typed: the Thai row appears as the code is typed
    fill(screen.getByLabelText(/^Reference date/), '2028-04-01');
    fill(screen.getByLabelText(/^Submissions open/), '2028-01-10T09:00');
    fill(screen.getByLabelText(/^Submissions close/), '2028-05-31T17:00');

    // Japanese is no longer listed (and holds nothing), Thai is
    expect(within(translations).queryByRole('group', { name: 'Japanese (ja)' })).toBeNull();
    const thai = within(translations).getByRole('group', { name: 'Thai (th)' });
    const thaiName = within(thai).getByLabelText('Name (Thai)');
    expect(thaiName.getAttribute('lang')).toBe('th');
    fill(thaiName, 'ถ้วยไทย');
    fill(within(thai).getByLabelText('Theme (Thai)'), 'ฟิชชิง');
    const thaiRules = within(thai).getByLabelText('Rules in brief (Thai)');
    expect(thaiRules.tagName).toBe('TEXTAREA');
    expect(thaiRules.getAttribute('lang')).toBe('th');
    fill(thaiRules, THAI_RULES);

    const category = screen.getByRole('group', { name: 'Category 1' });
    fill(within(category).getByLabelText('Name (English)'), 'Ages 13–17');
    fill(within(category).getByLabelText('Name (Thai)'), 'อายุ 13–17 ปี');
    expect(within(category).getByLabelText('Name (Thai)').getAttribute('lang')).toBe('th');
    fill(within(category).getByLabelText('Minimum age'), '13');
    fill(within(category).getByLabelText('Maximum age'), '17');

    await userEvent.click(screen.getByRole('button', { name: 'Create competition' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({
      slug: 'thai-cup',
      name: { en: 'Thai Cup', th: 'ถ้วยไทย' },
      theme: { en: 'Phishing', th: 'ฟิชชิง' },
      rulesText: { en: 'One video per team.', th: THAI_RULES },
      languages: ['en', 'th'],
      categories: [{ name: { en: 'Ages 13–17', th: 'อายุ 13–17 ปี' }, minAge: 13, maxAge: 17 }],
    });
  }, 15_000);

  it('keeps, shows and sends back texts in a language no longer listed, removing only the one emptied', async () => {
    const stored = competition({
      languages: ['en', 'ja'],
      name: { en: 'Thai Cup', km: 'ពានរង្វាន់ថៃ' },
      rulesText: { km: 'ក្រុមនីមួយៗអាចផ្ញើវីដេអូមួយ' },
      categories: [{ id: CAT, name: { en: 'Teens', km: 'យុវវ័យ' }, minAge: 13, maxAge: 17, position: 0 }],
    });
    const { fetchStub, calls } = stubFetch({
      [`PATCH /api/competitions/${ID}`]: () => ({ body: stored }),
      [`PUT /api/competitions/${ID}/rules`]: () => ({ body: stored }),
      [`PUT /api/competitions/${ID}/countries`]: () => ({ body: stored }),
      [`PUT /api/competitions/${ID}/categories`]: () => ({ body: stored }),
      [`GET /api/competitions/${ID}`]: () => ({ body: stored }),
    });
    vi.stubGlobal('fetch', fetchStub);
    const onSaved = vi.fn();
    renderPage(<CompetitionForm competition={stored} countries={countries} onSaved={onSaved} />);

    // one language's texts at a time: Japanese (listed) first, then Khmer (kept from before)
    await userEvent.click(screen.getAllByRole('tab', { name: /Khmer/ })[0]);
    const khmer = screen.getByRole('group', { name: 'Khmer (km)' });
    expect(within(khmer).getByText(/No longer in the Languages field/)).toBeVisible();
    const khmerRules = within(khmer).getByLabelText<HTMLTextAreaElement>('Rules in brief (Khmer)');
    expect(khmerRules.value).toBe('ក្រុមនីមួយៗអាចផ្ញើវីដេអូមួយ');
    expect(within(khmer).getByLabelText<HTMLInputElement>('Name (Khmer)').value).toBe('ពានរង្វាន់ថៃ');
    // emptying a text removes that text only; the row stays while it is being edited
    fill(khmerRules, '');
    expect(screen.getByRole('group', { name: 'Khmer (km)' })).toBeVisible();
    await userEvent.click(screen.getAllByRole('tab', { name: /Japanese/ })[0]);
    fill(within(screen.getByRole('group', { name: 'Japanese (ja)' })).getByLabelText('Name (Japanese)'), 'タイカップ');

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const patch = calls.find((c) => c.method === 'PATCH')?.body as Record<string, unknown>;
    expect(patch.name).toEqual({ en: 'Thai Cup', ja: 'タイカップ', km: 'ពានរង្វាន់ថៃ' });
    expect(patch.rulesText).toEqual({});
    expect(patch.languages).toEqual(['en', 'ja']);
    expect(calls.find((c) => c.method === 'PUT' && c.path.endsWith('/categories'))?.body).toEqual({
      categories: [{ id: CAT, name: { en: 'Teens', km: 'យុវវ័យ' }, minAge: 13, maxAge: 17 }],
    });
  });

  it('shows one language at a time, with a tab per language marked when texts are missing, and the English beside each input', async () => {
    const stored = competition({
      languages: ['en', 'th', 'vi'],
      name: { en: 'Thai Cup', th: 'ถ้วยไทย', vi: 'Cúp Thái' },
      categories: [{ id: CAT, name: { en: 'Teens', th: 'วัยรุ่น' }, minAge: 13, maxAge: 17, position: 0 }],
    });
    renderPage(<CompetitionForm competition={stored} countries={countries} onSaved={vi.fn()} />);
    const tabs = within(screen.getAllByRole('tablist', { name: 'Language of the texts' })[0]).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['ไทย Thai', 'Tiếng Việt Vietnamese ●']);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(within(tabs[1]).getByRole('img', { name: 'texts missing' })).toBeVisible();
    const translations = screen.getByRole('region', { name: 'Translations' });
    expect(within(translations).getByLabelText('Name (Thai)')).toHaveAccessibleDescription('In English: Thai Cup');
    // only the English text is marked as English, not the words around it
    const english = within(translations).getByText('Thai Cup');
    expect(english).toHaveAttribute('lang', 'en');
    expect(english.parentElement!.textContent).toBe('In English: Thai Cup');
    expect(english.parentElement).toHaveClass('field-hint');
    expect(english.parentElement).not.toHaveAttribute('lang');
    expect(screen.queryByLabelText('Name (Vietnamese)')).toBeNull();
    await userEvent.click(tabs[1]);
    expect(within(translations).getByLabelText('Name (Vietnamese)')).toHaveValue('Cúp Thái');
    expect(within(screen.getByRole('group', { name: 'Category 1' })).getByLabelText('Name (Vietnamese)')).toHaveValue('');
  });

  it('asks again before publishing with missing translations, listing them, then publishes with confirmGaps', async () => {
    const stored = competition({ languages: ['en', 'th'], categories: [{ id: CAT, name: { en: 'Teens' }, minAge: 13, maxAge: 17, position: 0 }] });
    const gaps = [
      { language: 'th', field: 'name', item: null },
      { language: 'th', field: 'category_name', item: { kind: 'category', id: CAT, name: { en: 'Teens' } } },
    ];
    const { fetchStub, calls } = stubFetch({
      [`PATCH /api/competitions/${ID}`]: () =>
        (last().body as { status?: string }).status === 'published' && !(last().body as { confirmGaps?: boolean }).confirmGaps
          ? {
              status: 409,
              body: { statusCode: 409, code: 'conflict', reason: 'competitions.translation_gaps', params: { count: 2, languages: ['th'], gaps }, message: 'x' },
            }
          : { body: stored },
      [`PUT /api/competitions/${ID}/rules`]: () => ({ body: stored }),
      [`PUT /api/competitions/${ID}/countries`]: () => ({ body: stored }),
      [`PUT /api/competitions/${ID}/categories`]: () => ({ body: stored }),
      [`GET /api/competitions/${ID}`]: () => ({ body: { ...stored, status: 'published' } }),
    });
    const last = () => calls[calls.length - 1];
    vi.stubGlobal('fetch', fetchStub);
    const onSaved = vi.fn();
    renderPage(<CompetitionForm competition={stored} countries={countries} onSaved={onSaved} />);
    await userEvent.selectOptions(screen.getByLabelText(/^Status/), 'published');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const confirm = await screen.findByRole('group', { name: 'Publish the competition with missing translations?' });
    expect(confirm).toHaveTextContent('2 texts are not written in every language of the competition.');
    expect(within(confirm).getByRole('heading', { name: 'Thai · 2 texts missing' })).toBeVisible();
    expect(
      within(confirm)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Name', 'Category name: Teens']);
    expect(onSaved).not.toHaveBeenCalled();

    await userEvent.click(within(confirm).getByRole('button', { name: 'Publish anyway' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const publishes = calls.filter((c) => c.method === 'PATCH' && (c.body as { status?: string }).status === 'published');
    expect(publishes.map((c) => (c.body as { confirmGaps?: boolean }).confirmGaps)).toEqual([undefined, true]);
  });
});
