// The fixture world of the access matrix: one persona per kind of user, each with something of its own to act on,
// and makers of fresh targets for the rows whose success changes state. Built once per spec file.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApi } from '../../src/bootstrap.js';
import { User } from '../../src/accounts/user.entity.js';
import { RoleGrant } from '../../src/accounts/role-grant.entity.js';
import { Category } from '../../src/competitions/category.entity.js';
import { Competition } from '../../src/competitions/competition.entity.js';
import { Consent } from '../../src/consents/consent.entity.js';
import { Entry } from '../../src/entries/entry.entity.js';
import { TeamMember } from '../../src/entries/team-member.entity.js';
import { Assignment } from '../../src/judging/assignment.entity.js';
import { RoundEntry } from '../../src/judging/round-entry.entity.js';
import { createTestApp, T0, type Client, type TestApp } from '../harness/test-app.js';
import { clientAs, makeCompetition, type UserOverrides } from '../harness/factories.js';
import { makeTestVideo } from '../harness/videos.js';
import { eligibleEntry, FULL, judgeOn, school, WINDOW } from '../judging-fixtures.js';
import { scoredFinal, type ScoredFinal } from '../results-fixtures.js';
import { addAward, addFinalist, makeShowcaseCompetition, makeWork, type Work } from '../showcase-fixtures.js';
import { clearedWork, type Work as ClearedWork } from '../campaigns-fixtures.js';
import { guardianTokenFromOutbox } from '../guardian-mail.js';
import { makeEntry } from '../videos-fixtures.js';
import type { Who } from './row.js';

export const SCHOOL = 'Matrix Wittaya School';
export const OTHER_SCHOOL = 'Other Matrix School';
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
export const SRT = Buffer.from('1\n00:00:00,000 --> 00:00:01,500\nDo not click strange links\n');
const DAY = 24 * 3600_000;

type Persona = Exclude<Who, 'anonymous'>;

/** What a persona is made of (all Thai; the student and the teachers at SCHOOL). */
const PERSONA: Record<Persona, UserOverrides> = {
  student: { role: 'student', countryCode: 'TH', schoolName: SCHOOL },
  teacher: { role: 'teacher', countryCode: 'TH', schoolName: SCHOOL },
  pendingTeacher: { role: 'teacher', countryCode: 'TH', schoolName: SCHOOL, grantStatus: 'pending' },
  refusedTeacher: { role: 'teacher', countryCode: 'TH', schoolName: SCHOOL, grantStatus: 'refused' },
  judge: { role: 'judge', countryCode: 'SG' },
  coordinator: { role: 'coordinator', countryCode: 'TH' },
  organiser: { role: 'organiser', countryCode: null },
};

export interface World {
  t: TestApp;
  doc: OpenAPIObject;
  clients: Record<Who, Client>;
  users: Record<Persona, User>;
  schoolId: string;
  /** TH and JP, submissions open at T0, any number of entries per school */
  competition: Competition;
  categoryId: string;
  /** the student's draft: an adult and a minor, the adult's consent given, the minor's guardian form waiting for checking */
  entry: { id: string; adultId: string; minorId: string; formConsentId: string };
  /** the open national round of TH: the judge is on its panel and assigned to every entry */
  round: { id: string; competitionId: string; roundEntryId: string };
  /** published results: the student's entry won its grand prize; a showcase edition */
  published: { competition: Competition; work: Work; awardId: string };
  /** an audience vote open at T0 on one finalist */
  vote: { competitionId: string; categoryId: string; entryId: string };
  /** a submitted work cleared for reuse (consents, licence, a ready video, subtitles), for campaigns */
  cleared: ClearedWork;
  clip: Buffer;
  /** another signed-in user of the same kind (their own account), for calls that end sessions or change passwords */
  another(who: Persona): Promise<{ user: User; client: Client }>;
  /** a fresh draft of the student's, with an adult and a minor member */
  draft(o?: { status?: 'draft' | 'submitted' }): Promise<{ id: string; adultId: string; minorId: string }>;
  /** a fresh draft of the student's that meets every requirement (consents, licence, a ready video, subtitles): its id */
  readyDraft(): Promise<string>;
  /** a guardian link to a fresh draft's minor: the token from the guardian's mailbox */
  guardianToken(): Promise<string>;
  /** a fresh open national round (TH) of a fresh competition, one eligible entry, the judge assigned; with a final to promote to and the judge's scorecard submitted when asked */
  freshRound(o?: {
    open?: boolean;
    final?: boolean;
    scored?: boolean;
  }): Promise<{ id: string; competitionId: string; roundEntryId: string; judgeId: string; entryId: string }>;
  /** a round entry of the matrix round, newly assigned to the judge */
  judgeTarget(): Promise<{ roundId: string; roundEntryId: string }>;
  /** a fresh competition with a closed, scored final (four entries, three judges) */
  scored(): Promise<ScoredFinal & { competitionId: string }>;
  close(): Promise<void>;
}

