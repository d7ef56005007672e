// What bench:surge needs in the database, on top of the demo seed (which the first API process ran):
// - students of the demo school (Thailand), each free to create a draft in the open 2027 competition;
// - a national round of that competition, open now, with eligible entries and a panel of judges, assigned by the
//   API's own assignment run (so each judge has real assignments and can save a scorecard);
// - the demo's judged 2026 edition published (awards assigned from the results, sealed, published), for the
//   showcase visitors.
// Accounts are inserted with the built entities (one argon2id hash per role, made by the API's PasswordService, so
// each sign-in verifies a real hash at the production cost); the round and the publication go through the API as
// the demo organiser.
import { createDataSource } from '../apps/api/dist/database/data-source.js';
import { PasswordService } from '../apps/api/dist/accounts/password.service.js';
import { User } from '../apps/api/dist/accounts/user.entity.js';
import { RoleGrant } from '../apps/api/dist/accounts/role-grant.entity.js';
import { School } from '../apps/api/dist/accounts/school.entity.js';
import { Competition } from '../apps/api/dist/competitions/competition.entity.js';
import { Category } from '../apps/api/dist/competitions/category.entity.js';
import { Entry } from '../apps/api/dist/entries/entry.entity.js';
import { TeamMember } from '../apps/api/dist/entries/team-member.entity.js';
import { DEMO_COMPETITION_SLUG } from '../apps/api/dist/seed/demo-seed.js';

export const STUDENT_PASSWORD = 'surge-student-pass-2027';
export const JUDGE_PASSWORD = 'surge-judge-pass-2027';
const studentEmail = (i) => `surge.student.${i}@bench.clapper.local`;
const judgeEmail = (i) => `surge.judge.${i}@bench.clapper.local`;

/**
 * Inserts the accounts and the judged entries, then (through `api`, signed in as the demo organiser) creates,
 * opens and assigns the round and publishes the 2026 edition. Returns what the load generator needs.
 */
export async function seedSurge(databaseUrl, api, o) {
  const db = createDataSource(databaseUrl);
  await db.initialize();
  try {
    const passwords = new PasswordService();
    const [studentHash, judgeHash] = await Promise.all([passwords.hash(STUDENT_PASSWORD), passwords.hash(JUDGE_PASSWORD)]);
    const competition = await db.getRepository(Competition).findOneByOrFail({ slug: DEMO_COMPETITION_SLUG });
    const school = await db.getRepository(School).findOneByOrFail({ countryCode: 'TH', name: 'Demo Secondary School' });
    const categories = await db.getRepository(Category).find({ where: { competitionId: competition.id }, order: { position: 'ASC' } });
    const teens = categories.find((c) => c.minAge === 13) ?? categories[0];
    const now = new Date();

    await db.transaction(async (m) => {
      const student = (email, n) => ({
        email,
        passwordHash: studentHash,
        displayName: `Surge Student ${n}`,
        dateOfBirth: '2010-05-14',
        countryCode: 'TH',
        schoolId: school.id,
        locale: 'en',
        emailVerifiedAt: now,
      });
      // the students who upload in the surge, and the owners of the entries the judges score
      const students = await m.save(
        User,
        Array.from({ length: o.students }, (_, i) => m.create(User, student(studentEmail(i + 1), i + 1))),
        { chunk: 200 },
      );
      const owners = await m.save(
        User,
        Array.from({ length: o.judgedEntries }, (_, i) => m.create(User, student(`surge.team.${i + 1}@bench.clapper.local`, `Team ${i + 1}`))),
        { chunk: 200 },
      );
      await m.insert(
        RoleGrant,
        [...students, ...owners].map((u) => ({ userId: u.id, role: 'student', countryCode: 'TH', schoolId: school.id, status: 'active' })),
      );
      const entries = await m.save(
        Entry,
        owners.map((u, i) =>
          m.create(Entry, {
            code: `TH-${String(9000 + i).padStart(4, '0')}`,
            competitionId: competition.id,
            categoryId: teens.id,
            countryCode: 'TH',
            schoolId: school.id,
            ownerId: u.id,
            title: `Surge entry ${i + 1}`,
            synopsisOriginal: 'เรื่องย่อ',
            synopsisEnglish: 'A story about phishing.',
            videoLanguage: 'th',
            supervisingTeacherName: 'Teacher Somchai',
            supervisingTeacherEmail: 'somchai@example.org',
            status: 'submitted',
            submittedAt: now,
            eligibility: 'eligible',
          }),
        ),
        { chunk: 200 },
      );
      await m.insert(
        TeamMember,
        entries.map((e, i) => ({
          entryId: e.id,
          fullName: `Niran Member${i + 1}`,
          role: 'director',
          dateOfBirth: '2010-03-04',
          schoolName: 'Demo Secondary School',
          position: 0,
        })),
      );
      await m.save(
        User,
        Array.from({ length: o.judges }, (_, i) =>
          m.create(User, {
            email: judgeEmail(i + 1),
            passwordHash: judgeHash,
            displayName: `Surge Judge ${i + 1}`,
            countryCode: 'JP',
            locale: 'en',
            emailVerifiedAt: now,
          }),
        ),
        { chunk: 200 },
      );
    });

    await api('POST', '/api/auth/sign-in', { email: 'organiser@demo.clapper.local', password: 'demo-organiser-pass' });
    const round = await api('POST', '/api/rounds', {
      competitionId: competition.id,
      kind: 'national',
      countryCode: 'TH',
      opensAt: new Date(now.getTime() - 3600_000).toISOString(),
      closesAt: new Date(now.getTime() + 7 * 24 * 3600_000).toISOString(),
      judgesPerEntry: o.judgesPerEntry,
    });
    const judges = await db.getRepository(User).find({ where: Array.from({ length: o.judges }, (_, i) => ({ email: judgeEmail(i + 1) })) });
    await db.getRepository(RoleGrant).insert(judges.map((u) => ({ userId: u.id, role: 'judge', roundId: round.id, status: 'active' })));
    await api('POST', `/api/rounds/${round.id}/open`, { confirm: true }); // the 2027 competition still takes submissions
    const run = await api('POST', `/api/rounds/${round.id}/assignment`);
    if (run.uncovered.length) throw new Error(`the assignment left ${run.uncovered.length} entries without judges`);

    // the showcase: the demo's 2026 edition, published
    const past = (await api('GET', '/api/competitions')).find((c) => c.slug === 'asean-japan-2026');
    if (!past) throw new Error('the demo seed has no 2026 edition');
    await api('POST', `/api/competitions/${past.id}/awards/assign`);
    await api('POST', `/api/competitions/${past.id}/results/seal`);
    await api('POST', `/api/competitions/${past.id}/results/publish`);

    return {
      competitionId: competition.id,
      categoryId: teens.id,
      roundId: round.id,
      assignments: run.total,
      students: Array.from({ length: o.students }, (_, i) => ({ email: studentEmail(i + 1), password: STUDENT_PASSWORD })),
      judges: Array.from({ length: o.judges }, (_, i) => ({ email: judgeEmail(i + 1), password: JUDGE_PASSWORD })),
      showcaseSlug: past.slug,
    };
  } finally {
    await db.destroy();
  }
}
