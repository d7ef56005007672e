import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { retireCompetition, wonCompetition, type FreshCompetition } from './fresh-round';
import { DEMO, shot, signIn } from './helpers';
import { apiAs, closeOpened, headers, newContext, ok } from './judging-data';

/**
 * Issue 17, sections 1 and 5: a competition of its own whose organiser wrote every text in English, Japanese, Thai,
 * Vietnamese, Khmer and Burmese (name, theme, category, award name and description, email signature). The showcase's
 * edition page and the winner's page are shown in Thai, Khmer, Burmese and Vietnamese, on a desktop and a phone,
 * with the competition's and the award's names in the reader's language; the ceremony, its language chosen as Thai,
 * shows its slides in Thai whatever the presenter's interface speaks.
 */
test.describe.configure({ mode: 'serial' });
let competition: FreshCompetition;
let organiser: APIRequestContext;
let entryCode = '';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const TITLE = 'ล็อกบัญชีของคุณ';
const SYNOPSIS_TH = 'เรื่องสั้นเกี่ยวกับข้อความหลอกลวงทางโทรศัพท์';

/** The texts, by language (the stamp keeps the name unique among the specs' competitions). */
const texts = (stamp: string) => ({
  name: {
    en: `Safe Accounts Video Cup ${stamp}`,
    ja: `安全なアカウント動画カップ ${stamp}`,
    th: `ถ้วยวิดีโอบัญชีปลอดภัย ${stamp}`,
    vi: `Cúp video tài khoản an toàn ${stamp}`,
    km: `ពានរង្វាន់វីដេអូគណនីសុវត្ថិភាព ${stamp}`,
    my: `လုံခြုံသော အကောင့် ဗီဒီယိုဖလား ${stamp}`,
  },
  theme: {
    en: 'Lock your accounts',
    ja: 'アカウントに鍵をかけよう',
    th: 'ล็อกบัญชีของคุณให้ปลอดภัย',
    vi: 'Khóa tài khoản của bạn',
    km: 'ចាក់សោគណនីរបស់អ្នក',
    my: 'သင့်အကောင့်များကို သော့ခတ်ပါ',
  },
  category: {
    en: 'Ages 13–25',
    ja: '13〜25歳',
    th: 'อายุ 13–25 ปี',
    vi: 'Từ 13 đến 25 tuổi',
    km: 'អាយុ 13–25 ឆ្នាំ',
    my: 'အသက် 13–25 နှစ်',
  },
  emailSignature: {
    en: 'The Safe Accounts Video Cup team',
    ja: '安全なアカウント動画カップ 事務局',
    th: 'ทีมงานถ้วยวิดีโอบัญชีปลอดภัย',
    vi: 'Ban tổ chức Cúp video tài khoản an toàn',
    km: 'ក្រុមការងារពានរង្វាន់វីដេអូគណនីសុវត្ថិភាព',
    my: 'လုံခြုံသော အကောင့် ဗီဒီယိုဖလား အဖွဲ့',
  },
  award: {
    name: { en: 'Grand Prize', ja: 'グランプリ', th: 'รางวัลชนะเลิศ', vi: 'Giải Đặc biệt', km: 'ពានរង្វាន់ធំ', my: 'ထိပ်တန်းဆု' },
    description: {
      en: 'The best video of the year.',
      ja: '今年最も優れた動画。',
      th: 'วิดีโอยอดเยี่ยมแห่งปี',
      vi: 'Video hay nhất của năm.',
      km: 'វីដេអូល្អបំផុតប្រចាំឆ្នាំ។',
      my: 'ယခုနှစ်၏ အကောင်းဆုံး ဗီဒီယို။',
    },
  },
});
let t: ReturnType<typeof texts>;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(360_000);
  organiser = await apiAs(browser, DEMO.organiser);
  const won = await wonCompetition(browser, organiser, {
    label: 'Languages Cup',
    toneHz: 659,
    subtitle: 'Use a different password for each account.',
    student: 'Ploy Languages',
    title: TITLE,
    // a Thai team's work: a video in Thai, its synopsis in Thai (and in English, for readers of other languages)
    original: { videoLanguage: 'th', synopsis: SYNOPSIS_TH },
    judges: { national: 'Niran Languages', final: 'Aiko Languages' },
    award: () => t.award,
    // the organiser's texts in the competition's six languages, written before any entry
    prepare: async (c: FreshCompetition) => {
      t = texts(c.name.split(' ').pop()!);
      await ok(
        organiser.patch(`/api/competitions/${c.id}`, {
          headers: headers(),
          data: { languages: ['en', 'ja', 'th', 'vi', 'km', 'my'], name: t.name, theme: t.theme, emailSignature: t.emailSignature },
        }),
      );
      await ok(
        organiser.put(`/api/competitions/${c.id}/categories`, {
          headers: headers(),
          data: { categories: [{ id: c.categoryId, name: t.category, minAge: 13, maxAge: 25 }] },
        }),
      );
    },
  });
  competition = won.competition;
  entryCode = won.entry.code;
  await ok(organiser.post(`/api/competitions/${competition.id}/results/seal`, { headers: headers() }));
  // the ceremony's language, kept on the competition: Thai
  await ok(organiser.patch(`/api/competitions/${competition.id}`, { headers: headers(), data: { ceremonyLanguage: 'th' } }));
});
test.afterAll(async () => {
  if (competition) await retireCompetition(organiser, competition);
  await closeOpened();
});

