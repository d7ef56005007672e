import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { In, type EntityManager } from 'typeorm';
import { isMinor } from '@clapper/domain/age';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import { CONSENT_TEXT_VERSION } from '@clapper/domain/licence';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { schoolKey } from '@clapper/domain/schools';
import { toWebVtt, type Cue } from '@clapper/domain/subtitles';
import { User } from '../accounts/user.entity.js';
import { RoleGrant } from '../accounts/role-grant.entity.js';
import { School } from '../accounts/school.entity.js';
import { Competition } from '../competitions/competition.entity.js';
import { Category } from '../competitions/category.entity.js';
import { Country } from '../countries/country.entity.js';
import { Consent } from '../consents/consent.entity.js';
import { Entry } from '../entries/entry.entity.js';
import { TeamMember } from '../entries/team-member.entity.js';
import { addDefaultLicence, LicenceGrant, LicenceVersion } from '../entries/licence.entity.js';
import { approveDemoTexts } from './demo-texts.js';
import { Assignment } from '../judging/assignment.entity.js';
import { Round } from '../judging/round.entity.js';
import { RoundEntry } from '../judging/round-entry.entity.js';
import { RoundJudge } from '../judging/round-judge.entity.js';
import { Scorecard } from '../judging/scorecard.entity.js';
import type { MediaToolkit } from '../media/media-toolkit.js';
import type { JobQueue } from '../queue/job-queue.js';
import { Award } from '../results/award.entity.js';
import type { StoragePort } from '../storage/storage.port.js';
import { originalKey, subtitleKey } from '../videos/video-keys.js';
import { Subtitle, VideoAsset } from '../videos/video-asset.entity.js';
import { PAST_AWARDS, PAST_CATEGORIES, PAST_COMPETITION, PAST_FINAL, PAST_JUDGES, PAST_SCORES, PAST_TEAMS, type PastTeam } from './demo-past-edition.data.js';
import { DEMO_PAST_JUDGE_ACCOUNTS, DEMO_TEAM_ACCOUNTS } from './demo-past-accounts.js';

/**
 * Loads the demo's past edition (demo-past-edition.data.ts): ASEAN–Japan 2026, judged and closed, with six finalists,
 * their videos and subtitles, five judges' locked scorecards and the awards defined, so that the organisers can assign
 * the winners, seal, run the ceremony and publish in the app. Winners are not assigned and nothing is sealed or
 * published here.
 */

export const DEMO_PAST_SLUG = PAST_COMPETITION.slug;
/** The clips are placeholders, long enough for the default rules (at least 30 s) and cheap: 5 frames a second. */
export const DEMO_CLIP_SECONDS = 31;
const DEMO_CLIP_FRAME_RATE = 5;

/** Made before the seed's transaction (and alongside the other password hashes): the clips and the password hashes. */
export interface PastEditionMaterial {
  dir: string;
  /** entry code -> clip file */
  clips: Map<string, string>;
  teamHashes: string[];
  judgeHashes: string[];
}

