// Data for the showcase tests: a competition with a final round, awards, and works that are (or are not) public.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { Category } from '../src/competitions/category.entity.js';
import { Competition } from '../src/competitions/competition.entity.js';
import { Consent } from '../src/consents/consent.entity.js';
import { Entry, type CreditStyle } from '../src/entries/entry.entity.js';
import { LicenceGrant, LicenceVersion } from '../src/entries/licence.entity.js';
import { TeamMember } from '../src/entries/team-member.entity.js';
import { RoundEntry } from '../src/judging/round-entry.entity.js';
import { Round } from '../src/judging/round.entity.js';
import { Award, AwardWinner, type AwardKind } from '../src/results/award.entity.js';
import { Subtitle, VideoAsset } from '../src/videos/video-asset.entity.js';
import { hlsPrefix, posterKey, subtitleKey, webKey, originalKey } from '../src/videos/video-keys.js';
import type { User } from '../src/accounts/user.entity.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import type { Client, TestApp } from './harness/test-app.js';

export interface MemberSpec {
  fullName: string;
  dateOfBirth: string;
  schoolName: string;
  /** participant consent given (default true) */
  consent?: boolean;
  /** guardian consent given, for minors (default true) */
  guardian?: boolean;
  guardianEmail?: string;
}

export interface WorkSpec {
  countryCode: string;
  /** index into the competition's categories (default 0) */
  category?: number;
  title?: string;
  members: MemberSpec[];
  teamName?: string | null;
  creditStyle?: CreditStyle;
  creditSchool?: boolean;
  /** caption languages (default en) */
  captions?: string[];
  /** a ready web rendition (default true) */
  video?: boolean;
  poster?: boolean;
  /** portrait (phones film portrait) */
  portrait?: boolean;
  /** bytes of the web rendition and poster (default: small placeholders) */
  webBytes?: Buffer;
  posterBytes?: Buffer;
  /** a stored adaptive ladder of one 240p rung, its playlists real and its media placeholder bytes (default false) */
  ladder?: boolean;
}

export interface Work {
  entry: Entry;
  members: TeamMember[];
  owner: User;
  /** the owner's signed-in client (the team) */
  team: Client;
  spec: WorkSpec;
}

export const VTT = (text: string) => `WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n${text}\n`;

async function putText(t: TestApp, key: string, body: Buffer | string, contentType: string): Promise<void> {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  await t.storage.put(key, Readable.from([bytes]), { contentType, contentLength: bytes.length });
}

/** LADDER_FILES stored as a video's ladder, and recorded on it: its hash, one 240p rung, a one-tile sprite. */
async function putLadder(t: TestApp, entryId: string, assetId: string): Promise<void> {
  const hash = randomBytes(16).toString('hex');
  const key = hlsPrefix(entryId, assetId, hash);
  for (const [file, body, type] of LADDER_FILES) await putText(t, key + file, body, type);
  await t.db.getRepository(VideoAsset).update(
    { id: assetId },
    {
      hlsKey: key,
      hlsHash: hash,
      hlsRungs: [{ name: '240p', width: 426, height: 240, videoKbps: 280 }],
      sprite: { every: 2, columns: 1, rows: 1, width: 160, height: 90, count: 1 },
    },
  );
}

