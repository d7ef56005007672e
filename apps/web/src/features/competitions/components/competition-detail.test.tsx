import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadLocale } from '../../../lib/i18n';
import { renderPage } from '../../../test/render';
import { makeCompetition } from '../../../test/competition';
import type { Competition } from '../../../api/get-competition';
import { CompetitionDetail } from './competition-detail';
import { i18n } from '../../../lib/translator';

const ENGLISH_RULES = 'One video per team.\nOriginal work only.';
const THAI_RULES = 'ส่งได้ทีมละหนึ่งวิดีโอ\nต้องเป็นผลงานของทีมเอง';

const competition: Competition = makeCompetition({
  name: { en: 'Thai Cup', th: 'ถ้วยไทย' },
  theme: { en: 'Phishing', th: 'ฟิชชิง' },
  rulesText: { en: ENGLISH_RULES, th: THAI_RULES },
  languages: ['en', 'th'],
  countryCodes: ['TH'],
  categories: [{ id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: { en: 'Teenagers', th: 'วัยรุ่น' }, minAge: 13, maxAge: 17, position: 0 }],
});

async function renderAs(lng: string, c: Competition = competition) {
  await loadLocale(lng);
  await i18n.changeLanguage(lng);
  return renderPage(<CompetitionDetail competition={c} countryName={(code) => code} />);
}

/** The rules section: found by its heading, in the reader's language. */
const rulesSection = (heading: string) => screen.getByRole('region', { name: heading });

describe('CompetitionDetail: the rules in brief', () => {
  it('shows a Thai reader the Thai rules, line breaks kept, marked as Thai', async () => {
    try {
      await renderAs('th');
      const section = rulesSection('สรุปกติกา');
      const text = section.querySelector('p')!;
      expect(text.textContent).toBe(THAI_RULES);
      expect(text.getAttribute('lang')).toBe('th');
      expect(text.style.whiteSpace).toBe('pre-line');
      expect(screen.queryByText(/One video per team/)).toBeNull();
      expect(screen.getByText('วัยรุ่น').getAttribute('lang')).toBe('th');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('shows a Khmer reader the English rules, marked as English, when there is no Khmer text', async () => {
    try {
      await renderAs('km');
      const section = rulesSection('សេចក្ដីសង្ខេបវិធាន');
      const text = section.querySelector('p')!;
      expect(text.textContent).toBe(ENGLISH_RULES);
      expect(text.getAttribute('lang')).toBe('en');
      expect(screen.queryByText(/ส่งได้ทีมละหนึ่งวิดีโอ/)).toBeNull();
      expect(screen.getByText('Phishing').getAttribute('lang')).toBe('en');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('leaves the section out when there are no rules in brief', async () => {
    await renderAs('en', { ...competition, rulesText: {} });
    expect(screen.queryByRole('heading', { name: 'Rules in brief' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Entry rules' })).toBeVisible();
  });
});

describe('CompetitionDetail: categories and formats', () => {
  it('names each category once: its ages only where its name does not give them', async () => {
    await renderAs('en', {
      ...competition,
      categories: [
        { id: 'a', name: { en: 'Ages 7–12' }, minAge: 7, maxAge: 12, position: 0 },
        { id: 'b', name: { en: 'Teenagers' }, minAge: 13, maxAge: 17, position: 1 },
      ],
    });
    const items = screen.getByRole('region', { name: 'Categories' }).querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual(['Ages 7–12', 'Teenagers ages 13–17']);
  });

  it('lists the accepted formats by the names people know', async () => {
    await renderAs('en', { ...competition, rules: { ...competition.rules, acceptedContainers: ['mp4', 'webm'] } });
    expect(screen.getByText('MP4 and WebM')).toBeTruthy();
  });
});
