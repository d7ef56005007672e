import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../../lib/api-client';
import { i18n } from '../../../lib/translator';
import { renderPage, stubFetch } from '../../../test/render';
import { OpenReadySection } from './open-ready-section';
import { PanelsSection } from './panels-section';

const NAMES: Record<string, string> = { TH: 'Thailand', JP: 'Japan' };
const countryName = (code: string) => NAMES[code] ?? code;

const round = (id: string, countryCode: string, judges: number): Schemas['RoundDto'] =>
  ({
    id,
    competitionId: 'c1',
    kind: 'national',
    countryCode,
    status: 'draft',
    judgesPerEntry: 3,
    counts: { entries: 0, judges, assignments: 0, submitted: 0 },
  }) as Schemas['RoundDto'];

const person = (userId: string, displayName: string, over: Partial<Schemas['PoolPersonDto']> = {}): Schemas['PoolPersonDto'] => ({
  userId,
  displayName,
  email: `${userId}@example.org`,
  countryCode: 'TH',
  languages: ['en', 'th'],
  pastRounds: [],
  onPanel: false,
  ...over,
});
const past = { roundId: 'old', kind: 'national' as const, countryCode: 'TH', competitionName: { en: 'Cup 2026' }, year: 2026 };

const ready = (over: Partial<Schemas['ReadyRoundsDto']> = {}): Schemas['ReadyRoundsDto'] => ({
  submissionClosesAt: '2027-06-30T15:00:00.000Z',
  submissionsOpen: false,
  rounds: [
    { roundId: 'r-jp', kind: 'national', countryCode: 'JP', judges: 0, judgesPerEntry: 3, entries: 2, ready: false },
    { roundId: 'r-th', kind: 'national', countryCode: 'TH', judges: 1, judgesPerEntry: 3, entries: 1, ready: true },
  ],
  ...over,
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

describe('PanelsSection', () => {
  it("suggests people of the round's country from the pool, who judged before first, and adds one in a click", async () => {
    const user = userEvent.setup();
    const stub = stubFetch({
      'GET /api/rounds/r-th/judge-pool': () => ({
        body: {
          people: [
            person('u1', 'Anan Coordinator'),
            person('u2', 'Busaba Judge', { pastRounds: [past] }),
            person('u3', 'Chai On Panel', { onPanel: true, pastRounds: [past] }),
            person('u4', 'Dara Judge', { pastRounds: [past, { ...past, roundId: 'older', year: 2025 }] }),
            person('u5', 'Ekkachai'),
          ],
          more: false,
        },
      }),
      'POST /api/rounds/r-th/judges': () => ({ body: { judges: [] } }),
    });
    vi.stubGlobal('fetch', stub.fetchStub);
    renderPage(
      <PanelsSection rounds={[round('r-th', 'TH', 0), round('r-jp', 'JP', 3)]} countryName={countryName} panelHref={(id) => `/admin/rounds/${id}/panel`} />,
    );

    const panels = screen.getByRole('region', { name: 'Panels' });
    // the Japanese round has its 3 judges: only the Thai one asks for more
    const thai = within(panels).getByRole('region', { name: 'National round · Thailand' });
    expect(within(panels).queryByRole('region', { name: 'National round · Japan' })).toBeNull();
    expect(within(thai).getByText('0 of 3 judges')).toBeVisible();
    const list = await within(thai).findByRole('list', { name: 'Suggested judges for National round · Thailand' });
    // three at most, past judges first, nobody already on the panel
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.pool-person-name')?.textContent),
    ).toEqual(['Busaba Judge', 'Dara Judge', 'Anan Coordinator']);
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent('Judged 2 rounds before');
    expect(stub.calls[0].path).toBe('/api/rounds/r-th/judge-pool?country=TH');
    expect(within(thai).getByRole('link', { name: 'Search the whole pool or invite someone new: panel of National round · Thailand' })).toHaveAttribute(
      'href',
      '/admin/rounds/r-th/panel',
    );

    await user.click(within(list).getByRole('button', { name: 'Add Dara Judge to National round · Thailand' }));
    expect(await within(thai).findByText('Dara Judge is on the panel of National round · Thailand, and was emailed what the round asks.')).toBeVisible();
    expect(stub.calls.find((c) => c.method === 'POST')).toEqual({ method: 'POST', path: '/api/rounds/r-th/judges', body: { userId: 'u4' } });
  });

  it('says what to do when the pool has no one of the country, and when every round has its judges', async () => {
    vi.stubGlobal('fetch', stubFetch({ 'GET /api/rounds/r-th/judge-pool': () => ({ body: { people: [], more: false } }) }).fetchStub);
    const { unmount } = renderPage(<PanelsSection rounds={[round('r-th', 'TH', 0)]} countryName={countryName} panelHref={() => '/x'} />);
    expect(await screen.findByText("No one of Thailand is in the judge pool yet. Invite a judge from the round's panel page.")).toBeVisible();
    unmount();
    renderPage(<PanelsSection rounds={[round('r-th', 'TH', 3)]} countryName={countryName} panelHref={() => '/x'} />);
    expect(screen.getByText('Every round has the judges it asks for.')).toBeVisible();
  });
});

describe('OpenReadySection', () => {
  it('lists what each round still needs, asks with the facts, then opens the ready ones with their assignment', async () => {
    const user = userEvent.setup();
    const stub = stubFetch({
      'GET /api/competitions/c1/rounds/open-ready': () => ({ body: ready({ submissionsOpen: true }) }),
      'POST /api/competitions/c1/rounds/open-ready': () => ({
        body: {
          opened: [
            {
              roundId: 'r-th',
              kind: 'national',
              countryCode: 'TH',
              entries: 1,
              assignment: { total: 1, kept: 0, added: 1, removed: 0, spread: 0, uncovered: [{ roundEntryId: 'x', code: 'TH-0001' }], loads: [] },
            },
          ],
        },
      }),
    });
    vi.stubGlobal('fetch', stub.fetchStub);
    renderPage(<OpenReadySection competitionId="c1" countryName={countryName} />);

    const section = await screen.findByRole('region', { name: 'Open the rounds that are ready' });
    const items = within(section).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('National round · Japan2 eligible entries · 0 judges○ Needs a judge');
    expect(items[1]).toHaveTextContent('National round · Thailand1 eligible entry · 1 judge✓ Ready');

    await user.click(within(section).getByRole('button', { name: 'Open 1 ready round' }));
    const question = within(section).getByRole('group', { name: 'Open 1 round now?' });
    expect(question).toHaveFocus();
    expect(question).toHaveTextContent('National round · Thailand: 1 eligible entry, 1 judge. Each entry gets fewer judges than the 3 the round asks for');
    expect(question).not.toHaveTextContent('Japan');
    expect(question).toHaveTextContent(/Submissions stay open until .*2027/);
    expect(stub.calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await user.click(within(question).getByRole('button', { name: 'Yes, open 1 round' }));
    expect(
      await within(section).findByText(
        "Opened National round · Thailand: its judges have their entries now. 1 entry has fewer judges than its round asks for: add judges, then run the assignment again on the round's page.",
      ),
    ).toBeVisible();
    expect(stub.calls.find((c) => c.method === 'POST')).toEqual({
      method: 'POST',
      path: '/api/competitions/c1/rounds/open-ready',
      body: { roundIds: ['r-th'], confirm: true },
    });
  });

  it('offers nothing to open while no round is ready, and says what to do', async () => {
    vi.stubGlobal(
      'fetch',
      stubFetch({
        'GET /api/competitions/c1/rounds/open-ready': () => ({ body: ready({ rounds: [ready().rounds[0]] }) }),
      }).fetchStub,
    );
    renderPage(<OpenReadySection competitionId="c1" countryName={countryName} />);
    const button = await screen.findByRole('button', { name: 'No round is ready to open' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/^Add a judge to a round's panel above/);
  });

  const notReady = {
    statusCode: 422,
    code: 'rule_violation',
    reason: 'judging.rounds_not_ready',
    message: 'Nothing was opened: 2 of these rounds have no judge or no entry yet.',
    params: {
      problems: [
        { reason: 'judging.national_round_not_ready', params: { country: 'JP', judges: 0, entries: 2 } },
        { reason: 'judging.final_not_ready', params: { judges: 1, entries: 0 } },
      ],
    },
  };

  async function refusedOpening() {
    const user = userEvent.setup();
    vi.stubGlobal(
      'fetch',
      stubFetch({
        'GET /api/competitions/c1/rounds/open-ready': () => ({ body: ready() }),
        'POST /api/competitions/c1/rounds/open-ready': () => ({ status: 422, body: notReady }),
      }).fetchStub,
    );
    renderPage(<OpenReadySection competitionId="c1" countryName={countryName} />);
    const section = await screen.findByRole('region', { name: i18n.t('roundSetup.openReady.title') });
    await user.click(within(section).getByRole('button', { name: i18n.t('roundSetup.openReady.start', { count: 1 }) }));
    await user.click(within(section).getByRole('button', { name: i18n.t('roundSetup.openReady.confirm', { count: 1 }) }));
    return within(section).findByRole('alert');
  }

  it('words a refusal with each round that is not ready and its facts, never the English of the server', async () => {
    const alert = await refusedOpening();
    expect(alert).toHaveTextContent('No round was opened');
    expect(alert).toHaveTextContent(
      'Nothing was opened: a round opens once it has at least one judge and one entry. Not ready yet: the national round of Japan (judges: 0, eligible entries: 2) and the regional final (judges: 1, finalists: 0).',
    );
    expect(alert).not.toHaveTextContent(notReady.message);
  });

  it('words it in Japanese with every fact', async () => {
    await i18n.changeLanguage('ja');
    const alert = await refusedOpening();
    expect(alert).toHaveTextContent('日本の国内審査（審査員：0人、適格な作品：2件）');
    expect(alert).toHaveTextContent('地域決勝（審査員：1人、決勝進出作品：0件）');
    expect(alert).toHaveTextContent('どのラウンドも開始されませんでした。ラウンドを開始するには');
  });
});
