import { readFileSync } from 'node:fs';
import { encode } from 'uqr';
import { clientAs } from './harness/factories.js';
import { createTestApp, ORIGIN, T0, type Client, type TestApp } from './harness/test-app.js';
import {
  addAward,
  addFinalist,
  entryUrl,
  makeShowcaseWorld,
  makeWork,
  mediaUrl,
  meta,
  showcaseRequests,
  type ShowcaseWorld,
  type Work,
} from './showcase-fixtures.js';
import { Round } from '../src/judging/round.entity.js';
import { QR_BORDER, QR_ECC } from '../src/showcase/showcase-qr.js';

/**
 * Winners celebrated and shared: the edition page opens on the Grand Prize and shows each work once with all its
 * awards; share links, the QR code and link cards of a work; finished editions on the competitions' public API and the
 * ceremony deck. What is public at all: showcase.int-spec.ts.
 */
let t: TestApp;
let organiserId: string;
let organiser: Client;
const { get, html } = showcaseRequests(() => t);

const DAY = 24 * 3600_000;
const JA = JSON.parse(readFileSync(new URL('../src/showcase/locales/ja.json', import.meta.url), 'utf8')) as { share: { linkCopied: string } };
const PUBLISHED = {
  resultsSealedAt: new Date(T0.getTime() - 2 * DAY),
  resultsPublishedAt: new Date(T0.getTime() - DAY),
  ceremonyAt: new Date(T0.getTime() - DAY),
};
const SEALED = { resultsSealedAt: new Date(T0.getTime() - DAY), resultsPublishedAt: null, ceremonyAt: new Date(T0.getTime() + 7 * DAY) };

/** The square modules of a QR SVG drawn by qrSvg (runs of dark modules, `M x y h n v1 h-n z`), as a matrix. */
function modules(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const d = /<path[^>]* d="([^"]+)"/.exec(svg)![1];
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, n] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < n; i++) grid[y][x + i] = true;
  }
  return grid;
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");
const hrefs = (body: string) => [...body.matchAll(/href="([^"]+)"/g)].map((m) => unescapeHtml(m[1]));
const cards = (body: string, w: Work) => body.split(`<li class="card" id="work-${w.entry.code}">`).length - 1;

