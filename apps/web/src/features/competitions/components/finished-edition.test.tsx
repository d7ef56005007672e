import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadLocale } from '../../../lib/i18n';
import { i18n } from '../../../lib/translator';
import { renderPage } from '../../../test/render';
import { makeCompetition } from '../../../test/competition';
import type { Competition } from '../../../api/get-competition';
import { CompetitionDetail } from './competition-detail';

const RESULTS: NonNullable<Competition['results']> = {
  publishedAt: '2028-09-10T10:00:00.000Z',
  showcaseUrl: '/showcase/thai-cup',
  grandPrize: {
    code: 'TH-0042',
    title: 'Phish Tank',
    credits: ['Niran', 'Ploy'],
    countryCode: 'TH',
    awardName: { en: 'Grand Prize', th: 'รางวัลชนะเลิศ' },
    url: '/showcase/thai-cup/entries/TH-0042',
    posterUrl: '/showcase/thai-cup/media/TH-0042/poster',
  },
};
const finished = makeCompetition({ name: { en: 'Thai Cup', th: 'ถ้วยไทย' }, submissionPhase: 'closed', results: RESULTS });

async function renderDetail(lng: string, c: Competition) {
  await loadLocale(lng);
  await i18n.changeLanguage(lng);
  return renderPage(<CompetitionDetail competition={c} countryName={(code) => code} />);
}

describe('a finished edition on its competition page', () => {
  it('says the results are published, when, names the Grand Prize and links to the winners', async () => {
    await renderDetail('en', finished);
    expect(screen.getByText('Results published')).toHaveClass('badge');
    expect(screen.queryByText('Closed')).toBeNull();
    const banner = screen.getByRole('region', { name: 'The results are out' });
    expect(within(banner).getByText(/Results published on/).textContent).toBe('Results published on September 10, 2028.');
    expect(within(banner).getByText('Grand Prize')).toBeVisible();
    expect(within(banner).getByText(/“Phish Tank” by Niran and Ploy, Thailand/)).toBeVisible();
    expect(within(banner).getByRole('link', { name: 'See the winners' })).toHaveAttribute('href', '/showcase/thai-cup');
    expect(within(banner).getByRole('link', { name: 'Watch the video' })).toHaveAttribute('href', '/showcase/thai-cup/entries/TH-0042');
    const poster = banner.querySelector('img')!;
    expect(poster.getAttribute('src')).toBe('/showcase/thai-cup/media/TH-0042/poster');
    expect(poster.getAttribute('width')).toBe('320');
    expect(poster.getAttribute('alt')).toBe('');
  });

  it('speaks Thai to a Thai reader, with the date, the names and the country in Thai', async () => {
    try {
      await renderDetail('th', finished);
      expect(screen.getByText('ประกาศผลแล้ว', { selector: '.badge' })).toBeVisible();
      const banner = screen.getByRole('region', { name: 'ประกาศผลแล้ว' });
      expect(within(banner).getByText(/ประกาศผลเมื่อ/).textContent).toMatch(/^ประกาศผลเมื่อ 10 .+ 2571$/);
      expect(within(banner).getByText('รางวัลชนะเลิศ')).toBeVisible();
      expect(within(banner).getByText(/“Phish Tank” โดย NiranและPloy, ไทย/)).toBeVisible();
      expect(within(banner).getByRole('link', { name: 'ดูผลงานที่ได้รับรางวัล' })).toHaveAttribute('href', '/showcase/thai-cup');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('shows nothing of the kind while the results are not public: the phase says Closed', async () => {
    await renderDetail('en', makeCompetition({ submissionPhase: 'closed', results: null }));
    expect(screen.getByText('Closed')).toBeVisible();
    expect(screen.queryByText('Results published')).toBeNull();
    expect(screen.queryByRole('link', { name: 'See the winners' })).toBeNull();
  });
});
