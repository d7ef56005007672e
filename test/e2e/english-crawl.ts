import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import { LOCALES } from '../../libs/domain/src/locales';
import { EnglishDetector, englishCatalogTexts, englishContent, type Flag } from './english-detector';
import { startEntryUpload } from './fresh-round';
import { guardianEmail } from './guardian';
import { DEMO, makeClip, MEDIA_DIR, signUpConfirmed } from './helpers';
import { apiAs, headers, newContext, ok } from './judging-data';

/**
 * Issue 17 §6: the crawler that finds English where it should not be, around its detector (english-detector.ts): the
 * English of the demo's content read through the API, the crawl's own data (competitions written in every language),
 * and the crawl itself (a browser context per role kept for every locale, moves inside the single-page app, one read
 * per page, a log of what was found and of where the time went). english-crawl-public.spec.ts and
 * english-crawl-staff.spec.ts use it.
 */

const REPO = path.resolve(__dirname, '..', '..');

/** The 13 locales other than English, as libs/domain/src/locales.ts lists them. */
export const CRAWL_LOCALES = LOCALES.filter((l) => l !== 'en');

/**
 * The demo's English content as the organiser reads it through the API: both demo competitions' names, themes, rules,
 * categories, email signatures, awards, rounds with their rubrics, and their consent and licence texts.
 */
export async function demoEnglishContent(organiser: APIRequestContext): Promise<string[]> {
  const list = await ok<{ id: string; slug: string }[]>(organiser.get('/api/competitions'));
  const demo = list.filter((c) => c.slug === 'asean-japan-2027' || c.slug === 'asean-japan-2026');
  expect(demo, 'both demo competitions').toHaveLength(2);
  const answers: unknown[] = [];
  for (const c of demo) {
    const rounds = await ok<{ id: string }[]>(organiser.get(`/api/rounds?competitionId=${c.id}`));
    answers.push(
      await ok(organiser.get(`/api/competitions/${c.id}`)),
      await ok(organiser.get(`/api/competitions/${c.id}/awards`)),
      rounds,
      ...(await Promise.all(rounds.map((r) => ok(organiser.get(`/api/rounds/${r.id}`))))),
    );
    // the consent and licence texts (issue 17 §2); a build without them answers 404 and is left out
    const legal = await organiser.get(`/api/competitions/${c.id}/legal-texts`);
    if (legal.ok()) answers.push(await legal.json());
  }
  return englishContent(answers);
}

// ----- the crawl's own data ---------------------------------------------------------------------------------------

type Texts = Record<(typeof LOCALES)[number], string>;

