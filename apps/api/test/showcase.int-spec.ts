import { Entry } from '../src/entries/entry.entity.js';
import { makeUser } from './harness/factories.js';
import { createTestApp, ORIGIN, T0, type TestApp } from './harness/test-app.js';
import { embedUrl, entryUrl, makeShowcaseWorld, mediaUrl, meta, scriptSources, showcaseRequests, type ShowcaseWorld } from './showcase-fixtures.js';

/**
 * The public showcase: only published results, only cleared works, credits as consented, no private data in any
 * response. The pages as web pages (tags, framing, script budget, languages, unknown addresses): showcase-pages.int-spec.ts.
 */
let t: TestApp;
let organiserId: string;
const { get, html } = showcaseRequests(() => t);

const DAY = 24 * 3600_000;

/** Everything public about a competition: every page (both languages, filters) and every media response. */
async function crawl(w: ShowcaseWorld): Promise<{ url: string; status: number; headers: string; body: string }[]> {
  const urls = [
    '/showcase',
    '/showcase?lang=ja',
    `/showcase/${w.competition.slug}`,
    `/showcase/${w.competition.slug}?lang=ja`,
    `/showcase/${w.competition.slug}?country=TH`,
    `/showcase/${w.competition.slug}?category=${w.categories[1].id}`,
  ];
  for (const x of w.works) {
    urls.push(entryUrl(w, x), `${entryUrl(w, x)}?lang=ja`, embedUrl(w, x), mediaUrl(w, x, 'video'), mediaUrl(w, x, 'poster'), mediaUrl(w, x, 'qr.svg'));
    for (const lang of x.spec.captions ?? ['en']) urls.push(mediaUrl(w, x, `captions/${lang}.vtt`));
  }
  const page = await get(entryUrl(w, w.a)).expect(200);
  for (const src of scriptSources(page.text)) urls.push(src);
  const out = [];
  for (const url of urls) {
    const res = await get(url);
    out.push({ url, status: res.status, headers: JSON.stringify(res.headers), body: res.text ?? '' });
  }
  return out;
}

