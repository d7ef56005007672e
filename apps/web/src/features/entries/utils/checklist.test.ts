import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { checklistItems, problemText, sectionFor, sectionId, translationParams } from './checklist';

const format = { date: (iso: string) => `date(${iso.slice(0, 10)})`, language: (code: string) => (code === 'en' ? 'English' : code) };

describe('checklist mapping', () => {
  it('sends each problem to the section that fixes it', () => {
    expect(sectionFor('no_video')).toBe('video');
    expect(sectionFor('missing_subtitles')).toBe('subtitles');
    expect(sectionFor('guardian_consent_missing')).toBe('team');
    expect(sectionFor('licence_not_accepted')).toBe('licence');
    expect(sectionFor('missing_title')).toBe('details');
    expect(sectionFor('something_new')).toBe('submit');
    expect(sectionId('team')).toBe('entry-team');
  });

  it('orders items like the page', () => {
    const items = checklistItems([
      { code: 'licence_not_accepted', params: {}, message: '' },
      { code: 'no_video', params: {}, message: '' },
      { code: 'participant_consent_missing', params: { name: 'A' }, message: '' },
    ]);
    expect(items.map((i) => i.section)).toEqual(['team', 'video', 'licence']);
  });

  it('prepares params: lists joined, languages named, dates formatted', () => {
    expect(translationParams({ languages: ['en', 'th'], closedAt: '2027-06-01T00:00:00Z', size: 2 }, format)).toEqual({
      languages: 'English, th',
      closedAt: 'date(2027-06-01)',
      size: 2,
    });
  });

  it('translates by code, and falls back to the server message', () => {
    const t = i18next.t.bind(i18next);
    expect(problemText(t, { code: 'participant_consent_missing', params: { name: 'Ploy' }, message: 'x' }, format)).toContain('Ploy');
    expect(problemText(t, { code: 'brand_new_code', params: {}, message: 'Do the new thing.' }, format)).toBe('Do the new thing.');
  });
});