/** The texts of the crawl's own competitions, in every language (the crawl must not find its own data in English). */
const CUP: { name: Texts; theme: Texts; category: Texts; award: Texts; awardLine: Texts } = {
  name: {
    en: 'Online Safety Film Cup',
    ja: 'オンライン安全映像カップ',
    id: 'Piala Film Keamanan Daring',
    ms: 'Piala Filem Keselamatan Dalam Talian',
    th: 'ถ้วยรางวัลภาพยนตร์ความปลอดภัยออนไลน์',
    vi: 'Cúp phim An toàn trực tuyến',
    fil: 'Tasa ng Pelikula sa Kaligtasan Online',
    km: 'ពានរង្វាន់ភាពយន្តសុវត្ថិភាពអនឡាញ',
    lo: 'ຖ້ວຍຮູບເງົາຄວາມປອດໄພອອນລາຍ',
    my: 'အွန်လိုင်းလုံခြုံရေး ရုပ်ရှင်ဖလား',
    tet: 'Taça Filme Seguransa Online',
    pt: 'Taça de Cinema Segurança Online',
    'zh-Hans': '网络安全短片杯',
    ta: 'இணையப் பாதுகாப்பு குறும்படக் கோப்பை',
  },
  theme: {
    en: 'Stop, think, then click',
    ja: '立ち止まって、考えてからクリック',
    id: 'Berhenti, pikirkan, lalu klik',
    ms: 'Berhenti, fikir, kemudian klik',
    th: 'หยุด คิด แล้วค่อยคลิก',
    vi: 'Dừng lại, suy nghĩ, rồi mới nhấp',
    fil: 'Huminto, mag-isip, saka mag-click',
    km: 'ឈប់ គិត រួចសឹមចុច',
    lo: 'ຢຸດ ຄິດ ແລ້ວຈຶ່ງຄລິກ',
    my: 'ရပ်၊ စဉ်းစား၊ ပြီးမှ နှိပ်ပါ',
    tet: 'Para, hanoin, depois mak klik',
    pt: 'Pare, pense e só depois clique',
    'zh-Hans': '停一停，想一想，再点击',
    ta: 'நில், யோசி, பிறகு கிளிக் செய்',
  },
  category: {
    en: 'Ages 13–25',
    ja: '13〜25歳',
    id: 'Usia 13–25',
    ms: 'Umur 13–25',
    th: 'อายุ 13–25 ปี',
    vi: 'Từ 13–25 tuổi',
    fil: 'Edad 13–25',
    km: 'អាយុ 13–25 ឆ្នាំ',
    lo: 'ອາຍຸ 13–25 ປີ',
    my: 'အသက် ၁၃–၂၅ နှစ်',
    tet: 'Idade 13–25',
    pt: 'Idades 13–25',
    'zh-Hans': '13–25岁',
    ta: 'வயது 13–25',
  },
  award: {
    en: 'Grand Prize',
    ja: 'グランプリ',
    id: 'Hadiah Utama',
    ms: 'Hadiah Utama',
    th: 'รางวัลใหญ่',
    vi: 'Giải Đặc biệt',
    fil: 'Pangunahing Gantimpala',
    km: 'រង្វាន់ធំ',
    lo: 'ລາງວັນໃຫຍ່',
    my: 'ထိပ်တန်းဆု',
    tet: 'Prémiu Boot',
    pt: 'Grande Prémio',
    'zh-Hans': '大奖',
    ta: 'பெரும் பரிசு',
  },
  awardLine: {
    en: 'The film the jury chose above all others.',
    ja: '審査員が最も高く評価した作品です。',
    id: 'Film terbaik pilihan dewan juri.',
    ms: 'Filem terbaik pilihan juri.',
    th: 'ผลงานที่คณะกรรมการเลือกให้ดีที่สุด',
    vi: 'Bộ phim được ban giám khảo đánh giá cao nhất.',
    fil: 'Ang pelikulang pinakanagustuhan ng mga hurado.',
    km: 'ភាពយន្តដែលគណៈវិនិច្ឆ័យជ្រើសរើសថាល្អបំផុត។',
    lo: 'ຮູບເງົາທີ່ຄະນະກຳມະການເລືອກວ່າດີທີ່ສຸດ.',
    my: 'ဒိုင်အဖွဲ့က အကောင်းဆုံးအဖြစ် ရွေးချယ်ခဲ့သော ရုပ်ရှင်။',
    tet: "Filme ne'ebé juri sira hili hanesan di'ak liu.",
    pt: 'O filme que o júri escolheu como o melhor.',
    'zh-Hans': '评委会选出的最佳作品。',
    ta: 'நடுவர் குழு சிறந்ததாகத் தேர்ந்தெடுத்த படம்.',
  },
};

export interface CrawlCompetition {
  id: string;
  slug: string;
  name: string;
  categoryId: string;
  award: { name: Record<string, string>; description: Record<string, string> };
  /** its texts in English, which the crawl must not find on a page in another language */
  english: string[];
}

const DAY = 24 * 3600_000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/**
 * A published competition in all 14 languages, its name, theme and category given in each (and its Grand Prize's,
 * for grandPrizeFor), open for entries from Thailand and Japan, ages 13–25.
 */
