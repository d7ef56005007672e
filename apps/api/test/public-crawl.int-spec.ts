// Nothing public carries more than the credits allow. The demo data (as `npm start` seeds it) is published as the
// organiser would, through the API; then every public page, embed, media route and anonymous API answer is crawled
// the way a visitor (or a search engine) would reach it, and none may carry a minor's family name, email, date of
// birth (in any common or localized format) or school.
import { In } from 'typeorm';
import { isMinor } from '@clapper/domain/age';
import { LOCALES } from '@clapper/domain/locales';
import { PasswordService } from '../src/accounts/password.service.js';
import { User } from '../src/accounts/user.entity.js';
import { Competition } from '../src/competitions/competition.entity.js';
import { Entry } from '../src/entries/entry.entity.js';
import { TeamMember } from '../src/entries/team-member.entity.js';
import { MediaToolkit } from '../src/media/media-toolkit.js';
import { JobQueue } from '../src/queue/job-queue.js';
import { DEMO_PAST_SLUG } from '../src/seed/demo-past-edition.js';
import { DEMO_ACCOUNTS, DEMO_COMPETITION_SLUG, seedDemo } from '../src/seed/demo-seed.js';
import { VideoAsset } from '../src/videos/video-asset.entity.js';
import { VideosProcessor } from '../src/videos/video-processor.js';
import { createTestApp, ORIGIN, type TestApp } from './harness/test-app.js';

/** how many addresses the crawl may visit (the demo has a few hundred, with every language of every page) */
const MAX_VISITS = 1500;

interface Forbidden {
  what: string;
  /** whose (for the failure message) */
  whose: string;
  /** `lower` is `text` in lower case, made once per text: a crawl reads megabytes of video bytes against hundreds of forms */
  test: (text: string, lower: string) => boolean;
}

interface Visit {
  path: string;
  status: number;
  type: string;
  via: string;
}

let t: TestApp;
let forbidden: Forbidden[];
const visits: Visit[] = [];
/** the text of each page that answered 200, by address */
const pages = new Map<string, string>();
const leaks: string[] = [];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** a word on its own (not inside a longer word), in any script and any case */
const word = (w: string) => {
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
  return (text: string) => re.test(text);
};
const literal = (s: string) => {
  const needle = s.toLowerCase();
  return (_text: string, lower: string) => lower.includes(needle);
};

/** A date of birth as people write it: ISO, d/m/y and m/d/y with any separator, padded or not, and every locale's own formats. */
export function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-');
  const [mm, dd] = [String(Number(m)), String(Number(d))];
  const forms = new Set<string>([iso]);
  for (const sep of ['/', '.', '-', ' ']) {
    for (const [day, month] of [
      [d, m],
      [dd, mm],
    ])
      forms.add([day, month, y].join(sep)).add([month, day, y].join(sep)).add([y, month, day].join(sep));
  }
  const date = new Date(`${iso}T12:00:00Z`);
  for (const locale of [...LOCALES, 'th-TH-u-ca-buddhist', 'en-US', 'en-GB']) {
    for (const dateStyle of ['full', 'long', 'medium', 'short'] as const)
      forms.add(new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(date));
  }
  // a two-digit year alone is too common to search for in page text: keep the forms that show the full year
  return [...forms].filter((f) => f.includes(y) || f.includes(String(Number(y) + 543)));
}

