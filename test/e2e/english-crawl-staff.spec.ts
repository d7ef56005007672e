import { expect, test } from '@playwright/test';
import { CRAWL_LOCALES, CrawlLog, crawlSetUp, eachLocale, RoleTab, type CrawlBase } from './english-crawl';
import { declareLanguages, openRoundWithJudge, retireCompetition, submitAndScreen, type Account } from './fresh-round';
import { DEMO } from './helpers';
import { apiAs, closeOpened, demoCompetition, headers, ok } from './judging-data';

/**
 * Issue 17 §6, the staff half: the Thai coordinator's pages in each of the 13 locales other than English, and the
 * judge's and the organiser's pages in Japanese, read for English (english-detector.ts). The public pages are in
 * english-crawl-public.spec.ts. The spec builds a competition of its own (in every language) with a submitted entry
 * in an open national round with a judge, a draft with a minor, and a campaign each for the coordinator and the
 * organiser; of the demo's data it only reads.
 */

const SECTIONS = ['setup', 'panel', 'assignment', 'progress', 'scores', 'ranking'];

interface World extends CrawlBase {
  demo: { id: string };
  past: { id: string; finalId: string };
  round: { id: string; judge: Account; roundEntryId: string };
  campaignId: string;
  thaiCampaignId: string;
}
let world: World;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  const started = Date.now();
  const base = await crawlSetUp(browser, {
    label: 'crawl-staff',
    toneHz: 740,
    names: { student: 'Niran Jaiyen', minor: 'Nong Dao' },
    entry: { title: 'ข้อความจากธนาคาร', synopsisOriginal: 'ข้อความปลอมจากธนาคารขอรหัสผ่าน', synopsisEnglish: 'Niran gets a fake message from a bank.' },
  });
  const { organiser, competition } = base;
  const campaign = await ok<{ id: string }>(
    organiser.post('/api/campaigns', { headers: headers(), data: { competitionId: competition.id, name: 'キャンペーン 2027' } }),
  );
  const coordinator = await apiAs(browser, DEMO.coordinatorTH);
  const thaiCampaign = await ok<{ id: string }>(
    coordinator.post('/api/campaigns', { headers: headers(), data: { competitionId: competition.id, name: 'แคมเปญวันอินเทอร์เน็ตปลอดภัย' } }),
  );
  const pastId = (await ok<{ id: string; slug: string }[]>(organiser.get('/api/competitions'))).find((c) => c.slug === 'asean-japan-2026')!.id;
  const pastFinal = (await ok<{ id: string; kind: string }[]>(organiser.get(`/api/rounds?competitionId=${pastId}`))).find((r) => r.kind === 'final')!;
  // the entry submitted once its video is processed, screened, and in an open national round with a judge
  await submitAndScreen(browser, base.student.request, base.entry.id);
  const round = await openRoundWithJudge(browser, organiser, competition, 'Anong Crawljudge');
  const queue = await ok<{ items: { roundEntryId: string }[] }>((await apiAs(browser, round.judge)).get(`/api/judge/rounds/${round.roundId}/queue`));
  expect(queue.items).toHaveLength(1);
  world = {
    ...base,
    demo: await demoCompetition(organiser),
    past: { id: pastId, finalId: pastFinal.id },
    round: { id: round.roundId, judge: round.judge, roundEntryId: queue.items[0].roundEntryId },
    campaignId: campaign.id,
    thaiCampaignId: thaiCampaign.id,
  };
  console.log(`[english-crawl staff] set-up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test.afterAll(async () => {
  if (world) for (const c of [world.competition, world.drafts]) await retireCompetition(world.organiser, c);
  await closeOpened();
});

test('no English on the coordinator pages in the 13 other locales, nor on the judge and organiser pages in Japanese', async ({ browser }) => {
  test.setTimeout(600_000);
  const log = new CrawlLog('staff', world.detector);
  const { competition, round } = world;
  const c = competition.id;
  // Japanese first: its tab goes on to the organiser's and the judge's pages
  const coordinator = await RoleTab.open(browser, log, 'coordinator', DEMO.coordinatorTH);
  await eachLocale(log, CRAWL_LOCALES, async (locale) => {
    await coordinator.use(locale);
    await coordinator.visit('/coordinate/:country', '/coordinate/TH');
    await coordinator.visit('/coordinate/:country/entries', `/coordinate/TH/entries?competitionId=${c}`);
    await coordinator.visit('/coordinate/:country/entries/:id (a draft with a minor)', `/coordinate/TH/entries/${world.draftId}`);
    await coordinator.visit('/coordinate/:country/entries/:id (submitted, eligible)', `/coordinate/TH/entries/${world.entry.id}`);
    await coordinator.after(
      '/coordinate/:country/entries/:id (screened ineligible without a reason: its errors)',
      async (page) => {
        await page.locator('input[name="screening-decision"][value="ineligible"]').check();
        await page.locator('form:has(input[name="screening-decision"]) button[type="submit"]').click();
      },
      (page) => expect(page.locator('main [role="alert"]').first()).toBeVisible(),
    );
    await coordinator.visit('/coordinate/:country/competitions/:competitionId', `/coordinate/TH/competitions/${c}`);
    await coordinator.visit('/coordinate/:country/competitions/:competitionId/texts', `/coordinate/TH/competitions/${c}/texts`);
    await coordinator.visit('/coordinate/:country/competitions/:competitionId/rounds', `/coordinate/TH/competitions/${c}/rounds`);
    await coordinator.visit('/coordinate/:country/competitions/:competitionId/rounds/new', `/coordinate/TH/competitions/${c}/rounds/new`);
    for (const section of SECTIONS) await coordinator.visit(`/coordinate/:country/rounds/:id/${section}`, `/coordinate/TH/rounds/${round.id}/${section}`);
    await coordinator.visit('/coordinate/:country/campaigns', '/coordinate/TH/campaigns');
    await coordinator.visit('/coordinate/:country/campaigns/:id', `/coordinate/TH/campaigns/${world.thaiCampaignId}`);
    if (locale !== 'ja') return;

    const organiser = await RoleTab.open(browser, log, 'organiser', DEMO.organiser);
    await organiser.use(locale);
    const { demo, past } = world;
    await organiser.visit('/admin', '/admin');
    await organiser.visit('/admin/competitions/new', '/admin/competitions/new');
    await organiser.afterSubmit('/admin/competitions/new (its errors)');
    await organiser.visit('/admin/competitions/:id (the demo)', `/admin/competitions/${demo.id}`);
    await organiser.visit('/admin/competitions/:id/settings (the demo)', `/admin/competitions/${demo.id}/settings`);
    await organiser.visit('/admin/competitions/:id (the spec’s own)', `/admin/competitions/${c}`);
    await organiser.visit('/admin/competitions/:id/texts (the spec’s own)', `/admin/competitions/${c}/texts`);
    await organiser.visit('/admin/entries', `/admin/entries?competitionId=${c}`);
    await organiser.visit('/admin/entries/:id', `/admin/entries/${world.entry.id}`);
    await organiser.visit('/admin/competitions/:id/results (2026)', `/admin/competitions/${past.id}/results`);
    await organiser.visit('/admin/competitions/:id/awards (2026)', `/admin/competitions/${past.id}/awards`);
    await organiser.visit('/admin/invitations', '/admin/invitations');
    await organiser.visit('/admin/outbox', '/admin/outbox');
    await organiser.visit('/admin/audit', '/admin/audit');
    await organiser.visit('/admin/users', '/admin/users');
    await organiser.visit('/admin/campaigns', '/admin/campaigns');
    await organiser.visit('/admin/campaigns/:id', `/admin/campaigns/${world.campaignId}`);
    await organiser.visit('/admin/competitions/:competitionId/rounds (2026)', `/admin/competitions/${past.id}/rounds`);
    for (const section of SECTIONS)
      await organiser.visit(`/admin/rounds/:id/${section} (the closed final of 2026)`, `/admin/rounds/${past.finalId}/${section}`);
    await organiser.visit('/admin/competitions/:competitionId/rounds', `/admin/competitions/${c}/rounds`);
    await organiser.visit('/admin/competitions/:competitionId/rounds/new', `/admin/competitions/${c}/rounds/new`);
    for (const section of SECTIONS) await organiser.visit(`/admin/rounds/:id/${section} (open)`, `/admin/rounds/${round.id}/${section}`);
    await organiser.visit('/vote/:competitionId', `/vote/${past.id}`);
    await organiser.visit('/ceremony/:competitionId (before the results are sealed)', `/ceremony/${past.id}`);
    await organiser.close();

    const judge = await RoleTab.open(browser, log, 'judge', round.judge);
    await judge.use(locale);
    await judge.visit('/judge', '/judge');
    await judge.visit('/judge/rounds/:id/declaration', `/judge/rounds/${round.id}/declaration`);
    await declareLanguages(await apiAs(browser, round.judge), round.id);
    await judge.visit('/judge/rounds/:id', `/judge/rounds/${round.id}`);
    await judge.visit('/judge/rounds/:id/entries/:roundEntryId', `/judge/rounds/${round.id}/entries/${round.roundEntryId}`);
    await judge.close();
  });
  await coordinator.close();
  console.log(log.report());
  console.log(`[english-crawl staff] findings saved in ${log.save()}`);
  expect(log.findings.length + log.unsettled.length, log.report()).toBe(0);
});