export async function crawlCompetition(organiser: APIRequestContext, label: string): Promise<CrawlCompetition> {
  const slug = `${label}-${stamp()}`;
  const created = await ok<{ id: string; categories: { id: string }[] }>(
    organiser.post('/api/competitions', {
      headers: headers(),
      data: {
        slug,
        name: CUP.name,
        theme: CUP.theme,
        languages: [...LOCALES],
        referenceDate: new Date().toISOString().slice(0, 10),
        timeline: { submissionOpensAt: iso(-1), submissionClosesAt: iso(30) },
        countryCodes: ['TH', 'JP'],
        categories: [{ name: CUP.category, minAge: 13, maxAge: 25 }],
      },
    }),
  );
  // what the organiser did not write (the rules, the consent and licence texts) may miss languages: publish anyway
  await ok(organiser.patch(`/api/competitions/${created.id}`, { headers: headers(), data: { status: 'published', confirmGaps: true } }));
  return {
    id: created.id,
    slug,
    name: CUP.name.en,
    categoryId: created.categories[0].id,
    award: { name: CUP.award, description: CUP.awardLine },
    english: Object.values(CUP).map((t) => t.en),
  };
}

/** A new Thai student (18+, a school of their own), signed in on a context that closeOpened closes. */
export async function crawlStudent(browser: Browser, name: string): Promise<{ account: { email: string; password: string }; request: APIRequestContext }> {
  const context = await newContext(browser);
  const account = { email: `crawl-student-${stamp()}@e2e.clapper.test`, password: 'a long enough passphrase 42' };
  await signUpConfirmed(context.request, {
    ...account,
    displayName: name,
    role: 'student',
    countryCode: 'TH',
    schoolName: `Satit Crawl ${stamp()}`,
    dateOfBirth: `${new Date().getUTCFullYear() - 20}-02-11`,
    locale: 'th',
  });
  return { account, request: context.request };
}

/** What both crawl specs build first (crawlSetUp). */
export interface CrawlBase {
  organiser: APIRequestContext;
  /** the competition whose entry goes on to judging, and one that holds the draft */
  competition: CrawlCompetition;
  drafts: CrawlCompetition;
  student: { account: { email: string; password: string }; request: APIRequestContext };
  /** uploaded, its video processing while the spec goes on: submitAndScreen submits it once processed */
  entry: { id: string; code: string };
  /** the same student's draft in `drafts`, with a minor whose guardian was sent the consent link */
  draftId: string;
  guardian: string;
  /** the English the crawl must not find: the catalogs', the demo's content and the crawl's competitions' */
  detector: EnglishDetector;
}

/**
 * A crawl's own data: two published competitions in every language, a Thai student (an adult, `names.student`) with
 * an entry uploaded in one (a Thai title and subtitles) and a draft in the other with a minor (`names.minor`) whose
 * guardian was sent the link.
 */
