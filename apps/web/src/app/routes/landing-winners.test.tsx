import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../test/render';
import { makeCompetition } from '../../test/competition';
import type { Competition } from '../../api/get-competition';
import { LandingRoute } from './landing';

const finished = makeCompetition({
  name: { en: 'Thai Cup', th: 'ถ้วยไทย' },
  submissionPhase: 'closed',
  results: {
    publishedAt: '2028-09-10T10:00:00.000Z',
    showcaseUrl: '/showcase/thai-cup',
    grandPrize: {
      code: 'TH-0042',
      title: 'Phish Tank',
      credits: ['Niran', 'Ploy'],
      countryCode: 'TH',
      awardName: { en: 'Grand Prize' },
      url: '/showcase/thai-cup/entries/TH-0042',
      posterUrl: null,
    },
  },
});

describe('finished editions on the landing page', () => {
  const summary = (c: Competition) => ({
    id: c.id,
    slug: c.slug,
    name: c.name,
    theme: c.theme,
    status: c.status,
    timeline: c.timeline,
    submissionPhase: c.submissionPhase,
    results: c.results,
    countryCount: 2,
    categoryCount: 1,
  });

  it('lists the winners of a finished edition, Grand Prize first, with a link to them; its card says Results published', async () => {
    const open = makeCompetition({ id: 'o', slug: 'open-cup', name: { en: 'Open Cup' }, submissionPhase: 'open' });
    const { fetchStub } = stubFetch({
      'GET /api/auth/me': () => ({ status: 401, body: { statusCode: 401, code: 'unauthenticated', message: 'Sign in' } }),
      'GET /api/competitions': () => ({ body: [summary(finished), summary(open)] }),
    });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<LandingRoute />);
    const section = await screen.findByRole('region', { name: 'Winners' });
    const edition = within(section).getByRole('region', { name: 'Thai Cup' });
    expect(within(edition).getByText(/“Phish Tank” by Niran and Ploy, Thailand/)).toBeVisible();
    expect(within(edition).getByRole('link', { name: 'See the winners' })).toHaveAttribute('href', '/showcase/thai-cup');
    // the open one is not among the winners, and the finished one's card no longer says Closed
    expect(within(section).queryByText('Open Cup')).toBeNull();
    const cards = screen.getByRole('list', { name: 'Current competitions' });
    expect(within(cards).getByText('Results published')).toBeVisible();
    expect(within(cards).getByText('Open for entries')).toBeVisible();
    expect(within(cards).queryByText('Closed')).toBeNull();
  });

  it('has no winners section when no edition has finished', async () => {
    const { fetchStub } = stubFetch({
      'GET /api/auth/me': () => ({ status: 401, body: { statusCode: 401, code: 'unauthenticated', message: 'Sign in' } }),
      'GET /api/competitions': () => ({ body: [summary(makeCompetition({ submissionPhase: 'open' }))] }),
    });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<LandingRoute />);
    expect(await screen.findByText('Open for entries')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Winners' })).toBeNull();
  });
});