export async function preparePastEdition(media: MediaToolkit, hash: (password: string) => Promise<string>): Promise<PastEditionMaterial> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'clapper-demo-'));
  try {
    const clips = new Map(PAST_TEAMS.map((t) => [t.code, path.join(dir, `${t.code}.mp4`)]));
    const [teamHashes, judgeHashes] = await Promise.all([
      Promise.all(DEMO_TEAM_ACCOUNTS.map((a) => hash(a.password))),
      Promise.all(DEMO_PAST_JUDGE_ACCOUNTS.map((a) => hash(a.password))),
      // the test pattern tinted per entry, and a tone
      Promise.all(PAST_TEAMS.map((t) => media.testClip(clips.get(t.code)!, { ...t.clip, seconds: DEMO_CLIP_SECONDS, frameRate: DEMO_CLIP_FRAME_RATE }))),
    ]);
    return { dir, clips, teamHashes, judgeHashes };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

export async function discardPastEditionMaterial(material: PastEditionMaterial): Promise<void> {
  await rm(material.dir, { recursive: true, force: true });
}

/** Cues spread evenly over the clip, each ending well before it does. */
function cues(texts: string[]): Cue[] {
  const slot = (DEMO_CLIP_SECONDS - 1) / texts.length;
  return texts.map((text, i) => ({ start: 0.5 + i * slot, end: 0.5 + i * slot + slot - 1, text }));
}

const d = (iso: string) => new Date(iso);
const DAY_MS = 24 * 3600_000;

/**
 * Writes the 2026 edition inside the seed's transaction and uploads its videos and subtitles. Returns the video
 * assets to process: queue them (queuePastEditionVideos) once the transaction has committed.
 */
export async function seedPastEdition(m: EntityManager, storage: StoragePort, material: PastEditionMaterial, organiserId: string): Promise<string[]> {
  const c = PAST_COMPETITION;
  const competition = await m.save(
    m.create(Competition, {
      slug: c.slug,
      name: c.name,
      theme: c.theme,
      rulesText: c.rulesText,
      emailSignature: c.emailSignature,
      languages: c.languages,
      status: 'published',
      referenceDate: c.referenceDate,
      submissionOpensAt: d(c.submissionOpensAt),
      submissionClosesAt: d(c.submissionClosesAt),
      judgingOpensAt: d(c.judgingOpensAt),
      judgingClosesAt: d(c.judgingClosesAt),
      ceremonyAt: null,
      rules: { ...DEFAULT_ENTRY_RULES },
      countries: await m.find(Country, { where: { code: In(PAST_TEAMS.map((t) => t.countryCode)) } }),
      createdBy: organiserId,
    }),
  );
  const categoryIds: string[] = [];
  for (const [i, category] of PAST_CATEGORIES.entries())
    categoryIds.push((await m.save(m.create(Category, { competitionId: competition.id, ...category, position: i }))).id);
  await addDefaultLicence(m, competition.id);
  await approveDemoTexts(m, competition.id, { id: organiserId, name: 'Demo Organiser' }, d(c.submissionOpensAt));
  const licence = await m.findOneByOrFail(LicenceVersion, { competitionId: competition.id, version: 1 });
  const edition: Edition = { competitionId: competition.id, categoryIds, licenceId: licence.id, organiserId };

  const f = PAST_FINAL;
  const round = await m.save(
    m.create(Round, {
      competitionId: competition.id,
      kind: 'final',
      countryCode: null,
      status: 'closed',
      opensAt: d(f.opensAt),
      closesAt: d(f.closesAt),
      judgesPerEntry: f.judgesPerEntry,
      blind: f.blind,
      showOtherScores: f.showOtherScores,
      name: f.name,
      rubric: DEFAULT_RUBRIC,
      countryQuota: f.countryQuota,
      closedAt: d(f.closedAt),
      closedBy: organiserId,
    }),
  );

  const judgeIds: string[] = [];
  for (const [i, judge] of PAST_JUDGES.entries()) {
    const { email, displayName, countryCode } = DEMO_PAST_JUDGE_ACCOUNTS[i];
    const passwordHash = material.judgeHashes[i];
    const user = await m.save(
      m.create(User, { email, passwordHash, displayName, countryCode, locale: 'en', dateOfBirth: null, schoolId: null, disabledAt: null }),
    );
    judgeIds.push(user.id);
    await m.insert(RoleGrant, { userId: user.id, role: 'judge', roundId: round.id, grantedBy: organiserId });
    const participating = PAST_TEAMS.some((t) => t.countryCode === countryCode);
    await m.insert(RoundJudge, {
      roundId: round.id,
      userId: user.id,
      languages: judge.languages,
      conflictCountryCodes: participating ? [countryCode] : [],
      conflictNote: participating ? f.ownCountryConflictNote : '',
      declaredAt: d(f.judgesDeclaredAt),
    });
  }

  const assetIds: string[] = [];
  for (const [i, team] of PAST_TEAMS.entries()) {
    const entryId = await seedTeam(m, team, edition, material.teamHashes[i]);
    assetIds.push(await storeMedia(m, storage, team, entryId, material.clips.get(team.code)!));
    const roundEntry = await m.save(
      m.create(RoundEntry, { roundId: round.id, entryId, promotedFromId: null, promotedBy: organiserId, promotedAt: d(f.promotedAt), promotedRank: null }),
    );
    for (const card of PAST_SCORES[team.code]) {
      const judgeId = judgeIds[card.judge];
      const languageMatch = PAST_JUDGES[card.judge].languages.includes(team.videoLanguage);
      await m.insert(Assignment, { roundId: round.id, roundEntryId: roundEntry.id, judgeId, languageMatch, source: 'auto', createdBy: organiserId });
      await m.insert(Scorecard, {
        roundId: round.id,
        roundEntryId: roundEntry.id,
        judgeId,
        scores: Object.fromEntries(DEFAULT_RUBRIC.criteria.map((criterion, n) => [criterion.key, card.levels[n]])),
        overallComment: '',
        privateNote: '',
        teamFeedback: card.feedback,
        status: 'locked',
        version: 2,
        submittedAt: d(card.submittedAt),
      });
    }
  }

  for (const award of PAST_AWARDS) await m.insert(Award, { competitionId: competition.id, categoryId: null, ...award });
  return assetIds;
}

type Edition = { competitionId: string; categoryIds: string[]; licenceId: string; organiserId: string };

/** The team's school, owner account, submitted and screened entry, members with their consents, and licence grant. */
async function seedTeam(m: EntityManager, team: PastTeam, edition: Edition, passwordHash: string): Promise<string> {
  const { countryCode, schoolName } = team;
  const account = DEMO_TEAM_ACCOUNTS.find((a) => a.entryCode === team.code)!;
  await m
    .createQueryBuilder()
    .insert()
    .into(School)
    .values({ name: schoolName, nameKey: schoolKey(schoolName), countryCode })
    .orIgnore()
    .execute();
  const school = await m.findOneByOrFail(School, { countryCode, nameKey: schoolKey(schoolName) });
  const owner = await m.save(
    m.create(User, {
      email: account.email,
      passwordHash,
      displayName: account.displayName,
      countryCode,
      schoolId: school.id,
      dateOfBirth: team.members[0].dateOfBirth,
      locale: 'en',
      disabledAt: null,
    }),
  );
  await m.insert(RoleGrant, { userId: owner.id, role: 'student', countryCode, schoolId: school.id });

  const submittedAt = d(team.submittedAt);
  const entry = await m.save(
    m.create(Entry, {
      code: team.code,
      competitionId: edition.competitionId,
      categoryId: edition.categoryIds[team.category],
      countryCode,
      schoolId: school.id,
      ownerId: owner.id,
      title: team.title,
      synopsisOriginal: team.synopsisOriginal,
      synopsisEnglish: team.synopsisEnglish,
      videoLanguage: team.videoLanguage,
      supervisingTeacherName: team.supervisingTeacher?.name ?? null,
      supervisingTeacherEmail: team.supervisingTeacher?.email ?? null,
      sources: PAST_COMPETITION.sources,
      status: 'submitted',
      submittedAt,
      eligibility: 'eligible',
      screenedBy: edition.organiserId,
      screenedAt: d(PAST_COMPETITION.screenedAt),
      creditStyle: 'first_names',
    }),
  );

  // every member consented three days before the submission; the minors' guardians through the emailed link, a day later
  const consentedAt = new Date(submittedAt.getTime() - 3 * DAY_MS);
  for (const [position, { fullName, role, dateOfBirth, guardian }] of team.members.entries()) {
    const member = await m.save(m.create(TeamMember, { entryId: entry.id, fullName, role, dateOfBirth, schoolName, position }));
    const given = { entryId: entry.id, memberId: member.id, status: 'given' as const, textVersion: CONSENT_TEXT_VERSION };
    await m.insert(Consent, { ...given, kind: 'participant', method: 'account', givenByUserId: owner.id, givenByName: fullName, givenAt: consentedAt });
    if (!isMinor(dateOfBirth, PAST_COMPETITION.referenceDate)) continue;
    if (!guardian) throw new Error(`demo seed: ${fullName} is a minor and needs a guardian`);
    await m.insert(Consent, {
      ...given,
      kind: 'guardian',
      method: 'email_link',
      textLanguage: 'en',
      givenByName: guardian.name,
      guardianRelationship: guardian.relationship,
      guardianEmail: guardian.email,
      emailLanguage: 'en',
      linkSentAt: consentedAt,
      givenAt: new Date(consentedAt.getTime() + DAY_MS),
    });
  }
  await m.insert(LicenceGrant, { entryId: entry.id, licenceVersionId: edition.licenceId, acceptedBy: owner.id, acceptedAt: consentedAt });
  return entry.id;
}

/** The video, stored where an upload's original goes to be processed like one, and the subtitles. Returns the video asset. */
async function storeMedia(m: EntityManager, storage: StoragePort, team: PastTeam, entryId: string, clip: string): Promise<string> {
  const assetId = randomUUID();
  const key = originalKey(entryId, assetId);
  const stored = await storage.put(key, createReadStream(clip), { contentType: 'video/mp4', contentLength: (await stat(clip)).size });
  await m.insert(VideoAsset, {
    id: assetId,
    entryId,
    status: 'uploaded',
    originalKey: key,
    uploadId: null,
    fileName: team.clip.fileName,
    sizeBytes: stored.size,
    sha256: stored.sha256,
    progress: 0,
  });
  for (const [language, texts] of Object.entries(team.subtitles)) {
    const track = cues(texts);
    const vtt = Buffer.from(toWebVtt(track), 'utf8');
    const objectKey = subtitleKey(entryId, language);
    await storage.put(objectKey, Readable.from([vtt]), { contentType: 'text/vtt; charset=utf-8', contentLength: vtt.length });
    await m.insert(Subtitle, { entryId, language, objectKey, cueCount: track.length });
  }
  return assetId;
}

/** The same processing job an upload queues: the worker makes the web rendition and the poster. */
export async function queuePastEditionVideos(queue: JobQueue, assetIds: string[]): Promise<void> {
  for (const assetId of assetIds) await queue.send('video.process', { assetId }, { singletonKey: assetId });
}