export async function crawlSetUp(
  browser: Browser,
  o: { label: string; toneHz: number; names: { student: string; minor: string }; entry: { title: string; synopsisOriginal: string; synopsisEnglish: string } },
): Promise<CrawlBase> {
  const clip = path.join(MEDIA_DIR, `${o.label}-clip.mp4`);
  const vtt = path.join(MEDIA_DIR, `${o.label}-clip.en.vtt`);
  makeClip(path.basename(clip), { videoKbps: 300, toneHz: o.toneHz });
  writeFileSync(vtt, ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', 'คิดก่อนคลิก', ''].join('\n'));
  const organiser = await apiAs(browser, DEMO.organiser);
  const [competition, drafts] = await Promise.all([crawlCompetition(organiser, o.label), crawlCompetition(organiser, `${o.label}-drafts`)]);
  const student = await crawlStudent(browser, o.names.student);
  const adult = `${new Date().getUTCFullYear() - 20}-02-11`;
  const post = <T>(data: Record<string, unknown>) =>
    ok<T>(student.request.post('/api/entries', { headers: headers(), data: { videoLanguage: 'th', ...data } }));
  const entry = await post<{ id: string; code: string; members: { id: string }[] }>({
    competitionId: competition.id,
    categoryId: competition.categoryId,
    ...o.entry,
    sources: 'ถ่ายทำเองทั้งหมด',
    members: [{ fullName: o.names.student, role: 'director', dateOfBirth: adult }],
  });
  await startEntryUpload(student.request, competition, entry, clip, vtt);
  const draft = await post<{ id: string; members: { id: string; fullName: string }[] }>({
    competitionId: drafts.id,
    categoryId: drafts.categoryId,
    title: 'แปรงสีฟันกับรหัสผ่าน',
    synopsisOriginal: '',
    synopsisEnglish: '',
    sources: 'ถ่ายทำเอง',
    members: [
      { fullName: o.names.student, role: 'director', dateOfBirth: adult },
      { fullName: o.names.minor, role: 'actor', dateOfBirth: `${new Date().getUTCFullYear() - 15}-07-22` },
    ],
  });
  const minor = draft.members.find((m) => m.fullName === o.names.minor)!;
  const guardian = guardianEmail(`${o.names.minor} parent`);
  await ok(student.request.post(`/api/entries/${draft.id}/members/${minor.id}/guardian-link`, { headers: headers(), data: { guardianEmail: guardian } }));
  const english = [...englishCatalogTexts(), ...(await demoEnglishContent(organiser)), ...competition.english, ...drafts.english];
  return {
    organiser,
    competition,
    drafts,
    student,
    entry: { id: entry.id, code: entry.code },
    draftId: draft.id,
    guardian,
    detector: new EnglishDetector(english),
  };
}

/** The address of the link in the newest email to `to` (read from the organisers' outbox). */
export async function mailedLink(organiser: APIRequestContext, to: string, pattern: RegExp): Promise<string> {
  let link = '';
  await expect
    .poll(async () => {
      const outbox = await ok<{ items: { to: string; text: string }[] }>(organiser.get('/api/admin/outbox?limit=50'));
      link = outbox.items.find((m) => m.to === to)?.text.match(pattern)?.[0] ?? '';
      return link;
    })
    .not.toBe('');
  return link;
}

// ----- the crawl ----------------------------------------------------------------------------------------------------

/** Elements whose text is in another language by design, and why. */
export const ELSEWHERE_BY_DESIGN: readonly { selector: string; why: string }[] = [
  { selector: '.message-subject, .message-text', why: "the outbox: an email as it was sent, in its recipient's language" },
  { selector: '.field-hint > [lang="en"]', why: "a translation's input: the English text it is translated from, under it and named as English" },
  { selector: 'bdi', why: "what a person wrote (an entry's title in a list): shown as its team wrote it, in any language" },
];

/** What one page shows, read in one go. */
interface PageText {
  settled: boolean;
  path: string;
  parts: string[];
  /** the text of the elements marked lang="en" (a fallback to English) */
  fallback: string[];
  exempt: string[];
}

/**
 * In the page: moves to `to` inside the single-page app (history.pushState and a popstate, as the router's own links
 * do), waits until it has settled (a visible h1 and no loading indicator, on three frames in a row), and reads its text: the
 * body's innerText, the title, the aria-label, title, alt and placeholder attributes and every <option>.
 */
async function readPage(page: Page, o: { to?: string; settle: boolean }): Promise<PageText> {
  return page.evaluate(
    async ({ to, settle, exempt }) => {
      if (to) {
        window.history.pushState(null, '', to);
        window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
      }
      const ready = () => {
        if (document.querySelector('.loading, [aria-busy="true"]')) return false;
        const h1 = document.querySelector('h1');
        return !!h1 && h1.getClientRects().length > 0;
      };
      // checked at each frame; settled when it holds on three frames in a row (a query that starts on mount shows its
      // loading indicator on the first)
      let settled = !settle;
      const deadline = performance.now() + 15_000;
      for (let streak = 0; settle && performance.now() < deadline;) {
        await new Promise((r) => requestAnimationFrame(r));
        streak = ready() ? streak + 1 : 0;
        if (streak >= 3) {
          settled = true;
          break;
        }
      }
      const parts = [document.title, document.body.innerText];
      for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))
        for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
          const v = el.getAttribute(attr);
          if (v) parts.push(v);
        }
      for (const option of document.querySelectorAll('option')) parts.push(option.textContent ?? '');
      const inner = (el: Element) => (el as HTMLElement).innerText ?? el.textContent ?? '';
      const fallback = [...document.querySelectorAll('body [lang]')].filter((el) => /^en\b/i.test(el.getAttribute('lang') ?? '')).map(inner);
      return { settled, path: window.location.pathname, parts, fallback, exempt: [...document.querySelectorAll(exempt)].map(inner) };
    },
    { to: o.to ?? null, settle: o.settle, exempt: ELSEWHERE_BY_DESIGN.map((e) => e.selector).join(', ') },
  );
}