export async function buildWorld(): Promise<World> {
  const t = await createTestApp();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'access-matrix-'));
  const clip = await readFile(await makeTestVideo(dir, { width: 640, height: 360, seconds: 2 }));
  const users = {} as Record<Persona, User>;
  const clients = { anonymous: t.anon } as Record<Who, Client>;

  const competition = await makeCompetition(t, {
    countryCodes: ['TH', 'JP'],
    rules: { ...DEFAULT_ENTRY_RULES, entriesPerSchool: 1000, minDurationSeconds: 1 },
  });
  const categoryId = (await t.db.getRepository(Category).findOneByOrFail({ competitionId: competition.id })).id;

  // the national round comes first: the judge persona is on its panel
  const organiser = await clientAs(t, PERSONA.organiser);
  users.organiser = organiser.user;
  clients.organiser = organiser.client;
  const roundId = (
    await organiser.client
      .post('/api/rounds')
      .send({ competitionId: competition.id, kind: 'national', countryCode: 'TH', ...WINDOW, judgesPerEntry: 1, showOtherScores: true })
      .expect(201)
  ).body.id as string;
  const judge = await judgeOn(t, roundId, { countryCode: 'SG', name: 'Matrix Judge' });
  users.judge = judge.user;
  clients.judge = judge.client;
  for (const who of ['student', 'teacher', 'pendingTeacher', 'refusedTeacher', 'coordinator'] as const) {
    const made = await clientAs(t, PERSONA[who]);
    users[who] = made.user;
    clients[who] = made.client;
  }
  // everyone's email is verified (the audience vote asks for it)
  for (const u of Object.values(users)) await t.db.getRepository(User).update({ id: u.id }, { emailVerifiedAt: T0 });
  const schoolId = users.student.schoolId!;

  const world = { t, clients, users, schoolId, competition, categoryId, clip } as World;

  world.draft = async (o = {}) => {
    const entry = await makeEntry(t, competition, users.student, { status: o.status ?? 'draft' });
    const adult = await t.db
      .getRepository(TeamMember)
      .save({ entryId: entry.id, fullName: 'Krit Boonmee', role: 'director', dateOfBirth: '2001-03-15', schoolName: SCHOOL, position: 0 });
    const minor = await t.db
      .getRepository(TeamMember)
      .save({ entryId: entry.id, fullName: 'Ananya Srisuk', role: 'actor', dateOfBirth: '2011-02-01', schoolName: SCHOOL, position: 1 });
    return { id: entry.id, adultId: adult.id, minorId: minor.id };
  };
  world.readyDraft = async () => {
    const work = await makeWork(t, competition, {
      countryCode: 'TH',
      members: [{ fullName: 'Niran Sukprasert', dateOfBirth: '2011-03-04', schoolName: SCHOOL }],
    });
    await t.db
      .getRepository(Entry)
      .update({ id: work.entry.id }, { ownerId: users.student.id, schoolId, status: 'draft', submittedAt: null, eligibility: 'pending' });
    return work.entry.id;
  };
  world.guardianToken = async () => {
    const d = await world.draft();
    const guardianEmail = `guardian.${randomBytes(4).toString('hex')}@family.example.org`;
    await clients.student.post(`/api/entries/${d.id}/members/${d.minorId}/guardian-link`).send({ guardianEmail }).expect(200);
    return guardianTokenFromOutbox(t, guardianEmail);
  };
  world.another = async (who) => {
    const made = await clientAs(t, PERSONA[who]);
    if (who === 'judge') await t.db.getRepository(RoleGrant).insert({ userId: made.user.id, role: 'judge', roundId });
    return made;
  };

  const d = await world.draft();
  await t.db.getRepository(Consent).insert({
    entryId: d.id,
    memberId: d.adultId,
    kind: 'participant',
    status: 'given',
    method: 'account',
    textVersion: 'v1',
    givenByName: 'Krit Boonmee',
    givenByUserId: users.student.id,
    givenAt: T0,
  });
  const form = (
    await clients.student
      .post(`/api/entries/${d.id}/members/${d.minorId}/guardian-form`)
      .attach('file', PDF, { filename: 'consent.pdf', contentType: 'application/pdf' })
      .expect(200)
  ).body;
  world.entry = { ...d, formConsentId: form.members[1].guardianConsent.id };

  // entry codes of their own (the entries API numbers from TH-0001)
  let n = 5000;
  // opening a round takes in the eligible entries it has then; later ones are added here
  const assign = async (rid: string, entryId: string, judgeId: string) => {
    const re =
      (await t.db.getRepository(RoundEntry).findOneBy({ roundId: rid, entryId })) ?? (await t.db.getRepository(RoundEntry).save({ roundId: rid, entryId }));
    await t.db.getRepository(Assignment).insert({ roundId: rid, roundEntryId: re.id, judgeId, languageMatch: true, source: 'manual', createdBy: null });
    return re.id;
  };
  const judgingSchool = await school(t, 'Judged Matrix School');
  world.judgeTarget = async () => {
    const e = await eligibleEntry(t, competition.id, ++n, { schoolId: judgingSchool });
    return { roundId, roundEntryId: await assign(roundId, e.id, users.judge.id) };
  };
  // a round opens with an entry in it (and before submissions close only when confirmed)
  const firstTarget = await world.judgeTarget();
  await organiser.client.post(`/api/rounds/${roundId}/open`).send({ confirm: true }).expect(200);
  world.round = { id: roundId, competitionId: competition.id, roundEntryId: firstTarget.roundEntryId };

  world.freshRound = async (o = {}) => {
    const c = await makeCompetition(t, { countryCodes: ['TH', 'JP'] });
    const id = (
      await organiser.client
        .post('/api/rounds')
        .send({ competitionId: c.id, kind: 'national', countryCode: 'TH', ...WINDOW, judgesPerEntry: 1 })
        .expect(201)
    ).body.id as string;
    if (o.final)
      await organiser.client
        .post('/api/rounds')
        .send({ competitionId: c.id, kind: 'final', ...WINDOW, countryQuota: 2 })
        .expect(201);
    const j = await judgeOn(t, id, { countryCode: 'SG' });
    const e = await eligibleEntry(t, c.id, 1, { schoolId: judgingSchool });
    if (o.open !== false) await organiser.client.post(`/api/rounds/${id}/open`).send({ confirm: true }).expect(200);
    const roundEntryId = await assign(id, e.id, j.user.id);
    if (o.scored) await j.client.post(`/api/judge/rounds/${id}/entries/${roundEntryId}/scorecard/submit`).send({ version: 0, scores: FULL }).expect(200);
    return { id, competitionId: c.id, roundEntryId, judgeId: j.user.id, entryId: e.id };
  };
  world.scored = async () => {
    const c = await makeCompetition(t, { countryCodes: ['TH', 'JP', 'SG'] });
    const final = await scoredFinal(t, c.id, [
      { countryCode: 'TH', scores: [5, 5, 4] },
      { countryCode: 'JP', scores: [4, 4, 4] },
      { countryCode: 'SG', scores: [4, 4, 4] },
      { countryCode: 'TH', scores: [3, 3, 2] },
    ]);
    return { ...final, competitionId: c.id };
  };

  // published results: the student's work won the grand prize
  {
    const { competition: pc, final } = await makeShowcaseCompetition(t);
    const work = await makeWork(t, pc, {
      countryCode: 'TH',
      members: [{ fullName: 'Niran Sukprasert', dateOfBirth: '2011-03-04', schoolName: SCHOOL }],
      ladder: true,
    });
    await t.db.getRepository(Entry).update({ id: work.entry.id }, { ownerId: users.student.id, schoolId });
    await addFinalist(t, final, work.entry);
    const award = await addAward(t, pc, { kind: 'grand_prize', name: { en: 'Grand Prize' }, position: 1, decidedBy: users.organiser.id }, [
      { entry: work.entry },
    ]);
    await t.db
      .getRepository(Competition)
      .update({ id: pc.id }, { resultsSealedAt: new Date(T0.getTime() - 2 * DAY), resultsPublishedAt: new Date(T0.getTime() - DAY) });
    world.published = { competition: pc, work, awardId: award.id };
  }
  // an audience vote, open now
  {
    const { competition: vc, final } = await makeShowcaseCompetition(t, {
      audienceVoting: true,
      votingOpensAt: new Date(T0.getTime() - DAY),
      votingClosesAt: new Date(T0.getTime() + 7 * DAY),
    });
    const work = await makeWork(t, vc, {
      countryCode: 'JP',
      members: [{ fullName: 'Haruto Yamada', dateOfBirth: '2011-01-09', schoolName: 'Kyoto Vote School' }],
    });
    await addFinalist(t, final, work.entry);
    world.vote = { competitionId: vc.id, categoryId: work.entry.categoryId, entryId: work.entry.id };
  }
  world.cleared = await clearedWork(t, competition.id, { countryCode: 'TH', title: 'Cleared for campaigns', clip, subtitles: ['en'] });
  world.doc = buildOpenApi(t.app);
  world.close = async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  };
  return world;
}

/** A user of a given kind, outside the world's school (another school of TH), and their client. */
export async function outsider(t: TestApp, o: UserOverrides): Promise<Client> {
  return (await clientAs(t, { countryCode: 'TH', schoolName: OTHER_SCHOOL, ...o })).client;
}
