import { expect, test } from '@playwright/test';
import { EnglishDetector, englishCatalogTexts, PROPER_NOUNS } from './english-detector';
import { CRAWL_LOCALES, CrawlLog, crawlSetUp, eachLocale, mailedLink, RoleTab, type CrawlBase } from './english-crawl';
import { grandPrizeFor, retireCompetition, submitAndScreen } from './fresh-round';
import { guardianLinkFor } from './guardian';
import { DEMO, signUpUnconfirmed } from './helpers';
import { closeOpened, headers, ok } from './judging-data';

/**
 * Issue 17 §6, the public half: in each of the 13 locales other than English, the pages anyone, a guardian, a
 * student and a teacher see, the showcase, and the ceremony deck and audience window, read for English
 * (english-detector.ts). The staff pages are in english-crawl-staff.spec.ts. The spec builds its own competitions (in
 * every language, with every text translated), a draft with a minor and a guardian link, and an entry taken to a
 * published Grand Prize; of the demo's data it only reads.
 */

test('the detector flags an English run of the catalogs, and lets Thai with a product name, a code and a listed proper noun through', () => {
  const detector = new EnglishDetector(englishCatalogTexts());
  // a real run of apps/web/src/locales/en/entries.json ("Everything is in place. You can submit your entry.")
  expect(detector.has('submit your entry')).toBe(true);
  expect(detector.find('ตรวจแล้ว: Submit your entry ก่อนวันปิดรับ').map((f) => f.run)).toEqual(['Submit your entry']);
  // in capitals, as a slide shows it (ceremony.json "The winner is"), and a longer run comes out whole
  expect(detector.find('THE WINNER IS… You can submit your entry.').map((f) => f.run)).toEqual(['THE WINNER IS', 'You can submit your entry']);
  // Thai around the product's name and an entry code: nothing
  expect(detector.find('ส่งผลงานของคุณผ่าน Clapper ได้เลย รหัสผลงาน TH-0001 · MP4, MOV')).toEqual([]);
  // a listed proper noun whose words the catalogs also have, as three words in a row
  const licence = 'Creative Commons Attribution-NonCommercial 4.0 International';
  expect(PROPER_NOUNS.map((p) => p.name)).toContain(licence);
  const withLicence = new EnglishDetector([`The works are shared under ${licence}.`]);
  expect(withLicence.has('creative commons attribution')).toBe(true);
  expect(withLicence.find(`ผลงานเผยแพร่ภายใต้สัญญาอนุญาต ${licence}`)).toEqual([]);
  // without the list it would be flagged
  expect(new EnglishDetector([`The works are shared under ${licence}.`], []).find(`ผลงานภายใต้ ${licence}`)).toHaveLength(1);
  // English around a proper noun is still English
  expect(withLicence.find('The works are shared under Clapper')).toHaveLength(1);
  // two English words are not a run
  expect(detector.find('กด Submit entry')).toEqual([]);
});