export interface Finding extends Flag {
  locale: string;
  role: string;
  route: string;
  /** the run is in an element marked lang="en": organiser content shown in English for want of this language */
  fallback: boolean;
}

/** What a crawl found, and how long each locale took. */
export class CrawlLog {
  readonly findings: Finding[] = [];
  readonly unsettled: string[] = [];
  readonly pages = new Map<string, number>();
  /** milliseconds spent on each page (its move or load, its settling and its read), per route, over the locales */
  readonly time = new Map<string, number[]>();
  /** the text of each page where English was found, as read, saved with the findings */
  readonly texts: { locale: string; role: string; route: string; text: string[] }[] = [];

  constructor(
    readonly part: string,
    readonly detector: EnglishDetector,
  ) {}

  /** Time spent on something other than a page: a switch of language. */
  spent(what: string, ms: number): void {
    const times = this.time.get(what) ?? [];
    times.push(ms);
    this.time.set(what, times);
  }

  record(locale: string, role: string, route: string, text: PageText, ms: number): void {
    this.pages.set(locale, (this.pages.get(locale) ?? 0) + 1);
    this.spent(`${role} ${route}`, ms);
    if (!text.settled) this.unsettled.push(`${locale} ${role} ${route} (at ${text.path}): no h1, or still loading after 15 s`);
    const seen = new Set<string>();
    const body = text.parts.map((p) => text.exempt.reduce((t, e) => (e ? t.split(e).join('\n') : t), p));
    for (const part of body)
      for (const flag of this.detector.find(part)) {
        if (seen.has(flag.run.toLowerCase())) continue;
        seen.add(flag.run.toLowerCase());
        this.findings.push({ ...flag, locale, role, route, fallback: text.fallback.some((f) => f.includes(flag.run)) });
      }
    if (seen.size) this.texts.push({ locale, role, route, text: body });
  }

  /** The findings grouped by role, page and run, each with the locales it was seen in and one context. */
  report(): string {
    const groups = new Map<string, { locales: string[]; context: string; fallback: boolean }>();
    for (const f of this.findings) {
      const key = `${f.role} ${f.route}\u0000${f.run.toLowerCase()}`;
      const g = groups.get(key) ?? { locales: [], context: f.context, fallback: f.fallback };
      if (!g.locales.includes(f.locale)) g.locales.push(f.locale);
      groups.set(key, g);
    }
    const byPage = new Map<string, string[]>();
    for (const [key, g] of groups) {
      const [page, run] = key.split('\u0000');
      const lines = byPage.get(page) ?? [];
      lines.push(`    "${run}" in ${g.locales.join(' ')}${g.fallback ? ' (marked lang="en")' : ''}: …${g.context}…`);
      byPage.set(page, lines);
    }
    const out = [`${this.findings.length} English runs on ${byPage.size} pages (${this.part}):`];
    for (const [page, lines] of byPage) out.push(`  ${page}`, ...lines);
    if (this.unsettled.length) out.push('pages that did not settle:', ...this.unsettled.map((u) => `  ${u}`));
    return out.join('\n');
  }

