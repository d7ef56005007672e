import type { ReactNode } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/translator';
import type { Dashboard, DashboardAlert, SetupStep } from '../api/get-dashboard';
import { AlertsList } from './alerts-list';
import { DeadlinesPanel } from './deadlines-panel';
import { FunnelChart } from './funnel-chart';
import { SetupChecklist } from './setup-checklist';

const C = '11111111-1111-4111-8111-111111111111';
const R = '22222222-2222-4222-8222-222222222222';
const NAMES: Record<string, string> = { TH: 'Thailand', JP: 'Japan', SG: 'Singapore' };
const countryName = (code: string) => NAMES[code] ?? code;
const organiser = { competitionId: C, countries: ['JP', 'SG', 'TH'] };
const inRouter = (node: ReactNode) => render(<MemoryRouter>{node}</MemoryRouter>);

const step = (o: Partial<SetupStep> & Pick<SetupStep, 'step' | 'state'>): SetupStep => ({
  blockedBy: null,
  count: 0,
  countries: [],
  rounds: [],
  missing: [],
  ...o,
});
const counts = (n: number[]) => ({ draft: n[0], submitted: n[1], eligible: n[2], judged: n[3], finalist: n[4], winner: n[5] });

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('SetupChecklist', () => {
  const steps: SetupStep[] = [
    step({ step: 'details', state: 'done' }),
    step({ step: 'categories', state: 'done', count: 2 }),
    step({ step: 'countries', state: 'todo', count: 3, countries: ['SG'] }),
    step({ step: 'licence', state: 'todo', missing: ['consents'] }),
    step({ step: 'rounds', state: 'todo', countries: ['JP', 'SG'], missing: ['final'] }),
    step({ step: 'rubric', state: 'blocked', blockedBy: 'rounds' }),
    step({ step: 'judges', state: 'todo', rounds: [{ roundId: R, kind: 'national', countryCode: 'TH', name: {}, judges: 1, needed: 3 }] }),
  ];

  it('shows each step in order with its state in words, what it needs, and where to do it', () => {
    inRouter(<SetupChecklist steps={steps} place={organiser} countryName={countryName} />);
    const section = screen.getByRole('region', { name: 'Setup checklist' });
    expect(within(section).getByText('2 of 7 steps done')).toBeVisible();
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.dash-step-title')!.textContent)).toEqual([
      'Details and rulesDone',
      'Categories' + 'Done',
      'Countries and their coordinatorsTo do',
      'Licence and consent textsTo do',
      'RoundsTo do',
      'RubricBlocked',
      'JudgesTo do',
    ]);
    expect(items[1]).toHaveTextContent('2 categories.');
    expect(items[2]).toHaveTextContent('Singapore has no coordinator yet: invite one.');
    expect(within(items[2]).getByRole('link', { name: 'Do this step: Countries and their coordinators' })).toHaveAttribute('href', '/admin/invitations');
    expect(items[3]).toHaveTextContent('Still missing: the consents each team member must give.');
    expect(within(items[3]).getByRole('link')).toHaveAttribute('href', `/admin/competitions/${C}/settings#cf-rules-h`);
    expect(items[4]).toHaveTextContent('Japan and Singapore have no national round yet. There is no regional final yet.');
    expect(within(items[4]).getByRole('link')).toHaveAttribute('href', `/admin/competitions/${C}/rounds`);
    // a blocked step says which step comes first, and offers no link yet
    expect(items[5]).toHaveTextContent('Do “Rounds” first.');
    expect(within(items[5]).queryByRole('link')).toBeNull();
    expect(items[6]).toHaveTextContent('Not enough judges yet: National round · Thailand (1 of 3).');
    // the judges step leads to the rounds page's panels, where every round short of judges suggests people of the pool
    expect(within(items[6]).getByRole('link')).toHaveAttribute('href', `/admin/competitions/${C}/rounds#rounds-panels-h`);
    expect(within(items[0]).getByRole('link', { name: 'Review: Details and rules' })).toHaveAttribute('href', `/admin/competitions/${C}/settings#cf-basics-h`);
  });

  it("leaves the organisers' steps without a link on a coordinator's dashboard, and links the rounds under the country", () => {
    inRouter(<SetupChecklist steps={steps} place={{ ...organiser, coordinatorCountry: 'TH', countries: ['TH'] }} countryName={countryName} />);
    const items = screen.getAllByRole('listitem');
    expect(within(items[3]).queryByRole('link')).toBeNull();
    expect(items[3]).toHaveTextContent('The organisers take this step.');
    expect(within(items[6]).getByRole('link')).toHaveAttribute('href', `/coordinate/TH/competitions/${C}/rounds#rounds-panels-h`);
  });

  it('names the first countries of a long list by name and counts the others', () => {
    const many = ['VN', 'TH', 'SG', 'PH', 'MY', 'JP', 'ID', 'BN'];
    inRouter(
      <SetupChecklist steps={[step({ step: 'countries', state: 'todo', count: 9, countries: many })]} place={organiser} countryName={(c) => `Land ${c}`} />,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'Land BN, Land ID, Land JP, Land MY, Land PH, and 3 others have no coordinator yet: invite one for each.',
    );
  });

  it('speaks Japanese, every fact kept', async () => {
    await i18n.changeLanguage('ja');
    inRouter(<SetupChecklist steps={steps} place={organiser} countryName={countryName} />);
    expect(screen.getByRole('region', { name: '準備チェックリスト' })).toBeVisible();
    expect(screen.getByText('7件中2件完了')).toBeVisible();
    const items = screen.getAllByRole('listitem');
    expect(items[6]).toHaveTextContent('審査員がまだ足りないラウンド：国内審査 · Thailand（3人中1人）。');
    expect(items[5]).toHaveTextContent('先に「審査ラウンド」を済ませてください。');
    expect(items[6]).toHaveTextContent('未完了');
  });
});