test('the ceremony in Thai: the title slide and the winner, in Thai whatever the presenter reads', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await newContext(browser)).newPage();
  await page.setViewportSize(DESKTOP);
  await signIn(page, DEMO.organiser);
  // the presenter's interface in English, the ceremony in Thai
  await page.goto(`/ceremony/${competition.id}?lng=en`);
  const slide = page.getByTestId('ceremony-slide');
  await expect(slide).toHaveAttribute('lang', 'th');
  await expect(slide).toContainText('พิธีมอบรางวัล');
  await expect(slide.getByRole('heading', { level: 1 })).toHaveText(t.name.th);
  await expect(page.getByRole('button', { name: 'ไทย' })).toHaveAttribute('aria-pressed', 'true');
  await shot(page, 'content-languages', '01-ceremony-title-th');

  await page.getByTestId('ceremony-next').click(); // the nominees
  await page.getByTestId('ceremony-next').click(); // the winner
  await expect(slide).toHaveAttribute('data-kind', 'winner');
  await expect(slide).toContainText('ผู้ชนะคือ');
  await expect(slide.getByRole('heading', { level: 1 })).toHaveText(t.award.name.th);
  await expect(slide).not.toContainText('Grand Prize');
  await expect(slide).not.toContainText('Winner');
  await expect(page.getByRole('button', { name: /Next|Reveal/ })).toBeVisible(); // the presenter's controls stay in English
  await shot(page, 'content-languages', '02-ceremony-winner-th');
  await page.context().close();

  await ok(organiser.post(`/api/competitions/${competition.id}/results/publish`, { headers: headers(), data: { confirmGaps: true } }));
});

/** The page's visible text. */
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

test('the showcase in Thai, Khmer, Burmese and Vietnamese: the edition and the winner’s page carry the organiser’s texts in each', async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await (await newContext(browser)).newPage();
  const edition = `/showcase/${competition.slug}`;
  for (const lang of ['th', 'km', 'my', 'vi'] as const) {
    for (const [device, size] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(size);
      await page.goto(`${edition}?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const text = await visibleText(page);
      expect(text).toContain(t.name[lang]);
      expect(text).toContain(t.theme[lang]);
      expect(text).toContain(t.award.name[lang]);
      expect(text).not.toContain(t.name.en);
      expect(text).not.toContain('Grand Prize');
      await shot(page, 'content-languages', `1-edition-${lang}-${device}`);

      await page.goto(`${edition}/entries/${entryCode}?lang=${lang}`);
      const entryText = await visibleText(page);
      expect(entryText).toContain(t.name[lang]);
      expect(entryText).toContain(t.category[lang]);
      expect(entryText).not.toContain(t.category.en);
      // the team's synopsis: its Thai alone to a Thai reader; to the others, with the team's English, marked as English
      expect(entryText).toContain(SYNOPSIS_TH);
      if (lang === 'th') expect(entryText).not.toContain('A short story about a phishing message.');
      else await expect(page.locator('.synopsis p[lang="en"]')).toHaveText('A short story about a phishing message.');
      await shot(page, 'content-languages', `2-entry-${lang}-${device}`);
    }
  }
});
