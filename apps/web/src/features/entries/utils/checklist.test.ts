import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../lib/format';
import { loadLocale } from '../../../lib/i18n';
import { checklistItems, problemText, sectionFor, sectionId } from './checklist';
import { i18n } from '../../../lib/translator';

describe('checklist mapping', () => {
  it('sends each problem to the section that fixes it', () => {
    expect(sectionFor('entries.no_video')).toBe('video');
    expect(sectionFor('entries.missing_subtitles')).toBe('subtitles');
    expect(sectionFor('entries.guardian_consent_missing')).toBe('team');
    expect(sectionFor('entries.licence_not_accepted')).toBe('licence');
    expect(sectionFor('entries.missing_title')).toBe('details');
    expect(sectionFor('entries.something_new')).toBe('submit');
    expect(sectionId('team')).toBe('entry-team');
  });

  it('orders items like the page', () => {
    const items = checklistItems([
      { reason: 'entries.licence_not_accepted', params: {} },
      { reason: 'entries.no_video', params: {} },
      { reason: 'entries.participant_consent_missing', params: { name: 'A' } },
    ]);
    expect(items.map((i) => i.section)).toEqual(['team', 'video', 'licence']);
  });
});

describe('checklist problems in the reader’s language', () => {
  const t = i18n.t;

  it('words each problem from the catalog with its facts: languages named and listed, numbers, names', () => {
    expect(problemText(t, { reason: 'entries.missing_subtitles', params: { languages: ['en', 'th'] } })).toBe('Add subtitles in English and Thai.');
    expect(problemText(t, { reason: 'entries.team_too_small', params: { min: 2, size: 1 } })).toBe('A team needs at least 2 members; yours has 1.');
    expect(problemText(t, { reason: 'entries.participant_consent_missing', params: { name: 'Ploy' } })).toContain('Ploy');
  });

  it('in Thai, keeps every fact: the closing time in Thai, the limit', async () => {
    await loadLocale('th');
    await i18n.changeLanguage('th');
    try {
      const closedAt = '2027-06-30T15:00:00.000Z';
      expect(problemText(t, { reason: 'entries.window_closed', params: { closedAt } })).toBe(`ปิดรับผลงานแล้วเมื่อ ${formatDateTime(closedAt, 'th')}`);
      expect(problemText(t, { reason: 'entries.school_limit_reached', params: { limit: 2 } })).toContain('(2)');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('shows no server English for a reason it does not know', () => {
    expect(problemText(t, { reason: 'entries.brand_new', params: {} })).toBe(i18n.t('errors.unknown'));
  });
});