/** The minors of every competition, read from the database: their family names, schools, birth dates and emails. */
async function forbiddenList(): Promise<Forbidden[]> {
  const competitions = await t.db.getRepository(Competition).find();
  const members = await t.db.getRepository(TeamMember).find({ relations: { entry: { school: true } } });
  const owners = await t.db.getRepository(User).find({ where: { id: In([...new Set(members.map((m) => m.entry!.ownerId))]) } });
  const list: Forbidden[] = [];
  for (const member of members) {
    const competition = competitions.find((c) => c.id === member.entry!.competitionId)!;
    if (!isMinor(member.dateOfBirth, competition.referenceDate)) continue;
    const whose = `${member.fullName.split(/\s+/u)[0]} (${member.entry!.code})`;
    for (const surname of member.fullName.trim().split(/\s+/u).slice(1)) list.push({ what: `family name ${surname}`, whose, test: word(surname) });
    for (const school of new Set([member.schoolName.trim(), member.entry!.school!.name.trim()]))
      list.push({ what: `school ${school}`, whose, test: literal(school) });
    for (const form of dateForms(member.dateOfBirth)) list.push({ what: `birth date ${form}`, whose, test: literal(form) });
    // the team's account (its display name is the member's full name in the demo) and the guardians' addresses
    const owner = owners.find((u) => u.id === member.entry!.ownerId)!;
    list.push({ what: `email ${owner.email}`, whose, test: literal(owner.email) });
  }
  const guardianEmails: { email: string; code: string }[] = await t.db
    .query(
      `SELECT DISTINCT c.guardian_email AS email, e.code FROM consents c JOIN entries e ON e.id = c.entry_id WHERE c.kind = 'guardian' AND c.guardian_email IS NOT NULL`,
    )
    .catch(() => []);
  for (const g of guardianEmails) list.push({ what: `guardian email ${g.email}`, whose: g.code, test: literal(g.email) });
  return list;
}

/** Links in an HTML page, CSS or JSON text: href, src, poster, content and srcset values, and quoted paths. */
function linksIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:href|src|poster|content|action|data-[a-z-]+)\s*=\s*"([^"]+)"/gi)) out.push(m[1]);
  for (const m of text.matchAll(/srcset\s*=\s*"([^"]+)"/gi)) out.push(...m[1].split(',').map((s) => s.trim().split(/\s+/)[0]));
  // attribute values that are addresses (meta contents such as "noindex" are not)
  return out.map((s) => s.replace(/&amp;/g, '&')).filter((s) => /^(?:\/|\?|https?:\/\/)/.test(s));
}

/** A same-origin path, or null (other sites, mailto:, javascript:, fragments). */
function sameOrigin(link: string, from: string): string | null {
  let url: URL;
  try {
    url = new URL(link, `${ORIGIN}${from}`);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN || !/^https?:$/.test(url.protocol)) return null;
  return `${url.pathname}${url.search}`;
}

function check(path: string, text: string): void {
  const lower = text.toLowerCase();
  for (const f of forbidden) if (f.test(text, lower)) leaks.push(`${path}: ${f.what} of ${f.whose}`);
}

/** GETs one address anonymously, follows a redirect to storage (and checks those bytes too), and returns the text. */
async function visit(path: string, via: string): Promise<string> {
  const res = await t.anon
    .get(path)
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  const body = res.body as Buffer;
  const type = String(res.headers['content-type'] ?? '');
  visits.push({ path, status: res.status, type, via });
  check(path, `${JSON.stringify(res.headers)}\n${body.toString('utf8')}`);
  const location = res.headers.location as string | undefined;
  if (res.status >= 300 && res.status < 400 && location) {
    const local = sameOrigin(location, path);
    if (local) return `href="${location}"`;
    // a short-lived storage URL: what a visitor's browser downloads
    const stored = Buffer.from(await (await fetch(location)).arrayBuffer());
    visits.push({ path: `${path} -> storage`, status: 200, type: 'storage', via: path });
    check(`${path} -> storage`, stored.toString('latin1'));
    check(`${path} -> storage`, stored.toString('utf8'));
  }
  if (res.status === 200) pages.set(path, body.toString('utf8'));
  return body.toString('utf8');
}

/** Breadth-first from the start addresses, same origin only, at most MAX_VISITS addresses. */
async function crawl(starts: string[]): Promise<void> {
  const seen = new Set<string>(starts);
  const queue = starts.map((path) => ({ path, via: 'start' }));
  while (queue.length && visits.length < MAX_VISITS) {
    const { path, via } = queue.shift()!;
    const text = await visit(path, via);
    for (const link of linksIn(text)) {
      const next = sameOrigin(link, path);
      if (!next || seen.has(next) || /\/api\/(auth|docs)/.test(next)) continue;
      seen.add(next);
      queue.push({ path: next, via: path });
    }
  }
}

