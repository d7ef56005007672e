import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { makeUser } from './harness/factories.js';
import { createTestApp, ORIGIN, T0, type TestApp } from './harness/test-app.js';
import { embedUrl, entryUrl, makeShowcaseWorld, mediaUrl, meta, scriptSources, showcaseRequests, type ShowcaseWorld } from './showcase-fixtures.js';

/**
 * The public showcase's pages as web pages: Open Graph and canonical tags, who may frame them, the opener policy, the
 * JavaScript they ship, the 14 languages, and 404 pages for unknown addresses. What they show: showcase.int-spec.ts.
 */
let t: TestApp;
let organiserId: string;
const { get, html } = showcaseRequests(() => t);

const DAY = 24 * 3600_000;

beforeAll(async () => {
  t = await createTestApp();
  organiserId = (await makeUser(t, { role: 'organiser', countryCode: null })).id;
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(T0));

describe('the pages of a published competition', () => {
  let w: ShowcaseWorld;
  beforeAll(async () => {
    t.clock.set(T0);
    w = await makeShowcaseWorld(t, organiserId, {
      resultsSealedAt: new Date(T0.getTime() - 2 * DAY),
      resultsPublishedAt: new Date(T0.getTime() - DAY),
      ceremonyAt: new Date(T0.getTime() - DAY),
    });
  });

  it('has Open Graph and Twitter card tags with absolute URLs, and a canonical link', async () => {
    const body = await html(entryUrl(w, w.a));
    expect(meta(body, 'property', 'og:type')).toBe('video.other');
    expect(meta(body, 'property', 'og:title')).toBe(w.a.entry.title);
    expect(meta(body, 'property', 'og:description')).toBe(`Grand Prize · Thailand · ${w.competition.name.en}`);
    expect(meta(body, 'property', 'og:url')).toBe(`${ORIGIN}${entryUrl(w, w.a)}`);
    expect(meta(body, 'property', 'og:image')).toBe(`${ORIGIN}${mediaUrl(w, w.a, 'poster')}`);
    expect(meta(body, 'property', 'og:video')).toBe(`${ORIGIN}${mediaUrl(w, w.a, 'video')}`);
    expect(meta(body, 'name', 'twitter:card')).toBe('summary_large_image');
    expect(meta(body, 'name', 'description')).toContain('A short film about pausing');
    expect(body).toContain(`<link rel="canonical" href="${ORIGIN}${entryUrl(w, w.a)}"/>`);
  });

  it('lets any site frame the embed page, and no other showcase page', async () => {
    const embed = await get(embedUrl(w, w.a)).expect(200);
    expect(embed.headers['x-frame-options']).toBeUndefined();
    expect(embed.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers['content-security-policy']).not.toContain("frame-ancestors 'self'");
    // the rest of the policy stays
    expect(embed.headers['content-security-policy']).toContain("script-src 'self'");
    expect(embed.text).toContain('<video');
    expect(embed.text).toContain(`href="${ORIGIN}${entryUrl(w, w.a)}"`);
    expect(embed.text).not.toContain('id="embed-code"');
    for (const url of [entryUrl(w, w.a), `/showcase/${w.competition.slug}`, '/showcase', '/showcase/nope']) {
      const res = await get(url);
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    }
  });

  it('opens public pages without a browsing-context swap, while the signed-in app keeps its opener policy', async () => {
    for (const url of [entryUrl(w, w.a), embedUrl(w, w.a), `/showcase/${w.competition.slug}`, '/showcase'])
      expect((await get(url).expect(200)).headers['cross-origin-opener-policy']).toBe('unsafe-none');
    expect((await get('/api/health')).headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('ships at most 170 KB of gzipped JavaScript, from our own origin only', async () => {
    let total = 0;
    const sources = new Set<string>();
    for (const url of ['/showcase', `/showcase/${w.competition.slug}`, entryUrl(w, w.a), embedUrl(w, w.a)]) {
      const body = await html(url);
      expect(body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      for (const src of scriptSources(body)) sources.add(src);
    }
    expect(sources.size).toBeGreaterThan(0);
    for (const src of sources) {
      expect(src.startsWith('/showcase/')).toBe(true);
      const res = await get(src)
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(res.headers['content-type']).toMatch(/javascript/);
      total += gzipSync(res.body as Buffer).length;
    }
    expect(total).toBeLessThanOrEqual(170 * 1024);
  });

  it('speaks Japanese with ?lang=ja, the cookie or Accept-Language, and English otherwise', async () => {
    const ja = await html(`${entryUrl(w, w.a)}?lang=ja`);
    expect(ja).toMatch(/^<!doctype html><html lang="ja">/);
    expect(ja).toContain('共有と埋め込み');
    expect(ja).toContain('グランプリ');
    expect(ja).toContain('タイ');
    expect(ja).toContain('13〜17歳');
    // the Japanese viewer's captions are on by default
    expect(ja).toMatch(/<track kind="subtitles" srcLang="ja" label="日本語" src="[^"]+" default=""\/>/i);
    const edition = await html(`/showcase/${w.competition.slug}?lang=ja`);
    expect(edition).toContain(w.competition.name.ja);
    expect(edition).toContain('ファイナリスト');
    const accepted = await get('/showcase').set('Accept-Language', 'ja-JP,ja;q=0.9,en;q=0.5').expect(200);
    expect(accepted.text).toMatch(/<html lang="ja">/);
    expect(accepted.text).toContain('ショーケース');
    const cookie = await get('/showcase').set('Cookie', 'clapper_lang=ja').set('Accept-Language', 'en').expect(200);
    expect(cookie.text).toMatch(/<html lang="ja">/);
    const remembered = await get('/showcase?lang=ja').expect(200);
    expect(remembered.headers['set-cookie']?.[0]).toMatch(/^clapper_lang=ja;.*Path=\/showcase/);
    const english = await get('/showcase').set('Accept-Language', 'fr-FR,de;q=0.8').expect(200);
    expect(english.text).toMatch(/<html lang="en">/);
    // the switcher names each language in its own script
    expect(english.text).toContain('lang="ja" hrefLang="ja"');
    expect(english.text).toContain('>日本語</a>');
  });

  it('speaks every one of the 14 languages, matched from how browsers and links name them', async () => {
    const catalog = (lang: string) =>
      JSON.parse(readFileSync(new URL(`../src/showcase/locales/${lang}.json`, import.meta.url), 'utf8')) as { skip: string; edition: { finalists: string } };
    for (const [header, lang] of [
      ['km-KH,km;q=0.9', 'km'],
      ['my-MM', 'my'],
      ['zh-CN,zh;q=0.9', 'zh-Hans'],
      ['tl-PH', 'fil'],
      ['pt-BR,en;q=0.3', 'pt'],
      ['zh-TW,vi;q=0.8', 'vi'], // traditional Chinese is not offered: the next preference wins
    ]) {
      const res = await get(`/showcase/${w.competition.slug}`).set('Accept-Language', header).expect(200);
      expect(res.text).toContain(`<html lang="${lang}">`);
      expect(res.text).toContain(catalog(lang).skip);
      expect(res.text).toContain(catalog(lang).edition.finalists);
    }
    const viaLink = await html(`${entryUrl(w, w.a)}?lang=th-TH`);
    expect(viaLink).toContain('<html lang="th">');
    // the menu names all 14 in their own scripts, and says which is on
    for (const name of [
      'English',
      '日本語',
      'Bahasa Indonesia',
      'Bahasa Melayu',
      'ไทย',
      'Tiếng Việt',
      'Filipino',
      'ខ្មែរ',
      'ລາວ',
      'မြန်မာ',
      'Tetun',
      'Português',
      '简体中文',
      'தமிழ்',
    ])
      expect(viaLink).toContain(`>${name}</a>`);
    expect(viaLink).toMatch(/lang="th" hrefLang="th" aria-current="true">ไทย<\/a>/);
  });

  it('answers 404 pages (never 500) for unknown or malformed addresses', async () => {
    const slug = w.competition.slug;
    const notFound = [
      '/showcase/no-such-edition',
      `/showcase/${slug}/entries/TH-999999`,
      `/showcase/${slug}/entries/${w.b.entry.code.toLowerCase()}x`,
      `/showcase/${slug}/entries/..%2F..%2Fetc`,
      `/showcase/${slug}/entries/${'A'.repeat(300)}`,
      `/showcase/${slug}/entries/%E2%80%AE`,
      `/showcase/${slug}/embed/nope`,
      `/showcase/${slug}/media/${w.a.entry.code}/captions/xx.vtt`,
      `/showcase/${slug}/media/${w.a.entry.code}/captions/en.srt`,
      `/showcase/${slug}/media/${w.a.entry.code}/captions/..%2Fen.vtt`,
      `/showcase/${slug}/media/${w.b.entry.code}/captions/th.vtt`,
      `/showcase/${slug}/media/${w.a.entry.code}/thumbnail`,
      `/showcase/${slug}/whatever/else/here`,
      `/showcase/Bad_Slug!`,
      `/showcase/${w.competition.id}`,
      `/showcase/${slug}/entries/${w.d.entry.code}`,
      `/showcase/${slug}/media/${w.e.entry.code}/video`,
    ];
    const outcomes: string[] = [];
    for (const url of notFound) {
      const res = await get(url);
      if (res.status !== 404 || !String(res.headers['content-type']).startsWith('text/html'))
        outcomes.push(`${url} → ${res.status} ${res.headers['content-type']}`);
    }
    expect(outcomes).toEqual([]);
    // an unknown interface language or a strange filter falls back, it does not fail
    expect(await html(`/showcase/${slug}?lang=zz&country=ZZZ&category=nope`)).toContain('<html lang="en">');
    expect(await html(`/showcase/${slug}?lang=ja&lang=en&country[]=TH`)).toContain(w.a.entry.title);
    const page = await html('/showcase/no-such-edition', 404);
    expect(page).toContain('Page not found');
  });
});