  /** Where the time went: the pages that took longest, over all the locales. */
  slowest(n = 12): string {
    const rows = [...this.time].map(([page, ms]) => ({ page, total: ms.reduce((a, b) => a + b, 0), count: ms.length })).sort((a, b) => b.total - a.total);
    const all = rows.reduce((a, r) => a + r.total, 0);
    return [
      `[english-crawl ${this.part}] ${rows.reduce((a, r) => a + r.count, 0)} pages read (and language switches) in ${(all / 1000).toFixed(1)} s; the slowest:`,
      ...rows.slice(0, n).map((r) => `  ${(r.total / 1000).toFixed(1)} s for ${r.count} (${Math.round(r.total / r.count)} ms each): ${r.page}`),
    ].join('\n');
  }

  /** The findings as JSON under test-results/, for whoever routes them to their owners. */
  save(): string {
    const dir = path.join(REPO, 'test-results');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `english-crawl-${this.part}.json`);
    writeFileSync(file, JSON.stringify({ findings: this.findings, unsettled: this.unsettled, texts: this.texts }, null, 2));
    return file;
  }
}

/**
 * One browser context for a role, kept for every locale: the app is loaded once, and each locale is chosen with the
 * app's own language switcher (which keeps the page, as a reader's choice does); a second page of the context loads the
 * server-rendered showcase, whose language is the clapper_lang cookie the showcase's switcher sets.
 */
export class RoleTab {
  locale = '';
  private showcasePage: Page | null = null;
  /** the page in front: a page behind it gets its timers and frames slowed to about one a second */
  private front: Page;
  /** scripts asked for and not arrived yet: a locale's catalogs, a page's chunk */
  private scripts = 0;
  /** when the page before was read: what came after it (a sign-in, a move, a click) counts for the next page */
  private mark = Date.now();

  private constructor(
    readonly role: string,
    private readonly context: BrowserContext,
    private readonly page: Page,
    private readonly log: CrawlLog,
  ) {
    this.front = page;
    const script = (r: Request) => r.resourceType() === 'script';
    page.on('request', (r) => void (script(r) && this.scripts++));
    page.on('requestfinished', (r) => void (script(r) && this.scripts--));
    page.on('requestfailed', (r) => void (script(r) && this.scripts--));
  }

  /** A context signed in as `who` (through the API, on the context's cookies), or anonymous. */
  static async open(browser: Browser, log: CrawlLog, role: string, who?: { email: string; password: string }): Promise<RoleTab> {
    const context = await browser.newContext();
    if (who) await ok(context.request.post('/api/auth/sign-in', { headers: headers(), data: { email: who.email, password: who.password } }));
    return new RoleTab(role, context, await context.newPage(), log);
  }

  /**
   * Switches to `locale`: the first time by loading the app with ?lng= (a link that names a language, which the app
   * remembers as a choice), later with the language switcher of the page's header; then waits for its catalogs.
   */
  async use(locale: string): Promise<void> {
    const started = Date.now();
    const page = await this.app();
    if (!this.locale) await page.goto(`/?lng=${encodeURIComponent(locale)}`);
    else {
      // the ceremony has no header: to a page that has one (the not-found page asks nothing of the API)
      if (!(await page.locator('.language-switcher select').count())) await readPage(page, { to: '/no-such-page', settle: true });
      await page.locator('.language-switcher select').selectOption(locale);
    }
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    for (let quiet = 0; quiet < 2;) {
      await page.waitForTimeout(50);
      quiet = this.scripts > 0 ? 0 : quiet + 1;
    }
    this.locale = locale;
    this.log.spent(`${this.role} (choosing the language)`, Date.now() - started);
    this.mark = Date.now();
  }