beforeAll(async () => {
  t = await createTestApp();
  const o = await clientAs(t, { role: 'organiser', countryCode: null });
  organiserId = o.user.id;
  organiser = o.client;
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(T0));

describe('a published edition with works that won several awards', () => {
  let w: ShowcaseWorld;
  /** a finalist who won nothing */
  let f: Work;
  beforeAll(async () => {
    t.clock.set(T0);
    w = await makeShowcaseWorld(t, organiserId, PUBLISHED);
    f = await makeWork(t, w.competition, {
      countryCode: 'TH',
      title: `Quiet Finalist ${w.competition.slug}`,
      members: [{ fullName: 'Mali Finalistperson', dateOfBirth: '2010-06-06', schoolName: 'Quiet School' }],
    });
    const final = await t.db.getRepository(Round).findOneByOrFail({ competitionId: w.competition.id, kind: 'final' });
    await addFinalist(t, final, f.entry);
    // a, b and c also share a special mention: a is the hero, c has its own award above, b shows here
    await addAward(t, w.competition, { kind: 'special', name: { en: 'Special Mention', ja: '審査員特別賞' }, position: 3, places: 3, decidedBy: organiserId }, [
      { entry: w.a.entry, place: 1 },
      { entry: w.b.entry, place: 2 },
      { entry: w.c.entry, place: 3 },
    ]);
  });

  it('opens on the Grand Prize, then the other awards, then the finalists who won nothing, each work once with all its awards', async () => {
    const body = await html(`/showcase/${w.competition.slug}`);
    const hero = body.indexOf('<section class="gp"');
    const awards = body.indexOf('id="awards-h"');
    const best = body.indexOf('>Best of the Country</h3>');
    const special = body.indexOf('>Special Mention</h3>');
    const filters = body.indexOf('<form class="filters"');
    const finalists = body.indexOf('id="finalists-h"');
    expect(hero).toBeGreaterThan(0);
    expect([hero, awards, best, special, finalists, filters]).toEqual([...[hero, awards, best, special, finalists, filters]].sort((x, y) => x - y));
    // the hero: a large poster (its size reserved, loaded first) that plays the work, the title, credits, country and award
    const gp = body.slice(hero, awards);
    expect(gp).toContain(`href="${entryUrl(w, w.a)}" aria-label="Play “${w.a.entry.title}”"`);
    expect(gp).toMatch(new RegExp(`<img src="${mediaUrl(w, w.a, 'poster')}" alt="" width="1920" height="1080" fetchPriority="high"`, 'i'));
    expect(gp).toContain(`>${w.a.entry.title}</a></h2>`);
    expect(gp).toContain('By Niran and Ploy · Thailand');
    expect(gp).toContain('<p class="gp-award">Grand Prize</p>');
    expect(gp).toContain('Special Mention, 1st place');
    // every work once: no card for the hero, one card each for the others, wherever it first appears
    expect(cards(body, w.a)).toBe(0);
    for (const x of [w.b, w.c, f]) expect(cards(body, x)).toBe(1);
    expect(body.slice(best, special)).toContain(`id="work-${w.c.entry.code}"`);
    // c's card lists both its awards
    const cCard = body.slice(body.indexOf(`id="work-${w.c.entry.code}"`), special);
    expect(cCard).toContain('Best of the Country: Singapore');
    expect(cCard).toContain('Special Mention, 3rd place');
    // the special mention names the works shown above with a link to them, and shows b's card
    const specialSection = body.slice(special, finalists);
    expect(specialSection).toContain(`href="#gp-h">${w.a.entry.title}</a>`);
    expect(specialSection).toContain(`href="#work-${w.c.entry.code}">${w.c.entry.title}</a>`);
    expect(specialSection).toContain(`id="work-${w.b.entry.code}"`);
    // the finalists: only the one who won nothing; the filters offer its country only
    const rest = body.slice(finalists);
    expect(rest).toContain(`id="work-${f.entry.code}"`);
    expect(rest).toContain('<option value="TH">Thailand</option>');
    expect(rest).not.toContain('<option value="JP">');
    for (const x of [w.d, w.e]) expect(body).not.toContain(x.entry.title);
  });

  it('filters only the finalists below the awards, and says so when none match', async () => {
    const body = await html(`/showcase/${w.competition.slug}?country=JP`);
    // the awards stay whole
    expect(body).toContain(`id="work-${w.b.entry.code}"`);
    expect(body).toContain(`>${w.a.entry.title}</a></h2>`);
    expect(body.slice(body.indexOf('id="finalists-h"'))).not.toContain(`id="work-${f.entry.code}"`);
    expect(body).toContain('No videos match these filters.');
    // the form comes back to the finalists
    expect(body).toContain(`action="/showcase/${w.competition.slug}#finalists-h"`);
  });

  it('gives the edition a link card with the Grand Prize poster, and share links for the edition', async () => {
    const body = await html(`/showcase/${w.competition.slug}`);
    const page = `${ORIGIN}/showcase/${w.competition.slug}`;
    expect(meta(body, 'property', 'og:image')).toBe(`${ORIGIN}${mediaUrl(w, w.a, 'poster')}`);
    expect(meta(body, 'property', 'og:image:width')).toBe('1920');
    expect(meta(body, 'property', 'og:image:height')).toBe('1080');
    expect(meta(body, 'property', 'og:url')).toBe(page);
    expect(meta(body, 'name', 'twitter:card')).toBe('summary_large_image');
    expect(hrefs(body)).toContain(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(page)}`);
    expect(body).toContain(`value="${page}"`);
  });

  it("gives each work's page a link card: title, country and award, the poster with its size and alt, the page's URL", async () => {
    const body = await html(entryUrl(w, w.a));
    expect(meta(body, 'property', 'og:type')).toBe('video.other');
    expect(meta(body, 'property', 'og:title')).toBe(w.a.entry.title);
    expect(meta(body, 'property', 'og:description')).toBe(`Grand Prize · Special Mention, 1st place · Thailand · ${w.competition.name.en}`);
    expect(meta(body, 'property', 'og:url')).toBe(`${ORIGIN}${entryUrl(w, w.a)}`);
    // the showcase's own poster address (a stable link that redirects), never a short-lived presigned URL
    expect(meta(body, 'property', 'og:image')).toBe(`${ORIGIN}${mediaUrl(w, w.a, 'poster')}`);
    expect(meta(body, 'property', 'og:image')).not.toContain('X-Amz');
    expect(meta(body, 'property', 'og:image:width')).toBe('1920');
    expect(meta(body, 'property', 'og:image:height')).toBe('1080');
    expect(meta(body, 'property', 'og:image:alt')).toBe(`Still from “${w.a.entry.title}”`);
    expect(meta(body, 'name', 'twitter:card')).toBe('summary_large_image');
    const th = await html(`${entryUrl(w, w.b)}?lang=th`);
    expect(meta(th, 'property', 'og:description')).toMatch(new RegExp(`^Special Mention.+ · ญี่ปุ่น · ${w.competition.name.en}$`));
    expect(meta(th, 'property', 'og:locale')).toBe('th_TH');
  });

  it('shares a work with plain links to LINE, Facebook, X and WhatsApp carrying its encoded URL, the system sheet, and copy link', async () => {
    const body = await html(entryUrl(w, w.a));
    const url = `${ORIGIN}${entryUrl(w, w.a)}`;
    const u = encodeURIComponent(url);
    const links = hrefs(body);
    expect(links).toEqual(
      expect.arrayContaining([
        `https://social-plugins.line.me/lineit/share?url=${u}`,
        `https://www.facebook.com/sharer/sharer.php?u=${u}`,
        `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(w.a.entry.title)}`,
        `https://wa.me/?text=${encodeURIComponent(`${w.a.entry.title} ${url}`)}`,
      ]),
    );
    // new tabs without an opener; no script of theirs
    expect(body).toMatch(/<a class="btn secondary net-line" href="[^"]+" target="_blank" rel="noopener noreferrer">/);
    expect(body).not.toMatch(/<script[^>]+src="https?:/);
    // the system share sheet: hidden until the script finds navigator.share
    expect(body).toMatch(new RegExp(`<li data-native-share="" hidden=""><button class="btn" type="button" data-share-url="${url}"`));
    // copy link, its outcome said in the page's language through a live region
    expect(body).toContain('data-copy="share-link" data-done="Link copied."');
    expect(body).toContain('<p id="copy-status" class="status" role="status" aria-live="polite"></p>');
    const ja = await html(`${entryUrl(w, w.a)}?lang=ja`);
    expect(ja).toContain(`data-copy="share-link" data-done="${JA.share.linkCopied}"`);
    expect(ja).toContain('LINEで共有（新しいタブで開きます）');
    const script = await get('/showcase/assets/showcase.js').expect(200);
    expect(script.text).toContain("typeof navigator.share === 'function'");
  });

  it('draws a QR code of the page as SVG: it encodes the page URL, has a text alternative and may be cached', async () => {
    const body = await html(entryUrl(w, w.a));
    const url = `${ORIGIN}${entryUrl(w, w.a)}`;
    expect(body).toContain(`<img src="${mediaUrl(w, w.a, 'qr.svg')}" alt="QR code that opens “${w.a.entry.title}”" width="168" height="168"`);
    expect(body).toContain('<strong>Scan to watch</strong>');
    const res = await get(mediaUrl(w, w.a, 'qr.svg')).expect(200);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    const svg = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.text;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-label="QR code: [^"]+">/);
    expect(svg).toContain(`<title>QR code: ${url}</title>`);
    // decoded: exactly the modules the encoder gives for the page's URL (and not another work's)
    expect(modules(svg)).toEqual(encode(url, { ecc: QR_ECC, border: QR_BORDER }).data);
    expect(modules(svg)).not.toEqual(encode(`${ORIGIN}${entryUrl(w, w.b)}`, { ecc: QR_ECC, border: QR_BORDER }).data);
    const th = await get(`${mediaUrl(w, w.a, 'qr.svg')}?lang=th`).expect(200);
    expect(Buffer.isBuffer(th.body) ? th.body.toString('utf8') : th.text).toContain(`<title>คิวอาร์โค้ด: ${url}</title>`);
    // not public, not drawn
    await get(mediaUrl(w, w.d, 'qr.svg')).expect(404);
    await get(mediaUrl(w, w.e, 'qr.svg')).expect(404);
    await get(`/showcase/${w.competition.slug}/media/TH-NOPE/qr.svg`).expect(404);
  });

  it('names the finished edition on the showcase root, with the Grand Prize and a link to the winners', async () => {
    const body = await html('/showcase');
    const card = body.slice(body.indexOf(`href="/showcase/${w.competition.slug}"`));
    expect(card).toContain('Results published');
    expect(card).toContain(`<strong>Grand Prize</strong> “${w.a.entry.title}” by Niran and Ploy, Thailand`);
    expect(card).toContain('See the winners');
  });

  it('gives the public competition API the publication date, the winners link and the Grand Prize with public credits only', async () => {
    const res = await t.anon.get(`/api/competitions/${w.competition.slug}`).expect(200);
    const body = res.body as { results: unknown };
    expect(body.results).toEqual({
      publishedAt: PUBLISHED.resultsPublishedAt.toISOString(),
      showcaseUrl: `/showcase/${w.competition.slug}`,
      grandPrize: {
        code: w.a.entry.code,
        title: w.a.entry.title,
        credits: ['Niran', 'Ploy'],
        countryCode: 'TH',
        awardName: { en: 'Grand Prize', ja: 'グランプリ' },
        url: entryUrl(w, w.a),
        posterUrl: mediaUrl(w, w.a, 'poster'),
      },
    });
    expect(JSON.stringify(res.body)).not.toContain('Sukprasertwong');
    expect(JSON.stringify(res.body)).not.toContain('Wat Secret Minor School');
    const list = (await t.anon.get('/api/competitions').expect(200)).body as { slug: string; results: { grandPrize: { title: string } | null } | null }[];
    expect(list.find((c) => c.slug === w.competition.slug)?.results?.grandPrize?.title).toBe(w.a.entry.title);
  });
});