test.describe('the pages of anyone, a guardian, a student, the showcase and the ceremony', () => {
  interface World extends CrawlBase {
    guardianLink: string;
    inviteLink: string;
    verifyLink: string;
  }
  let world: World;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(240_000);
    const started = Date.now();
    const base = await crawlSetUp(browser, {
      label: 'crawl-public',
      toneHz: 660,
      names: { student: 'Ploy Sukjai', minor: 'Nong Fah' },
      entry: { title: 'รหัสผ่านของฉัน', synopsisOriginal: 'นกเรียนรู้ที่จะตั้งรหัสผ่านที่ยาวและไม่ซ้ำกัน', synopsisEnglish: 'Nok learns to pick long passphrases.' },
    });
    const { organiser, competition } = base;
    // an invitation, and a sign-up whose address is not confirmed yet: their mailed links
    const invitee = `crawl-coordinator-${Date.now()}@e2e.clapper.test`;
    await ok(organiser.post('/api/invitations', { headers: headers(), data: { email: invitee, role: 'coordinator', countryCode: 'JP' } }));
    const unconfirmed = await signUpUnconfirmed(organiser, 'crawl', 'Mali Rakdee', 'Satit Crawl School');
    // the Grand Prize, sealed and published: the showcase pages and the ceremony deck exist from then on
    await submitAndScreen(browser, base.student.request, base.entry.id);
    await grandPrizeFor(browser, organiser, competition, base.entry.id, {
      nationalJudge: 'Anong Crawljudge',
      finalJudge: 'Haruto Crawljudge',
      award: competition.award,
    });
    await ok(organiser.post(`/api/competitions/${competition.id}/results/seal`, { headers: headers() }));
    await ok(organiser.post(`/api/competitions/${competition.id}/results/publish`, { headers: headers(), data: { confirmGaps: true } }));
    world = {
      ...base,
      guardianLink: await guardianLinkFor(organiser, base.guardian),
      inviteLink: await mailedLink(organiser, invitee, /\/invite\/[A-Za-z0-9_-]+/),
      verifyLink: await mailedLink(organiser, unconfirmed, /\/verify-email\/[A-Za-z0-9_-]+/),
    };
    console.log(`[english-crawl public] set-up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  test.afterAll(async () => {
    if (world) for (const c of [world.competition, world.drafts]) await retireCompetition(world.organiser, c);
    await closeOpened();
  });

  test('no English on them in any of the 13 other locales', async ({ browser }) => {
    test.setTimeout(600_000);
    const log = new CrawlLog('public', world.detector);
    const { competition: awarded, drafts, entry } = world;
    const showcase = `/showcase/${awarded.slug}`;
    const anyone = await RoleTab.open(browser, log, 'anonymous');
    const student = await RoleTab.open(browser, log, 'student', world.student.account);
    const organiser = await RoleTab.open(browser, log, 'organiser', DEMO.organiser);
    // the demo's teacher, whose request to act for the demo school waits for the coordinator (the crawl only reads it)
    const teacher = await RoleTab.open(browser, log, 'teacher', DEMO.teacher);
    const everyone = async (locale: string) => {
      await anyone.use(locale);
      await anyone.visit('/ (landing)', '/');
      await anyone.visit('/competitions/:slug (the demo)', '/competitions/asean-japan-2027');
      await anyone.visit('/competitions/:slug (the spec’s own)', `/competitions/${awarded.slug}`);
      await anyone.visit('/sign-in', '/sign-in');
      await anyone.afterSubmit('/sign-in (its errors)');
      await anyone.visit('/sign-up', '/sign-up');
      await anyone.afterSubmit('/sign-up (its errors)');
      await anyone.visit('/forgot-password', '/forgot-password');
      await anyone.afterSubmit('/forgot-password (its errors)');
      await anyone.visit('/reset-password/:token (not valid)', '/reset-password/not-a-real-token-but-long-enough');
      await anyone.after(
        '/reset-password/:token (refused)',
        async (page) => {
          await page.locator('#rp-password').fill('a long enough passphrase 42');
          await page.locator('#rp-again').fill('a long enough passphrase 42');
          await page.locator('main form button[type="submit"]').click();
        },
        (page) => expect(page.locator('main [role="alert"]').first()).toBeVisible(),
      );
      await anyone.visit('/invite/:token', world.inviteLink);
      await anyone.visit('/invite/:token (not valid)', '/invite/not-a-real-token');
      await anyone.visit('/consent/:token', world.guardianLink, { role: 'guardian' });
      await anyone.visit('/consent/:token (not valid)', '/consent/not-a-real-token', { role: 'guardian' });
      await anyone.visit('/verify-email/:token', world.verifyLink);
      await anyone.visit('/verify-email/:token (not valid)', '/verify-email/not-a-real-token');
      await anyone.after(
        '/verify-email/:token (refused)',
        (page) => page.locator('main').getByRole('button').last().click(),
        (page) => expect(page.locator('main [role="alert"]').first()).toBeVisible(),
      );
      await anyone.visit('/unsubscribe/:token (not valid)', '/unsubscribe/not-a-real-token-but-long-enough');
      await anyone.visit('* (not found)', '/no-such-page');
      await anyone.showcase('/showcase', '/showcase');
      await anyone.showcase('/showcase/:slug', showcase);
      await anyone.showcase('/showcase/:slug/entries/:code', `${showcase}/entries/${entry.code}`);
      await anyone.showcase('/showcase/:slug/embed/:code', `${showcase}/embed/${entry.code}`);
      await anyone.showcase('/showcase/… (not found)', '/showcase/no-such-edition');
    };
    const students = async (locale: string) => {
      await student.use(locale);
      await student.visit('/me/entries', '/me/entries');
      await student.visit('/me/entries/:id (a draft with a minor, the guardian asked)', `/me/entries/${world.draftId}`);
      await student.visit('/me/entries/:id (submitted, Grand Prize)', `/me/entries/${entry.id}`);
      await student.visit('/me/entries/new', '/me/entries/new');
      await student.afterSubmit('/me/entries/new (its errors)');
      await student.visit('/me/security', '/me/security');
      await student.visit('/me/notifications', '/me/notifications');
      await student.visit('/me/notifications/settings', '/me/notifications/settings');
      await student.visit('/vote/:competitionId', `/vote/${drafts.id}`);

      await teacher.use(locale);
      await teacher.visit('/me/entries (a teacher waiting for approval)', '/me/entries');

      // the deck the audience sees, in the language of the room, and the audience's window before the presenter starts
      await organiser.use(locale);
      await organiser.ceremony(awarded.id);
      await organiser.visit('/ceremony/:competitionId/audience', `/ceremony/${awarded.id}/audience`);
    };
    // two tabs at work at once: one waits on the API while the other renders
    await eachLocale(log, CRAWL_LOCALES, (locale) => Promise.all([everyone(locale), students(locale)]).then(() => undefined));
    for (const tab of [anyone, student, teacher, organiser]) await tab.close();
    console.log(log.report());
    console.log(`[english-crawl public] findings saved in ${log.save()}`);
    expect(log.findings.length + log.unsettled.length, log.report()).toBe(0);
  });
});