const LADDER_FILES: [string, string, string][] = [
  ['master.m3u8', '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=350000,RESOLUTION=426x240\n240p/index.m3u8\n', 'application/vnd.apple.mpegurl'],
  [
    '240p/index.m3u8',
    '#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-TARGETDURATION:4\n#EXT-X-MAP:URI="init.mp4"\n#EXTINF:2.0,\nseg_00000.m4s\n#EXT-X-ENDLIST\n',
    'application/vnd.apple.mpegurl',
  ],
  ['240p/init.mp4', 'init-ish', 'video/mp4'],
  ['240p/seg_00000.m4s', 'segment-ish', 'video/iso.segment'],
  ['sprite.jpg', 'jpeg-ish', 'image/jpeg'],
  ['thumbnails.vtt', 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nsprite.jpg#xywh=0,0,160,90\n', 'text/vtt'],
];

/** A competition with two categories (en/ja names) and a final round; results neither sealed nor published. */
export async function makeShowcaseCompetition(
  t: TestApp,
  o: Partial<Competition> = {},
): Promise<{ competition: Competition; categories: Category[]; final: Round }> {
  const competition = await makeCompetition(t, {
    countryCodes: ['TH', 'JP', 'SG'],
    name: { en: `ASEAN–Japan Video Awards ${randomBytes(2).toString('hex')}`, ja: `日ASEAN動画アワード ${randomBytes(2).toString('hex')}` },
    theme: { en: 'Think before you click', ja: 'クリックする前に考えよう' },
    categories: [
      { minAge: 13, maxAge: 17, name: { en: 'Ages 13–17', ja: '13〜17歳' } },
      { minAge: 18, maxAge: 25, name: { en: 'University', ja: '大学生' } },
    ],
    ...o,
  });
  const categories = await t.db.getRepository(Category).find({ where: { competitionId: competition.id }, order: { position: 'ASC' } });
  const final = await t.db.getRepository(Round).save({
    competitionId: competition.id,
    kind: 'final',
    countryCode: null,
    status: 'closed',
    opensAt: new Date('2027-01-01T00:00:00Z'),
    closesAt: new Date('2027-01-10T00:00:00Z'),
    rubric: DEFAULT_RUBRIC,
  });
  return { competition, categories, final };
}

/** A submitted, eligible entry with its team, consents, licence, processed video and captions, stored directly. */
export async function makeWork(t: TestApp, competition: Competition, spec: WorkSpec): Promise<Work> {
  const categories = await t.db.getRepository(Category).find({ where: { competitionId: competition.id }, order: { position: 'ASC' } });
  const schoolName = spec.members[0]?.schoolName ?? 'Test School';
  const { user: owner, client: team } = await clientAs(t, {
    role: 'student',
    countryCode: spec.countryCode,
    schoolName,
    email: `owner-${randomBytes(3).toString('hex')}@owners.example.org`,
  });
  const code = `${spec.countryCode}-${randomBytes(3).toString('hex').toUpperCase()}`;
  const entry = await t.db.getRepository(Entry).save({
    code,
    competitionId: competition.id,
    categoryId: categories[spec.category ?? 0].id,
    countryCode: spec.countryCode,
    schoolId: owner.schoolId!,
    ownerId: owner.id,
    title: spec.title ?? `Stranger Links ${code}`,
    synopsisOriginal: spec.countryCode === 'JP' ? '知らないリンクを開く前に立ち止まる話。' : 'เรื่องของการหยุดคิดก่อนคลิกลิงก์แปลกๆ',
    synopsisEnglish: `A short film about pausing before opening a stranger's link (${code}).`,
    videoLanguage: spec.countryCode === 'JP' ? 'ja' : spec.countryCode === 'SG' ? 'en' : 'th',
    supervisingTeacherName: 'Ms Kanokwan Teacherperson',
    supervisingTeacherEmail: `teacher-${code.toLowerCase()}@school.example.org`,
    sources: 'Music: SecretTrack by Hidden Composer (CC BY)',
    status: 'submitted',
    submittedAt: new Date('2027-01-10T00:00:00Z'),
    eligibility: 'eligible',
    teamName: spec.teamName ?? null,
    creditStyle: spec.creditStyle ?? 'first_names',
    creditSchool: spec.creditSchool ?? false,
  });
  const members: TeamMember[] = [];
  for (const [i, m] of spec.members.entries()) {
    const member = await t.db.getRepository(TeamMember).save({
      entryId: entry.id,
      fullName: m.fullName,
      role: i === 0 ? 'director' : 'actor',
      dateOfBirth: m.dateOfBirth,
      schoolName: m.schoolName,
      position: i,
    });
    members.push(member);
    if (m.consent !== false)
      await t.db.getRepository(Consent).insert({
        entryId: entry.id,
        memberId: member.id,
        kind: 'participant',
        status: 'given',
        method: 'account',
        textVersion: 'v1',
        givenByName: m.fullName,
        givenByUserId: owner.id,
        givenAt: new Date('2027-01-05T00:00:00Z'),
      });
    const minor = m.dateOfBirth > '2009-04-01';
    if (minor && m.guardian !== false)
      await t.db.getRepository(Consent).insert({
        entryId: entry.id,
        memberId: member.id,
        kind: 'guardian',
        status: 'given',
        method: 'email_link',
        textVersion: 'v1',
        givenByName: 'Guardian Parentname',
        guardianEmail: m.guardianEmail ?? `guardian-${i}-${code.toLowerCase()}@family.example.org`,
        guardianRelationship: 'mother',
        givenAt: new Date('2027-01-06T00:00:00Z'),
      });
  }
  const licence = await t.db.getRepository(LicenceVersion).findOneByOrFail({ competitionId: competition.id });
  await t.db
    .getRepository(LicenceGrant)
    .insert({ entryId: entry.id, licenceVersionId: licence.id, acceptedBy: owner.id, acceptedAt: new Date('2027-01-07T00:00:00Z') });

  if (spec.video !== false) {
    const asset = await t.db.getRepository(VideoAsset).save({
      entryId: entry.id,
      status: 'ready',
      originalKey: 'pending',
      fileName: 'IMG_0001 secret-location.mov',
      sizeBytes: 1234,
      progress: 1,
      width: spec.portrait ? 1080 : 1920,
      height: spec.portrait ? 1920 : 1080,
      durationSeconds: 42,
    });
    const web = webKey(entry.id, asset.id);
    const poster = spec.poster === false ? null : posterKey(entry.id, asset.id);
    await putText(t, web, spec.webBytes ?? Buffer.from('not really an mp4, but bytes'), 'video/mp4');
    if (poster) await putText(t, poster, spec.posterBytes ?? Buffer.from('jpeg-ish'), 'image/jpeg');
    await t.db.getRepository(VideoAsset).update({ id: asset.id }, { originalKey: originalKey(entry.id, asset.id), webKey: web, posterKey: poster });
    if (spec.ladder) await putLadder(t, entry.id, asset.id);
  }
  for (const lang of spec.captions ?? ['en']) {
    const key = subtitleKey(entry.id, lang);
    await putText(t, key, VTT(`[${lang}] Do not click that link.`), 'text/vtt');
    await t.db.getRepository(Subtitle).insert({ entryId: entry.id, language: lang, objectKey: key, cueCount: 1 });
  }
  return { entry, members, owner, team, spec };
}

export async function addFinalist(t: TestApp, final: Round, entry: Entry): Promise<void> {
  await t.db.getRepository(RoundEntry).insert({ roundId: final.id, entryId: entry.id });
}

export async function addAward(
  t: TestApp,
  competition: Competition,
  o: { kind: AwardKind; name: Record<string, string>; position: number; places?: number; categoryId?: string | null; decidedBy: string },
  winners: { entry: Entry; place?: number; countryCode?: string | null }[],
): Promise<Award> {
  const award = await t.db.getRepository(Award).save({
    competitionId: competition.id,
    kind: o.kind,
    name: o.name,
    position: o.position,
    places: o.places ?? 1,
    categoryId: o.categoryId ?? null,
    criterion: null,
  });
  for (const w of winners)
    await t.db.getRepository(AwardWinner).insert({
      awardId: award.id,
      entryId: w.entry.id,
      place: w.place ?? 1,
      countryCode: w.countryCode ?? null,
      source: 'rank',
      reason: null,
      decidedBy: o.decidedBy,
      decidedAt: new Date('2027-01-12T00:00:00Z'),
    });
  return award;
}

/** The works of a showcase test, in a competition published (or not) as `publication` says. */
export interface ShowcaseWorld {
  competition: Competition;
  categories: Category[];
  /** grand prize, finalist; TH; a minor and an adult; first names; captions en, th, ja */
  a: Work;
  /** finalist only; JP; credited by team name; category 2 */
  b: Work;
  /** finalist and best of SG; full names; school consented; portrait */
  c: Work;
  /** cleared but neither finalist nor winner */
  d: Work;
  /** finalist but a minor's guardian consent is missing */
  e: Work;
  works: Work[];
}

export async function makeShowcaseWorld(
  t: TestApp,
  organiserId: string,
  publication: Partial<Pick<Competition, 'resultsSealedAt' | 'resultsPublishedAt' | 'ceremonyAt'>>,
): Promise<ShowcaseWorld> {
  const { competition, categories, final } = await makeShowcaseCompetition(t);
  const a = await makeWork(t, competition, {
    countryCode: 'TH',
    title: `Phish Tank ${competition.slug}`,
    members: [
      { fullName: 'Niran Sukprasertwong', dateOfBirth: '2011-03-04', schoolName: 'Wat Secret Minor School', guardianEmail: 'mum.niran@family.example.org' },
      { fullName: 'Ploy Chaiyaphumthong', dateOfBirth: '2004-07-21', schoolName: 'Wat Secret Minor School' },
    ],
    captions: ['en', 'th', 'ja'],
  });
  const b = await makeWork(t, competition, {
    countryCode: 'JP',
    category: 1,
    title: `Password Samurai ${competition.slug}`,
    teamName: 'Team Kitsune',
    creditStyle: 'team_name',
    members: [{ fullName: 'Haruto Yamadashima', dateOfBirth: '2005-01-09', schoolName: 'Kyoto Hidden University' }],
    captions: ['en', 'ja'],
  });
  const c = await makeWork(t, competition, {
    countryCode: 'SG',
    title: `Scam Radar ${competition.slug}`,
    creditStyle: 'full_names',
    creditSchool: true,
    portrait: true,
    // a minor (16 on the reference date) and an adult: the team's choice of full names and school holds for the adult only
    members: [
      { fullName: 'Wei Ling Tanaka-Lim', dateOfBirth: '2010-11-30', schoolName: 'Marina Consented Secondary' },
      { fullName: 'Arjun Raman Pillai', dateOfBirth: '2004-05-05', schoolName: 'Singapore Open University' },
    ],
  });
  const d = await makeWork(t, competition, {
    countryCode: 'TH',
    title: `Not A Finalist ${competition.slug}`,
    members: [{ fullName: 'Somchai Nofinal', dateOfBirth: '2010-01-01', schoolName: 'Other School' }],
  });
  const e = await makeWork(t, competition, {
    countryCode: 'TH',
    title: `No Guardian Yet ${competition.slug}`,
    members: [{ fullName: 'Anong Noguardian', dateOfBirth: '2012-02-02', schoolName: 'Other School', guardian: false }],
  });
  for (const w of [a, b, c, e]) await addFinalist(t, final, w.entry);
  await addAward(t, competition, { kind: 'grand_prize', name: { en: 'Grand Prize', ja: 'グランプリ' }, position: 1, decidedBy: organiserId }, [
    { entry: a.entry },
  ]);
  await addAward(t, competition, { kind: 'country_best', name: { en: 'Best of the Country', ja: '国別最優秀賞' }, position: 2, decidedBy: organiserId }, [
    { entry: c.entry, countryCode: 'SG' },
    { entry: e.entry, countryCode: 'TH' },
  ]);
  await t.db.getRepository(Competition).update({ id: competition.id }, publication);
  return { competition: await t.db.getRepository(Competition).findOneByOrFail({ id: competition.id }), categories, a, b, c, d, e, works: [a, b, c, d, e] };
}

/** Anonymous requests to the showcase, as a browser sends them (no Origin header); `html` checks the status and that it is a page. */
export function showcaseRequests(app: () => TestApp) {
  const get = (url: string) => app().anon.withOrigin(null).get(url);
  const html = async (url: string, status = 200) => {
    const res = await get(url).expect(status);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    return res.text;
  };
  return { get, html };
}

export const entryUrl = (w: ShowcaseWorld, x: Work) => `/showcase/${w.competition.slug}/entries/${x.entry.code}`;
export const embedUrl = (w: ShowcaseWorld, x: Work) => `/showcase/${w.competition.slug}/embed/${x.entry.code}`;
export const mediaUrl = (w: ShowcaseWorld, x: Work, what: string) => `/showcase/${w.competition.slug}/media/${x.entry.code}/${what}`;
export const meta = (body: string, attr: 'property' | 'name', key: string) =>
  new RegExp(`<meta ${attr}="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(body)?.[1];
export const scriptSources = (body: string) => [...body.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
