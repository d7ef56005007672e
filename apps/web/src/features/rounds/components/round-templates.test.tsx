import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../../lib/api-client';
import { i18n } from '../../../lib/translator';
import { renderPage, stubFetch } from '../../../test/render';
import { RoundTemplates } from './round-templates';
import { RoundKindsExplained } from './round-flow';

const preview = (over: Partial<Schemas['NationalPreviewDto']> = {}): Schemas['RoundTemplatesPreviewDto'] => ({
  national: {
    create: ['BN', 'KH', 'TH'],
    existing: [],
    withoutCoordinator: ['BN', 'KH'],
    opensAt: '2027-07-07T15:00:00.000Z',
    closesAt: '2027-07-28T15:00:00.000Z',
    judgesPerEntry: 3,
    blind: true,
    rubricCopied: false,
    criteria: 5,
    ...over,
  },
  final: {
    available: true,
    opensAt: '2027-08-04T15:00:00.000Z',
    closesAt: '2027-08-25T15:00:00.000Z',
    countryQuota: 3,
    judgesPerEntry: 3,
    blind: true,
    rubricCopied: false,
    criteria: 5,
    countries: 3,
  },
});

function renderTemplates(routes: Parameters<typeof stubFetch>[0]) {
  const stub = stubFetch(routes);
  vi.stubGlobal('fetch', stub.fetchStub);
  renderPage(<RoundTemplates competitionId="c1" first />);
  return stub;
}

describe('RoundTemplates', () => {
  it('previews the national rounds by country name, asks, then creates them and says which', async () => {
    const user = userEvent.setup();
    let answer = preview();
    const { calls } = renderTemplates({
      'GET /api/round-templates': () => ({ body: answer }),
      'POST /api/round-templates/national': () => {
        answer = preview({ create: [], existing: ['BN', 'KH', 'TH'] });
        return { body: { created: ['BN', 'KH', 'TH'].map((countryCode) => ({ countryCode })), existing: [], withoutCoordinator: ['BN', 'KH'] } };
      },
    });
    expect(await screen.findByRole('heading', { name: 'Start with a template' })).toBeVisible();
    const card = await screen.findByRole('region', { name: 'National rounds for every participating country' });
    expect(within(card).getByText('3 national rounds: Brunei, Cambodia, and Thailand')).toBeVisible();
    expect(within(card).getByText('3 judges per entry · blind (judges see no names, schools or countries)')).toBeVisible();
    expect(within(card).getByText(/^Brunei and Cambodia have no coordinator yet/)).toBeVisible();
    expect(within(card).getByRole('link', { name: 'Invite a coordinator' }).getAttribute('href')).toBe('/admin/invitations');

    await user.click(within(card).getByRole('button', { name: 'Create 3 national rounds' }));
    const confirm = within(card).getByRole('group', { name: 'Create 3 national rounds?' });
    expect(confirm.textContent).toContain('nothing opens and nobody is emailed yet');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Yes, create 3 rounds' }));
    expect(await within(card).findByText(/^Created 3 national rounds: Brunei, Cambodia, and Thailand\./)).toBeVisible();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([{ method: 'POST', path: '/api/round-templates/national', body: { competitionId: 'c1' } }]);
    expect(await within(card).findByText('Every participating country has its national round.')).toBeVisible();
  });

  it('creates the final with the quota typed, and says what a bad quota should be', async () => {
    const user = userEvent.setup();
    const { calls } = renderTemplates({
      'GET /api/round-templates': () => ({ body: preview() }),
      'POST /api/round-templates/final': () => ({ status: 201, body: { kind: 'final', countryQuota: 2 } }),
    });
    const card = await screen.findByRole('region', { name: 'Regional final with a quota per country' });
    const quota = within(card).getByRole('spinbutton', { name: 'Entries per country' });
    await user.clear(quota);
    expect(within(card).getByText('Give a whole number from 1 to 100.')).toBeVisible();
    expect(within(card).getByRole('button', { name: 'Create the final' })).toHaveProperty('disabled', true);
    await user.type(quota, '2');
    expect(within(card).getByText('At most 6 entries in the final, from 3 countries.')).toBeVisible();
    await user.click(within(card).getByRole('button', { name: 'Create the final' }));
    await user.click(within(card).getByRole('button', { name: 'Yes, create the final' }));
    expect(await within(card).findByText('The regional final is set up, with up to 2 entries per country.')).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ competitionId: 'c1', countryQuota: 2 });
  });

  it('words the preview in Japanese, countries and list included', async () => {
    await i18n.changeLanguage('ja');
    try {
      renderTemplates({ 'GET /api/round-templates': () => ({ body: preview() }) });
      expect(await screen.findByText('国内審査3件：カンボジア、タイ、ブルネイ')).toBeVisible();
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});

describe('RoundKindsExplained', () => {
  it('explains both kinds, and gives the diagram’s steps as text', () => {
    renderPage(<RoundKindsExplained quota={2} />);
    const figure = screen.getByRole('figure', { name: 'From the national rounds to the ceremony' });
    expect(
      within(figure)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      "National rounds: each country's coordinators screen their entries, then judges score the eligible ones.",
      'Promotion: each country sends its best-ranked entries to the final, 2 at most.',
      'Regional final: judges score the promoted entries, never those of their own country.',
      'Awards and ceremony: the organisers assign the awards, seal the results and publish them at the ceremony.',
    ]);
    expect(screen.getByText(/^One per competition, run by the organisers/)).toBeVisible();
  });
});