describe('AlertsList', () => {
  const alerts: DashboardAlert[] = [
    { code: 'entries_unscreened', count: 4, round: null, threshold: 3, target: { kind: 'entries', filter: 'unscreened' } },
    {
      code: 'invitations_pending',
      count: 1,
      round: { roundId: R, kind: 'national', countryCode: 'TH', name: {} },
      threshold: null,
      target: { kind: 'round', roundId: R, section: 'panel' },
    },
  ];

  it('says what needs attention with its facts, each linked to where it is fixed', () => {
    inRouter(<AlertsList alerts={alerts} place={organiser} countryName={countryName} />);
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('4 entries were submitted more than 3 days ago and are not screened yet.');
    expect(within(items[0]).getByRole('link', { name: /Open the entries/ })).toHaveAttribute(
      'href',
      `/admin/entries?competitionId=${C}&status=submitted&screening=pending&sort=submittedAt`,
    );
    expect(items[1]).toHaveTextContent('National round · Thailand: 1 invited judge has not accepted yet.');
    expect(within(items[1]).getByRole('link', { name: 'Open the panel: National round · Thailand: 1 invited judge has not accepted yet.' })).toHaveAttribute(
      'href',
      `/admin/rounds/${R}/panel`,
    );
  });

  it("links a coordinator's alerts under their country", () => {
    inRouter(<AlertsList alerts={alerts} place={{ ...organiser, coordinatorCountry: 'TH', countries: ['TH'] }} countryName={countryName} />);
    expect(screen.getAllByRole('link')[0].getAttribute('href')).toMatch(new RegExp(`^/coordinate/TH/entries\\?competitionId=${C}&`));
    expect(screen.getAllByRole('link')[1]).toHaveAttribute('href', `/coordinate/TH/rounds/${R}/panel`);
  });

  it('says so when nothing needs attention', () => {
    inRouter(<AlertsList alerts={[]} place={organiser} countryName={countryName} />);
    expect(screen.getByText('Nothing needs your attention right now.')).toBeVisible();
  });
});

describe('FunnelChart', () => {
  const funnel: Dashboard['funnel'] = {
    total: counts([3, 9, 7, 4, 2, 1]),
    byCountry: [
      { countryCode: 'JP', counts: counts([1, 4, 3, 2, 1, 0]) },
      { countryCode: 'TH', counts: counts([2, 5, 4, 2, 1, 1]) },
    ],
    byCategory: [{ categoryId: 'c1', name: { en: 'Ages 13–17', ja: '13〜17歳' }, counts: counts([3, 9, 7, 4, 2, 1]) }],
  };
  const rows = (table: HTMLElement) =>
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [
        within(r).getByRole('rowheader').textContent,
        ...within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ]);

  it('gives the figures as a table behind the bars, in total and by country', async () => {
    inRouter(<FunnelChart funnel={funnel} countryName={countryName} />);
    const figure = screen.getByRole('figure', { name: 'Entries by stage' });
    expect(figure.querySelector('.chart-drawing')).toHaveAttribute('aria-hidden', 'true');
    const table = within(figure).getByRole('table', { name: 'Entries by stage' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Entries', 'Drafts', 'Submitted', 'Eligible', 'Judged', 'Finalists', 'Winners']);
    expect(rows(table)).toEqual([['All entries', '3', '9', '7', '4', '2', '1']]);

    await userEvent.click(screen.getByRole('button', { name: 'By country' }));
    expect(screen.getByRole('button', { name: 'By country' })).toHaveAttribute('aria-pressed', 'true');
    const byCountry = screen.getByRole('table', { name: 'Entries by stage and country' });
    expect(rows(byCountry)).toEqual([
      ['Japan', '1', '4', '3', '2', '1', '0'],
      ['Thailand', '2', '5', '4', '2', '1', '1'],
    ]);
    // the table takes the drawing's place when asked for
    await userEvent.click(screen.getByRole('button', { name: 'Show the figures as a table' }));
    expect(screen.getByRole('figure').querySelector('.chart-drawing')).toBeNull();
    expect(byCountry.parentElement).toHaveClass('chart-table');
  });

  it('says what to expect when there are no entries yet', () => {
    inRouter(<FunnelChart funnel={{ total: counts([0, 0, 0, 0, 0, 0]), byCountry: [], byCategory: [] }} countryName={countryName} />);
    expect(screen.getByText(/No entries yet/)).toBeVisible();
    expect(screen.queryByRole('figure')).toBeNull();
  });
});

describe('DeadlinesPanel', () => {
  it('says what is left of each window, by the clock of the figures', () => {
    inRouter(
      <DeadlinesPanel
        asOf="2027-01-15T03:00:00.000Z"
        countryName={countryName}
        deadlines={{
          submission: { opensAt: '2027-01-01T00:00:00.000Z', closesAt: '2027-01-18T03:00:00.000Z', state: 'open' },
          rounds: [
            {
              roundId: R,
              kind: 'final',
              countryCode: null,
              // named by the organisers: the name in the reader's language labels it
              name: { en: 'Grand final 2027' },
              status: 'draft',
              opensAt: '2027-01-17T03:00:00.000Z',
              closesAt: '2027-02-15T00:00:00.000Z',
              state: 'upcoming',
            },
          ],
          ceremonyAt: null,
        }}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Submissions');
    expect(items[0]).toHaveTextContent('Closes in 3 days');
    expect(items[1]).toHaveTextContent('Grand final 2027 · Draft');
    expect(items[1]).toHaveTextContent('Opens in 2 days');
  });
});