  /** The app's page, brought in front of the showcase's. */
  private async app(): Promise<Page> {
    if (this.front !== this.page) {
      await this.page.bringToFront();
      this.front = this.page;
    }
    return this.page;
  }

  private record(route: string, text: PageText, role = this.role): void {
    const now = Date.now();
    this.log.record(this.locale, role, route, text, now - this.mark);
    this.mark = now;
  }

  /** Moves to a page inside the app (as its own links do) and checks its text. */
  async visit(route: string, url: string, o: { role?: string } = {}): Promise<void> {
    this.record(route, await readPage(await this.app(), { to: url, settle: true }), o.role);
  }

  /** Loads a server-rendered showcase page, in the tab's language, and checks its text. */
  async showcase(route: string, url: string): Promise<void> {
    this.showcasePage ??= await this.context.newPage();
    if (this.front !== this.showcasePage) {
      await this.showcasePage.bringToFront();
      this.front = this.showcasePage;
    }
    await this.context.addCookies([{ name: 'clapper_lang', value: this.locale, url: test.info().project.use.baseURL! }]);
    // its text is all in the HTML: the video and the pictures are not waited for
    await this.showcasePage.goto(url, { waitUntil: 'domcontentloaded' });
    this.record(route, await readPage(this.showcasePage, { settle: false }));
  }

  /** Does something on the current page (submits a form, clicks a button), waits for `until`, and checks the text. */
  async after(route: string, act: (page: Page) => Promise<void>, until: (page: Page) => Promise<void>): Promise<void> {
    await act(await this.app());
    await until(this.page);
    this.record(route, await readPage(this.page, { settle: false }));
  }

  /** Submits the page's form empty and checks the errors it shows. */
  async afterSubmit(route: string): Promise<void> {
    await this.after(
      route,
      (page) => page.locator('main form button[type="submit"]').first().click(),
      (page) => expect(page.locator('main [role="alert"]').first()).toBeVisible(),
    );
  }

  /**
   * The ceremony deck of a competition whose results are sealed, in the tab's language where the competition has it
   * (chosen with the deck's language control when it offers one), read slide by slide to the last.
   */
  async ceremony(competitionId: string): Promise<void> {
    const page = await this.app();
    await readPage(page, { to: `/ceremony/${competitionId}`, settle: true });
    const choice = page.locator(`[data-testid="ceremony"] button[lang="${this.locale}"]`);
    if ((await choice.count()) && (await choice.getAttribute('aria-pressed')) !== 'true') await choice.click();
    this.record('/ceremony/:competitionId (slide 1)', await readPage(page, { settle: true }));
    const next = page.getByTestId('ceremony-next');
    const counter = page.getByTestId('ceremony-step');
    for (let slide = 2; slide < 20 && (await next.isEnabled()); slide++) {
      const before = await counter.textContent();
      await this.after(
        `/ceremony/:competitionId (slide ${slide})`,
        // a click event rather than a pointer's: a playing video slide may keep the button from ever being "stable"
        () => next.dispatchEvent('click'),
        () => expect(counter).not.toHaveText(before ?? ''),
      );
    }
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/**
 * Runs `crawl` for each locale in turn, with a console line per locale: pages read, seconds, English runs found; and,
 * at the end, the pages that took longest.
 */
export async function eachLocale(log: CrawlLog, locales: readonly string[], crawl: (locale: string) => Promise<void>): Promise<void> {
  const started = Date.now();
  for (const locale of locales) {
    const from = Date.now();
    await crawl(locale);
    const found = log.findings.filter((f) => f.locale === locale).length;
    console.log(
      `[english-crawl ${log.part}] ${locale}: ${log.pages.get(locale) ?? 0} pages in ${((Date.now() - from) / 1000).toFixed(1)} s, ${found} English runs`,
    );
  }
  console.log(`[english-crawl ${log.part}] ${log.pages.size} locales in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(log.slowest());
}