describe('an edition whose every finalist won an award', () => {
  it('shows no empty finalists section, nor filters', async () => {
    const w = await makeShowcaseWorld(t, organiserId, PUBLISHED);
    await addAward(t, w.competition, { kind: 'special', name: { en: 'Special Mention' }, position: 3, decidedBy: organiserId }, [{ entry: w.b.entry }]);
    const body = await html(`/showcase/${w.competition.slug}`);
    expect(body).toContain(`id="work-${w.b.entry.code}"`);
    expect(body).not.toContain('id="finalists-h"');
    expect(body).not.toContain('<form class="filters"');
    expect(body).toContain('Share the winners');
  });
});

describe('an edition whose results are not public', () => {
  it('says nothing of its results: no API results, no root card, no QR for the public; the organiser may draw the QR for the ceremony', async () => {
    const w = await makeShowcaseWorld(t, organiserId, SEALED);
    const res = await t.anon.get(`/api/competitions/${w.competition.slug}`).expect(200);
    expect((res.body as { results: unknown }).results).toBeNull();
    const list = (await t.anon.get('/api/competitions').expect(200)).body as { slug: string; results: unknown }[];
    expect(list.find((c) => c.slug === w.competition.slug)?.results).toBeNull();
    expect(JSON.stringify(res.body)).not.toContain(w.a.entry.title);
    expect(await html('/showcase')).not.toContain(w.competition.slug);
    const anon = await get(mediaUrl(w, w.a, 'qr.svg')).expect(404);
    expect(anon.text).not.toContain(w.a.entry.code);
    // a signed-in student is the public too
    const { client: student } = await clientAs(t, { role: 'student' });
    await student.get(mediaUrl(w, w.a, 'qr.svg')).expect(404);
    // the organiser's ceremony deck: the QR is drawn, and not kept by any cache
    const qr = await organiser.get(mediaUrl(w, w.a, 'qr.svg')).expect(200);
    expect(qr.headers['cache-control']).toBe('private, no-store');
    await organiser.get(`/showcase/${w.competition.slug}/media/TH-NOPE/qr.svg`).expect(404);
  });

  it("gives the ceremony deck each winner's public page and QR code, and no nominee's", async () => {
    const w = await makeShowcaseWorld(t, organiserId, SEALED);
    const deck = (await organiser.get(`/api/competitions/${w.competition.id}/ceremony`).expect(200)).body as {
      reveals: { winners: { code: string; publicUrl: string | null; qrUrl: string | null }[]; nominees: { code: string; publicUrl: string | null }[] }[];
    };
    const winners = deck.reveals.flatMap((r) => r.winners);
    const gp = winners.find((x) => x.code === w.a.entry.code)!;
    expect(gp.publicUrl).toBe(`${ORIGIN}${entryUrl(w, w.a)}`);
    expect(gp.qrUrl).toBe(mediaUrl(w, w.a, 'qr.svg'));
    const winnerCodes = new Set(winners.map((x) => x.code));
    for (const n of deck.reveals.flatMap((r) => r.nominees)) if (!winnerCodes.has(n.code)) expect(n.publicUrl).toBeNull();
  });
});