/** The anonymous GET operations of the OpenAPI document, with their path parameters filled from the demo. */
async function openApiAddresses(ids: Record<string, string[]>): Promise<string[]> {
  const doc = (await t.anon.get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
  const out: string[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    if (!item.get) continue;
    let paths = [template];
    for (const [, name] of template.matchAll(/\{([^}]+)\}/g)) {
      const values = ids[name] ?? ids[/code/i.test(name) ? 'code' : 'id'];
      paths = paths.flatMap((p) => values.map((v) => p.replace(`{${name}}`, encodeURIComponent(v)))).slice(0, 12);
    }
    out.push(...paths);
  }
  return out;
}

beforeAll(async () => {
  t = await createTestApp();
  const hash = (p: string) => t.app.get(PasswordService).hash(p);
  expect(await seedDemo(t.db, hash, t.clock.now(), { storage: t.storage, queue: t.app.get(JobQueue), media: t.app.get(MediaToolkit) })).toBe(true);
  // this app runs no worker: process the demo videos as the worker would
  const assets = await t.db.getRepository(VideoAsset).find();
  expect(await Promise.all(assets.map((a) => t.app.get(VideosProcessor).process(a.id)))).toEqual(assets.map(() => 'ready'));

  // credits chosen before minors were limited: full names and the school for every demo team, minors included
  const past = await t.db.getRepository(Competition).findOneByOrFail({ slug: DEMO_PAST_SLUG });
  await t.db.getRepository(Entry).update({ competitionId: past.id }, { creditStyle: 'full_names', creditSchool: true });

  // the organiser publishes the 2026 results, as in the admin console: assign the awards, seal, publish
  const organiser = DEMO_ACCOUNTS.find((a) => a.role === 'organiser')!;
  const signIn = await t.anon.post('/api/auth/sign-in').send({ email: organiser.email, password: organiser.password }).expect(200);
  const cookie = ([] as string[]).concat(signIn.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${t.config.session.cookieName}=`))!;
  const client = t.as(cookie.split(';')[0].split('=')[1]);
  await client.post(`/api/competitions/${past.id}/awards/assign`).expect(200);
  await client.post(`/api/competitions/${past.id}/results/seal`).expect(200);
  const published = (await client.post(`/api/competitions/${past.id}/results/publish`).send({ confirmGaps: true }).expect(200)).body;
  expect(published.publication.state).toBe('published');

  forbidden = await forbiddenList();

  const entries = await t.db.getRepository(Entry).find({ where: { competitionId: past.id } });
  const competitions = await t.db.getRepository(Competition).find({ where: { slug: In([DEMO_PAST_SLUG, DEMO_COMPETITION_SLUG]) } });
  const ids: Record<string, string[]> = {
    id: [...competitions.map((c) => c.id), ...entries.map((e) => e.id)],
    slug: competitions.map((c) => c.slug),
    code: [...entries.map((e) => e.code), ...entries.map((e) => e.countryCode)],
    file: ['en.vtt', 'th.vtt', 'ja.vtt', 'vi.vtt'],
    lang: ['en', 'th'],
  };
  const starts = [
    '/showcase',
    `/showcase/${DEMO_PAST_SLUG}`,
    `/showcase/${DEMO_COMPETITION_SLUG}`,
    '/',
    '/sitemap.xml',
    '/robots.txt',
    '/feed.xml',
    '/showcase/feed.xml',
  ];
  // embeds are linked in one language; the languages they can be framed in are crawled too
  for (const e of entries) for (const lang of LOCALES) starts.push(`/showcase/${DEMO_PAST_SLUG}/embed/${e.code}?lang=${lang}`);
  await crawl([...starts, ...(await openApiAddresses(ids)).filter((p) => !starts.includes(p))]);
  // seeding makes and processes six 30 s videos: minutes on a busy machine
}, 600_000);
afterAll(() => t?.close());

describe('the public crawl of the published demo', () => {
  it('knows what it looks for: the minors of the demo, their family names, schools, birth dates and emails', () => {
    const kinds = new Set(forbidden.map((f) => f.what.split(' ')[0]));
    expect([...kinds]).toEqual(expect.arrayContaining(['birth', 'email', 'family', 'school']));
    const names = forbidden.filter((f) => f.what.startsWith('family name')).map((f) => f.what);
    // Somchai Jaidee (TH) and Hina Sato (JP) are 15 and 16 on the 2026 reference date
    expect(names).toEqual(expect.arrayContaining(['family name Jaidee', 'family name Sato']));
    expect(forbidden.some((f) => f.what === 'school Satit Bangkok School')).toBe(true);
    // the date forms include the ISO one, d/m/y, and the localized ones
    const dates = forbidden.filter((f) => f.whose.startsWith('Somchai') && f.what.startsWith('birth date')).map((f) => f.what.slice('birth date '.length));
    expect(dates).toEqual(expect.arrayContaining(['2010-06-12', '12/06/2010', '6/12/2010', '12 June 2010', 'June 12, 2010', '2010年6月12日']));
    expect(dates.some((d) => d.includes('2553'))).toBe(true);
    // and each kind is found in a text, whatever its case, as the crawl checks pages and bytes
    const planted = 'Credits: Somchai JAIDEE, SATIT BANGKOK SCHOOL, born 12/06/2010.';
    const found = forbidden.filter((f) => f.test(planted, planted.toLowerCase())).map((f) => f.what);
    expect(found).toEqual(expect.arrayContaining(['family name Jaidee', 'school Satit Bangkok School', 'birth date 12/06/2010']));
  });

  it('visits every kind of public address: the showcase, entry pages, embeds, media, captions and the anonymous API', () => {
    const ok = visits.filter((v) => v.status === 200);
    expect(ok.length).toBeGreaterThan(20);
    expect(ok.some((v) => new RegExp(`^/showcase/${DEMO_PAST_SLUG}/entries/[A-Z]{2}-\\d{4}`).test(v.path))).toBe(true);
    expect(ok.some((v) => new RegExp(`^/showcase/${DEMO_PAST_SLUG}/embed/[A-Z]{2}-\\d{4}`).test(v.path))).toBe(true);
    expect(ok.some((v) => /\/media\/[A-Z]{2}-\d{4}\/captions\//.test(v.path))).toBe(true);
    expect(visits.some((v) => /\/media\/[A-Z]{2}-\d{4}\/video -> storage$/.test(v.path))).toBe(true);
    expect(visits.some((v) => /\/media\/[A-Z]{2}-\d{4}\/poster -> storage$/.test(v.path))).toBe(true);
    expect(ok.some((v) => new RegExp(`^/showcase/${DEMO_PAST_SLUG}/entries/[A-Z]{2}-\\d{4}\\?lang=th`).test(v.path))).toBe(true);
    expect(ok.filter((v) => v.path.startsWith('/api/')).length).toBeGreaterThan(3);
    expect(visits.length).toBeLessThan(MAX_VISITS);
  });

  it('credits minors by first name and adults as their team chose (full names and school)', () => {
    const page = (code: string) => pages.get(`/showcase/${DEMO_PAST_SLUG}/entries/${code}`) ?? '';
    // TH-0001: Somchai and Malee, both minors; the team's stored choice of full names and school is not followed
    expect(page('TH-0001')).toContain('Somchai');
    expect(page('TH-0001')).toContain('Malee');
    // VN-0001: Lan Nguyễn and Minh Trần, adults who chose full names and their school
    expect(page('VN-0001')).toContain('Lan Nguyễn');
    expect(page('VN-0001')).toContain('Hanoi University of Science and Technology');
  });

  it('finds no family name, email, birth date or school of any minor anywhere', () => {
    expect(leaks).toEqual([]);
  });

  it('never answers a crawled address with a server error', () => {
    expect(visits.filter((v) => v.status >= 500)).toEqual([]);
  });
});
