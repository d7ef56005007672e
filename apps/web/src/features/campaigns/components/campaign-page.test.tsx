import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../../app/paths';
import type { Schemas } from '../../../lib/api-client';
import { renderPage, stubFetch } from '../../../test/render';
import { CampaignPage } from './campaign-page';
import { i18n } from '../../../lib/translator';

const CAMPAIGN = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';

const work = (code: string, over: Partial<Schemas['CampaignWorkDto']> = {}): Schemas['CampaignWorkDto'] => ({
  entryId: `entry-${code}`,
  code,
  title: `Title ${code}`,
  countryCode: 'TH',
  countryName: 'Thailand',
  categoryName: 'Ages 13–17',
  posterUrl: null,
  durationSeconds: 90,
  subtitleLanguages: ['en'],
  credits: { byline: 'Ananya and Krit', schools: [], attribution: `“Title ${code}” by Ananya and Krit, CC BY 4.0` },
  licence: { title: 'Clapper reuse licence', version: 2, acceptedByName: 'Ms Somchai', acceptedAt: '2027-05-02T03:00:00.000Z' },
  cleared: true,
  flag: null,
  addedByName: 'Org',
  addedAt: '2027-09-01T00:00:00.000Z',
  uses: 0,
  downloads: 0,
  ...over,
});

const campaign = (works: Schemas['CampaignWorkDto'][]): Schemas['CampaignDetailDto'] => ({
  id: CAMPAIGN,
  competitionId: 'c1',
  countryCode: null,
  name: 'Safer Internet Day 2028',
  description: '',
  createdByName: 'Org',
  createdAt: '2027-09-01T00:00:00.000Z',
  updatedAt: '2027-09-01T00:00:00.000Z',
  counts: { works: works.length, flagged: works.filter((w) => w.flag).length, uses: 0, downloads: 0 },
  works,
  uses: [],
  downloads: [],
});

function renderCampaign(detail: Schemas['CampaignDetailDto']) {
  const stub = stubFetch({
    [`GET /api/campaigns/${CAMPAIGN}`]: () => ({ body: detail }),
    'GET /api/competitions': () => ({ body: [] }),
    'GET /api/countries': () => ({ body: [{ code: 'TH', names: { en: 'Thailand' } }] }),
  });
  vi.stubGlobal('fetch', stub.fetchStub);
  renderPage(<CampaignPage />, { path: paths.campaigns.adminCampaignPattern, route: paths.campaigns.campaign(paths.campaigns.base(), CAMPAIGN) });
  return stub;
}

afterEach(() => vi.unstubAllGlobals());

describe('CampaignPage', () => {
  it('disables the media kit of a flagged work and says why, while a cleared work keeps its download link', async () => {
    const user = userEvent.setup();
    renderCampaign(
      campaign([
        work('TH-0001'),
        work('TH-0002', {
          cleared: false,
          flag: {
            reason: 'consent_withdrawn',
            params: { code: 'TH-0002', on: '2027-09-20' },
            since: '2027-09-20T00:00:00.000Z',
          },
        }),
      ]),
    );
    const flagged = (await screen.findByRole('heading', { name: 'Title TH-0002' })).closest('li')!;
    expect(within(flagged).getByText('FLAGGED')).toBeVisible();
    expect(within(flagged).getByText('Consent withdrawn')).toBeVisible();
    expect(
      within(flagged).getByText(/^A consent for TH-0002 was withdrawn on .*2027: stop using this work and take it out of the campaign's materials\.$/),
    ).toBeVisible();
    const disabled = within(flagged).getByRole<HTMLButtonElement>('button', { name: 'Download media kit' });
    expect(disabled.disabled).toBe(true);
    expect(within(flagged).queryByRole('link', { name: 'Download media kit' })).toBeNull();
    expect(within(flagged).getByText('Downloads are disabled while the work is flagged.')).toBeVisible();

    const cleared = screen.getByRole('heading', { name: 'Title TH-0001' }).closest('li')!;
    const link = within(cleared).getByRole('link', { name: 'Download media kit' });
    expect(link.getAttribute('href')).toBe(`/api/campaigns/${CAMPAIGN}/works/entry-TH-0001/kit`);
    await user.type(within(cleared).getByLabelText('What is it for? (optional, kept in the download log)'), 'national TV spot');
    expect(link.getAttribute('href')).toBe(`/api/campaigns/${CAMPAIGN}/works/entry-TH-0001/kit?channel=national+TV+spot`);
    // the licence of each work is shown
    expect(within(cleared).getByText('Clapper reuse licence (version 2)')).toBeVisible();
    expect(within(cleared).getByText('Ms Somchai')).toBeVisible();
    // the whole collection leaves the flagged work out
    expect(screen.getByRole('link', { name: 'Download the collection (1 work)' }).getAttribute('href')).toBe(`/api/campaigns/${CAMPAIGN}/kit`);
  });

  it('says why a campaign with history cannot be deleted, with its counts, and never the English the API sent', async () => {
    const user = userEvent.setup();
    const stub = renderCampaign(campaign([work('TH-0001')]));
    const message = 'This campaign has 2 recorded uses and 1 kit download; it is kept as the record of how the works were reused.';
    stub.calls.length = 0;
    vi.stubGlobal(
      'fetch',
      stubFetch({
        [`DELETE /api/campaigns/${CAMPAIGN}`]: () => ({
          status: 409,
          body: { statusCode: 409, code: 'conflict', reason: 'campaigns.has_history', params: { uses: 2, downloads: 1 }, message },
        }),
      }).fetchStub,
    );
    await user.click(await screen.findByText('Edit or delete the campaign'));
    await user.click(screen.getByRole('button', { name: 'Delete campaign' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(await screen.findByText('This campaign is kept as the record of how its works were reused (recorded uses: 2; kit downloads: 1).')).toBeVisible();
    expect(screen.queryByText(message)).toBeNull();
  });

  it("shows a flag in Japanese with the work's code and the day", async () => {
    await i18n.changeLanguage('ja');
    try {
      renderCampaign(
        campaign([work('TH-0003', { cleared: false, flag: { reason: 'entry_withdrawn', params: { code: 'TH-0003', on: '2027-09-21' }, since: null } })]),
      );
      const flagged = (await screen.findByRole('heading', { name: 'Title TH-0003' })).closest('li')!;
      expect(within(flagged).getByText(/^チームは .*2027.*21.* に TH-0003 を取り下げました。この作品はもう使用もダウンロードもできません。$/)).toBeVisible();
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