beforeAll(async () => {
  t = await createTestApp();
  organiserId = (await makeUser(t, { role: 'organiser', countryCode: null })).id;
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(T0));

describe('sealed results', () => {
  it('shows nothing of a sealed competition: no edition, entry, embed or media, and no title or code in any answer', async () => {
    const w = await makeShowcaseWorld(t, organiserId, {
      resultsSealedAt: new Date(T0.getTime() - DAY),
      resultsPublishedAt: null,
      ceremonyAt: new Date(T0.getTime() + 7 * DAY),
    });
    const bodies: string[] = [];
    const list = await html('/showcase');
    bodies.push(list);
    expect(list).not.toContain(w.competition.slug);
    expect(list).not.toContain(w.competition.name.en);
    bodies.push(await html(`/showcase/${w.competition.slug}`, 404));
    for (const x of w.works) {
      bodies.push(await html(entryUrl(w, x), 404));
      bodies.push(await html(embedUrl(w, x), 404));
      for (const what of ['video', 'poster', 'captions/en.vtt']) {
        const res = await get(mediaUrl(w, x, what)).expect(404);
        expect(res.headers.location).toBeUndefined();
        bodies.push(res.text);
      }
    }
    for (const body of bodies)
      for (const x of w.works) {
        expect(body).not.toContain(x.entry.title);
        expect(body).not.toContain(x.entry.code);
      }
  });

  it('stays sealed when results were never sealed nor published (still being worked on)', async () => {
    const w = await makeShowcaseWorld(t, organiserId, { resultsSealedAt: null, resultsPublishedAt: null, ceremonyAt: new Date(T0.getTime() - DAY) });
    await html(`/showcase/${w.competition.slug}`, 404);
    await html(entryUrl(w, w.a), 404);
  });

  it('publishes by itself once the ceremony time passes', async () => {
    const w = await makeShowcaseWorld(t, organiserId, {
      resultsSealedAt: new Date(T0.getTime() - DAY),
      resultsPublishedAt: null,
      ceremonyAt: new Date(T0.getTime() + 2 * 3600_000),
    });
    await html(entryUrl(w, w.a), 404);
    t.clock.advance(2 * 3600_000 + 1000);
    expect(await html('/showcase')).toContain(w.competition.name.en);
    expect(await html(`/showcase/${w.competition.slug}`)).toContain(w.a.entry.title);
    expect(await html(entryUrl(w, w.a))).toContain(w.a.entry.title);
    await get(mediaUrl(w, w.a, 'video')).expect(302);
  });
});

describe('a published competition', () => {
  let w: ShowcaseWorld;
  beforeAll(async () => {
    t.clock.set(T0);
    w = await makeShowcaseWorld(t, organiserId, {
      resultsSealedAt: new Date(T0.getTime() - 2 * DAY),
      resultsPublishedAt: new Date(T0.getTime() - DAY),
      ceremonyAt: new Date(T0.getTime() - DAY),
    });
  });

  it('lists the edition with its name, newest first', async () => {
    const body = await html('/showcase');
    expect(body).toContain(`href="/showcase/${w.competition.slug}"`);
    expect(body).toContain(w.competition.name.en);
    expect(body).toMatch(/<title>Showcase · Clapper<\/title>/);
  });

  it('shows the Grand Prize, the other award winners in ceremony order, then the other finalists; never the uncleared or the non-finalist', async () => {
    const body = await html(`/showcase/${w.competition.slug}`);
    const awards = body.indexOf('Grand Prize');
    const best = body.indexOf('Best of the Country');
    const finalists = body.indexOf('id="finalists-h"');
    expect(awards).toBeGreaterThan(0);
    expect(best).toBeGreaterThan(awards);
    expect(finalists).toBeGreaterThan(best);
    expect(body.slice(awards, best)).toContain(w.a.entry.title);
    expect(body.slice(best, finalists)).toContain(w.c.entry.title);
    // each work once: the Grand Prize in the hero, the country's best under its award, the rest among the finalists
    expect(body.slice(0, best)).toContain(`href="${entryUrl(w, w.a)}"`);
    expect(body.slice(best, finalists)).toContain(`href="${entryUrl(w, w.c)}"`);
    expect(body.slice(finalists)).toContain(`href="${entryUrl(w, w.b)}"`);
    for (const x of [w.a, w.c]) expect(body.slice(finalists)).not.toContain(`href="${entryUrl(w, x)}"`);
    for (const x of [w.d, w.e]) {
      expect(body).not.toContain(x.entry.title);
      expect(body).not.toContain(x.entry.code);
    }
    // poster cards load lazily, with their size reserved
    const img = /<img class="thumb"[^>]*src="([^"]+\/poster)"[^>]*>/.exec(body)!;
    expect(img[0]).toContain('loading="lazy"');
    expect(img[0]).toMatch(/width="\d+"/);
    expect(img[0]).toMatch(/height="\d+"/);
    expect(img[0]).toContain('alt=""');
    expect(meta(body, 'property', 'og:title')).toBe(w.competition.name.en);
  });

  it('filters the finalists by country and by category on the server', async () => {
    const finalists = (body: string) => body.slice(body.indexOf('id="finalists-h"'));
    const jp = await html(`/showcase/${w.competition.slug}?country=JP`);
    expect(finalists(jp)).toContain(w.b.entry.title);
    expect(jp).toMatch(/<option value="JP" selected="">/);
    const uni = await html(`/showcase/${w.competition.slug}?category=${w.categories[1].id}`);
    expect(finalists(uni)).toContain(w.b.entry.title);
    const none = await html(`/showcase/${w.competition.slug}?country=SG&category=${w.categories[1].id}`);
    expect(finalists(none)).not.toContain(w.b.entry.title);
    expect(none).toContain('No videos match these filters.');
  });

  it('shows a work: title, synopsis, player with captions, country, category, award, first names only, share and embed', async () => {
    const body = await html(entryUrl(w, w.a));
    expect(body).toMatch(/^<!doctype html><html lang="en">/);
    expect(body).toContain(`<title>${w.a.entry.title} · ${w.competition.name.en} · Clapper</title>`);
    expect(body).toContain(`<h1>${w.a.entry.title}</h1>`);
    expect(body).toContain(w.a.entry.synopsisOriginal);
    expect(body).toContain(w.a.entry.synopsisEnglish.replace(/'/g, '&#x27;'));
    // a reader of the work's own language (Thai) reads the team's Thai alone, without the English beside it
    const thai = await html(`${entryUrl(w, w.a)}?lang=th`);
    expect(thai).toContain(w.a.entry.synopsisOriginal);
    expect(thai).not.toContain(w.a.entry.synopsisEnglish.replace(/'/g, '&#x27;'));
    // a work in English: its English synopsis, once, to every reader (no empty "Synopsis" heading)
    for (const lang of ['en', 'th']) {
      const english = await html(`${entryUrl(w, w.c)}?lang=${lang}`);
      expect(/<section class="synopsis"[^>]*>.*?<\/section>/s.exec(english)![0]).toContain(w.c.entry.synopsisEnglish.replace(/'/g, '&#x27;'));
    }
    expect(body).toContain('Thailand');
    expect(body).toContain('Ages 13–17');
    expect(body).toContain('Grand Prize');
    // the player: nothing loads before play; the web rendition through our media URL; a track per caption language
    const video = /<video[^>]*>/.exec(body)![0];
    expect(video).toContain('preload="none"');
    expect(video).toContain('controls');
    expect(video).toContain(`poster="${mediaUrl(w, w.a, 'poster')}"`);
    expect(body).toContain(`<source src="${mediaUrl(w, w.a, 'video')}" type="video/mp4"/>`);
    const tracks = [...body.matchAll(/<track [^>]*\/>/g)].map((m) => m[0]);
    expect(tracks).toHaveLength(3);
    expect(tracks.find((x) => x.includes('srcLang="en"') || x.includes('srclang="en"'))).toMatch(/default=""/);
    for (const x of tracks) expect(x).toContain('kind="subtitles"');
    expect(body).toMatch(/<track kind="subtitles" srcLang="th" label="ไทย" src="[^"]+\/captions\/th\.vtt"\/>/i);
    expect(body).toMatch(/label="日本語"/);
    // credits: first names only (the default), no school
    expect(body).toContain('By Niran and Ploy');
    expect(body).not.toContain('Sukprasertwong');
    expect(body).not.toContain('Wat Secret Minor School');
    // share and embed
    expect(body).toContain(`value="${ORIGIN}${entryUrl(w, w.a)}"`);
    expect(body).toMatch(
      /<label for="embed-code">Embed code<\/label><textarea id="embed-code" readOnly="" rows="4">&lt;iframe src=&quot;http:\/\/localhost:3000\/showcase\/[^<]+\/embed\//i,
    );
    expect(body).toContain('data-copy="share-link"');
  });

  it("credits the team name, or full names with the school when the team chose so: an adult's, never a minor's", async () => {
    const b = await html(entryUrl(w, w.b));
    expect(b).toContain('By Team Kitsune');
    expect(b).not.toContain('Haruto');
    expect(b).not.toContain('Kyoto Hidden University');
    const c = await html(entryUrl(w, w.c));
    expect(c).toContain('By Wei and Arjun Raman Pillai');
    expect(c).toContain('Singapore Open University');
    for (const secret of ['Tanaka-Lim', 'Wei Ling', 'Marina Consented Secondary', '2010-11-30', '30/11/2010']) expect(c).not.toContain(secret);
    const embed = await html(`/showcase/${w.competition.slug}/embed/${w.c.entry.code}`);
    expect(embed).toContain(w.c.entry.title);
    for (const secret of ['Tanaka-Lim', 'Marina Consented Secondary']) expect(embed).not.toContain(secret);
    expect(c).toContain('Best of the Country: Singapore');
    // portrait: the embed code keeps the phone's shape
    expect(c).toContain('width=&quot;315&quot; height=&quot;560&quot;');
  });

  it('serves the media: short-lived redirects to the rendition and poster, captions streamed on our origin', async () => {
    const video = await get(mediaUrl(w, w.a, 'video')).expect(302);
    expect(video.headers['cache-control']).toBe('no-store');
    expect(video.headers.location).toContain(`entries/${w.a.entry.id}/video/`);
    expect(video.headers.location).toMatch(/X-Amz-Expires=\d+/);
    expect(Number(/X-Amz-Expires=(\d+)/.exec(video.headers.location)![1])).toBeLessThanOrEqual(900);
    const fetched = await fetch(video.headers.location);
    expect(fetched.status).toBe(200);
    expect(await fetched.text()).toBe('not really an mp4, but bytes');
    const poster = await get(mediaUrl(w, w.a, 'poster')).expect(302);
    expect(poster.headers.location).toContain('poster.jpg');
    const vtt = await get(mediaUrl(w, w.a, 'captions/th.vtt')).expect(200);
    expect(vtt.headers['content-type']).toBe('text/vtt; charset=utf-8');
    expect(vtt.text).toMatch(/^WEBVTT/);
    expect(vtt.text).toContain('[th] Do not click that link.');
    const page = await get(entryUrl(w, w.a)).expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('keeps every private field out of every public response, headers included', async () => {
    const responses = await crawl(w);
    expect(responses.filter((r) => r.status >= 500)).toEqual([]);
    expect(responses.filter((r) => r.status === 200 || r.status === 302).length).toBeGreaterThan(25);
    const entries = await t.db.getRepository(Entry).find({ where: { competitionId: w.competition.id } });
    const forbidden: string[] = [];
    for (const x of w.works) {
      for (const m of x.members) {
        const [y, mo, d] = m.dateOfBirth.split('-');
        forbidden.push(m.dateOfBirth, `${d}/${mo}/${y}`, `${mo}/${d}/${y}`, `${y}/${mo}/${d}`, `${y}${mo}${d}`, `${d}.${mo}.${y}`);
        const surname = m.fullName.split(' ').slice(1).join(' ');
        if (x.spec.creditStyle !== 'full_names' && surname) forbidden.push(surname);
        if (!x.spec.creditSchool) forbidden.push(m.schoolName);
      }
      if (x.spec.creditStyle === 'team_name') forbidden.push(...x.members.map((m) => m.fullName.split(' ')[0]));
      forbidden.push(x.owner.email, x.owner.id, x.owner.schoolId!, x.owner.dateOfBirth ?? '2010-05-14', 'Guardian Parentname', 'IMG_0001');
    }
    for (const e of entries) forbidden.push(e.supervisingTeacherEmail!, e.supervisingTeacherName!, e.ownerId, e.schoolId, e.sources, 'SecretTrack');
    forbidden.push('mum.niran@family.example.org', 'family.example.org', 'school.example.org', 'owners.example.org', 'Teacherperson');
    const leaks: string[] = [];
    for (const r of responses)
      for (const secret of new Set(forbidden))
        if (r.body.includes(secret) || r.headers.includes(secret)) leaks.push(`${r.url} (${r.status}) contains ${secret}`);
    // and nothing that looks like an email address or an ISO date at all
    for (const r of responses) {
      const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.exec(r.body);
      if (email) leaks.push(`${r.url} has an email-like ${email[0]}`);
      const date = /\b(19|20)\d\d-[01]\d-[0-3]\d\b/.exec(r.body);
      if (date) leaks.push(`${r.url} has a date ${date[0]}`);
    }
    expect(leaks).toEqual([]);
  });
});

describe('withdrawal', () => {
  it('takes a work off every page, embed and media at once when a consent is withdrawn', async () => {
    const w = await makeShowcaseWorld(t, organiserId, { resultsSealedAt: new Date(T0.getTime() - 2 * DAY), resultsPublishedAt: new Date(T0.getTime() - DAY) });
    await html(entryUrl(w, w.a));
    await get(mediaUrl(w, w.a, 'video')).expect(302);
    // the adult member withdraws their consent, through the team's consents API
    await w.a.team.delete(`/api/entries/${w.a.entry.id}/members/${w.a.members[1].id}/consent`).expect(200);
    await html(entryUrl(w, w.a), 404);
    await html(embedUrl(w, w.a), 404);
    for (const what of ['video', 'poster', 'captions/en.vtt']) await get(mediaUrl(w, w.a, what)).expect(404);
    const edition = await html(`/showcase/${w.competition.slug}`);
    expect(edition).not.toContain(w.a.entry.title);
    expect(edition).not.toContain('Grand Prize');
    expect(edition).toContain(w.b.entry.title);
  });

  it('takes a work off when it stops being cleared for another reason (the entry is withdrawn, the video replaced)', async () => {
    const w = await makeShowcaseWorld(t, organiserId, { resultsSealedAt: new Date(T0.getTime() - 2 * DAY), resultsPublishedAt: new Date(T0.getTime() - DAY) });
    await html(entryUrl(w, w.b));
    await w.b.team.post(`/api/entries/${w.b.entry.id}/withdraw`).expect(200);
    await html(entryUrl(w, w.b), 404);
    await html(embedUrl(w, w.b), 404);
    await get(mediaUrl(w, w.b, 'video')).expect(404);
    expect(await html(`/showcase/${w.competition.slug}`)).not.toContain(w.b.entry.title);
    // a video no longer ready (replaced) is not shown either
    await t.db.query(`UPDATE video_assets SET status = 'replaced' WHERE entry_id = $1`, [w.c.entry.id]);
    await html(entryUrl(w, w.c), 404);
    expect(await html(`/showcase/${w.competition.slug}`)).not.toContain(w.c.entry.title);
  });
});
