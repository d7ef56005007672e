import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderPage, stubFetch } from '../../test/render';
import { LandingRoute } from './landing';
import { i18n } from '../../lib/translator';

const competition = {
  id: '2eaba6c0-e55d-4c5d-b9a6-5c2df127b520',
  slug: 'asean-japan-2027',
  name: { en: 'ASEAN–Japan Video Competition 2027', ja: '日ASEAN動画コンテスト2027' },
  theme: { en: 'Think before you click' },
  status: 'published',
  timeline: {
    submissionOpensAt: '2026-10-01T00:00:00.000Z',
    submissionClosesAt: '2027-04-01T00:00:00.000Z',
    judgingOpensAt: null,
    judgingClosesAt: null,
    ceremonyAt: null,
  },
  submissionPhase: 'open',
  countryCount: 12,
  categoryCount: 3,
};
const draft = { ...competition, id: 'd', slug: 'draft-one', name: { en: 'Hidden draft' }, status: 'draft', submissionPhase: 'not_open' };

describe('LandingRoute', () => {
  it('lists published competitions as cards linking to their page', async () => {
    const { fetchStub } = stubFetch({
      'GET /api/auth/me': () => ({ status: 401, body: { statusCode: 401, code: 'unauthenticated', message: 'Sign in' } }),
      'GET /api/competitions': () => ({ body: [competition, draft] }),
    });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<LandingRoute />);

    expect(screen.getByRole('heading', { level: 1, name: 'Make a video that keeps people safe online' })).toBeVisible();
    const link = await screen.findByRole('link', { name: 'ASEAN–Japan Video Competition 2027' });
    expect(link.getAttribute('href')).toBe('/competitions/asean-japan-2027');
    expect(screen.getByText('Open for entries')).toBeVisible();
    expect(screen.getByText('Think before you click')).toBeVisible();
    expect(screen.getByText('12')).toBeVisible();
    expect(screen.queryByText('Hidden draft')).toBeNull();
    // signed out: the call to action is offered
    expect(await screen.findByRole('link', { name: 'Join as a student or teacher' })).toBeVisible();
  });

  it('shows names in Japanese, falling back to English', async () => {
    const { fetchStub } = stubFetch({
      'GET /api/auth/me': () => ({ status: 401, body: { statusCode: 401, code: 'unauthenticated', message: 'Sign in' } }),
      'GET /api/competitions': () => ({ body: [competition] }),
    });
    vi.stubGlobal('fetch', fetchStub);
    await i18n.changeLanguage('ja');
    try {
      renderPage(<LandingRoute />);
      expect(await screen.findByRole('link', { name: '日ASEAN動画コンテスト2027' })).toBeVisible();
      expect(screen.getByText('Think before you click')).toBeVisible();
      expect(screen.getByText('応募受付中')).toBeVisible();
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('says so when the list cannot be loaded', async () => {
    const { fetchStub } = stubFetch({
      'GET /api/auth/me': () => ({ status: 401, body: { statusCode: 401, code: 'unauthenticated', message: 'Sign in' } }),
      'GET /api/competitions': () => ({ status: 503, body: { statusCode: 503, code: 'service_unavailable', message: 'Down for a moment.' } }),
    });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<LandingRoute />);
    const alert = await screen.findByRole('alert');
    // the page speaks its own words for the code, never the server's English
    expect(alert.textContent).toContain('The service is briefly unavailable. Please try again in a moment.');
    expect(alert.textContent).not.toContain('Down for a moment.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
