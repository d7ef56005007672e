import type { DataSource } from 'typeorm';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import type { Role } from '@clapper/domain/roles';
import { User } from '../accounts/user.entity.js';
import { RoleGrant } from '../accounts/role-grant.entity.js';
import { School } from '../accounts/school.entity.js';
import { schoolKey } from '@clapper/domain/schools';
import { Competition } from '../competitions/competition.entity.js';
import { Category } from '../competitions/category.entity.js';
import { Country } from '../countries/country.entity.js';
import { addDefaultLicence } from '../entries/licence.entity.js';
import { approveDemoTexts } from './demo-texts.js';
import { DEMO_CATEGORY_NAMES, DEMO_LANGUAGES, DEMO_RULES, DEMO_SIGNATURE, DEMO_THEME, demoName } from './demo-content.js';
import type { MediaToolkit } from '../media/media-toolkit.js';
import type { JobQueue } from '../queue/job-queue.js';
import type { StoragePort } from '../storage/storage.port.js';
import { discardPastEditionMaterial, preparePastEdition, queuePastEditionVideos, seedPastEdition } from './demo-past-edition.js';

export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
  scope: string;
}

/** Fixed demo credentials, printed at every embedded start; they exist only when the demo seed ran. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { role: 'organiser', email: 'organiser@demo.clapper.local', password: 'demo-organiser-pass', scope: 'the whole platform' },
  { role: 'coordinator', email: 'coordinator.th@demo.clapper.local', password: 'demo-coordinator-pass', scope: 'Thailand' },
  { role: 'judge', email: 'judge@demo.clapper.local', password: 'demo-judge-pass-2027', scope: 'judging rounds' },
  { role: 'student', email: 'student@demo.clapper.local', password: 'demo-student-pass', scope: 'Thailand, Demo Secondary School' },
  // signed up as a teacher of the student's school: the link waits for the Thai coordinator's approval
  {
    role: 'teacher',
    email: 'teacher@demo.clapper.local',
    password: 'demo-teacher-pass',
    scope: "Demo Secondary School, waiting for the coordinator's approval",
  },
];

export const DEMO_COMPETITION_SLUG = 'asean-japan-2027';

/** What the past edition needs from outside the database: storage for the videos and subtitles, the queue, ffmpeg. */
export interface DemoMediaServices {
  storage: StoragePort;
  queue: JobQueue;
  media: MediaToolkit;
}

/**
 * Seeds the demo competition and accounts once, on first start (when there are no users yet), and the judged
 * past edition (demo-past-edition.ts), whose videos it stores and queues for processing.
 * Returns true when it seeded.
 */
export async function seedDemo(db: DataSource, hash: (password: string) => Promise<string>, now: Date, services: DemoMediaServices): Promise<boolean> {
  if ((await db.getRepository(User).count()) > 0) return false;
  const [hashes, past] = await Promise.all([Promise.all(DEMO_ACCOUNTS.map((a) => hash(a.password))), preparePastEdition(services.media, hash)]);
  const videos = await db
    .transaction(async (m) => {
      await m
        .createQueryBuilder()
        .insert()
        .into(School)
        .values({ name: 'Demo Secondary School', nameKey: schoolKey('Demo Secondary School'), countryCode: 'TH' })
        .orIgnore()
        .execute();
      const school = await m.findOneByOrFail(School, { countryCode: 'TH', nameKey: schoolKey('Demo Secondary School') });
      const profile: Record<Role, Partial<User>> = {
        organiser: { displayName: 'Demo Organiser', countryCode: 'JP' },
        coordinator: { displayName: 'Demo Coordinator (Thailand)', countryCode: 'TH' },
        judge: { displayName: 'Demo Judge', countryCode: 'JP' },
        teacher: { displayName: 'Demo Teacher', countryCode: 'TH', schoolId: school.id },
        student: { displayName: 'Demo Student', countryCode: 'TH', schoolId: school.id, dateOfBirth: '2010-05-14' },
      };
      let organiserId = '';
      for (const [i, a] of DEMO_ACCOUNTS.entries()) {
        const user = await m.save(
          m.create(User, { email: a.email, passwordHash: hashes[i], locale: 'en', dateOfBirth: null, schoolId: null, disabledAt: null, ...profile[a.role] }),
        );
        if (a.role === 'organiser') organiserId = user.id;
        await m.insert(RoleGrant, {
          userId: user.id,
          role: a.role,
          countryCode: a.role === 'coordinator' || a.role === 'student' || a.role === 'teacher' ? 'TH' : null,
          schoolId: a.role === 'student' || a.role === 'teacher' ? school.id : null,
          status: a.role === 'teacher' ? 'pending' : 'active',
        });
      }
      const year = now.getUTCFullYear();
      const at = (monthsFromNow: number) => new Date(Date.UTC(year, now.getUTCMonth() + monthsFromNow, 1));
      const competition = await m.save(
        m.create(Competition, {
          slug: DEMO_COMPETITION_SLUG,
          // every text in every language of the competition (demo-content.ts)
          name: demoName(2027),
          theme: DEMO_THEME,
          rulesText: DEMO_RULES,
          emailSignature: DEMO_SIGNATURE,
          languages: DEMO_LANGUAGES,
          status: 'published',
          referenceDate: at(4).toISOString().slice(0, 10),
          submissionOpensAt: at(-1),
          submissionClosesAt: at(5),
          judgingOpensAt: at(5),
          judgingClosesAt: at(7),
          ceremonyAt: new Date(at(8).getTime() + 10 * 3600_000),
          rules: { ...DEFAULT_ENTRY_RULES },
          countries: await m.find(Country),
          createdBy: organiserId,
        }),
      );
      const categories = [
        { name: DEMO_CATEGORY_NAMES[0], minAge: 7, maxAge: 12 },
        { name: DEMO_CATEGORY_NAMES[1], minAge: 13, maxAge: 17 },
        { name: DEMO_CATEGORY_NAMES[2], minAge: 18, maxAge: 25 },
      ];
      for (const [i, c] of categories.entries()) await m.insert(Category, { competitionId: competition.id, ...c, position: i });
      await addDefaultLicence(m, competition.id);
      await approveDemoTexts(m, competition.id, { id: organiserId, name: profile.organiser.displayName! }, now);
      return seedPastEdition(m, services.storage, past, organiserId);
    })
    .finally(() => discardPastEditionMaterial(past));
  await queuePastEditionVideos(services.queue, videos);
  return true;
}
