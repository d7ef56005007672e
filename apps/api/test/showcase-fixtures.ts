// Data for the showcase tests: a competition with a final round, awards, and works that are (or are not) public.
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { Category } from '../src/competitions/category.entity.js';
import type { Competition } from '../src/competitions/competition.entity.js';
import { Consent } from '../src/consents/consent.entity.js';
import { Entry, type CreditStyle } from '../src/entries/entry.entity.js';
import { LicenceGrant, LicenceVersion } from '../src/entries/licence.entity.js';
import { TeamMember } from '../src/entries/team-member.entity.js';
import { RoundEntry } from '../src/judging/round-entry.entity.js';
import { Round } from '../src/judging/round.entity.js';
import { Award, AwardWinner, type AwardKind } from '../src/results/award.entity.js';
import { Subtitle, VideoAsset } from '../src/videos/video-asset.entity.js';
import { posterKey, subtitleKey, webKey, originalKey } from '../src/videos/video-keys.js';
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
