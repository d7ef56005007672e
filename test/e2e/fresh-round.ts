import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext, type Browser } from '@playwright/test';
import { DEMO, makeClip, MEDIA_DIR, signUpConfirmed, type ClipSize } from './helpers';
import { acceptJudgeInvitation, apiAs, headers, judgeEmail, newContext, ok } from './judging-data';

/**
 * A competition of a spec's own, made through the API, so that the spec can open a round, assign a judge and
 * score without touching the demo competition that the other specs walk through (a national round per country
 * and competition; one entry per school).
 */
export interface FreshCompetition {
  id: string;
  slug: string;
  name: string;
  categoryId: string;
}

const DAY = 24 * 3600_000;
const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const adultBirthDate = () => `${new Date().getUTCFullYear() - 21}-03-14`;
const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** A published competition open for entries from Thailand and Japan, one category for ages 13–25. */
export async function freshCompetition(organiser: APIRequestContext, label: string): Promise<FreshCompetition> {
  const s = stamp();
  const slug = `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${s}`;
  const name = `${label} ${s}`;
  const created = await ok<{ id: string; categories: { id: string }[] }>(
    organiser.post('/api/competitions', {
      headers: headers(),
      data: {
        slug,
        name: { en: name, ja: `${label}（${s}）` },
        theme: { en: 'Strong passwords for everyone' },
        languages: ['en', 'ja', 'th'],
        referenceDate: new Date().toISOString().slice(0, 10),
        timeline: { submissionOpensAt: iso(-1), submissionClosesAt: iso(30) },
        countryCodes: ['TH', 'JP'],
        categories: [{ name: { en: 'Ages 13–25', ja: '13〜25歳' }, minAge: 13, maxAge: 25 }],
      },
    }),
  );
  // its texts miss their Thai (and the theme its Japanese): publishing confirms the gaps
  await ok(organiser.patch(`/api/competitions/${created.id}`, { headers: headers(), data: { status: 'published', confirmGaps: true } }));
  return { id: created.id, slug, name, categoryId: created.categories[0].id };
}

export interface Account {
  email: string;
  password: string;
  name: string;
}

/** A new Thai student (18+, a school of their own), signed in on a context that closeOpened closes. */
export async function freshStudent(browser: Browser, name: string): Promise<{ account: Account; request: APIRequestContext }> {
  const context = await newContext(browser);
  const s = stamp();
  const account = { email: `student-${s}@e2e.clapper.test`, password: 'a long enough passphrase 42', name };
  await signUpConfirmed(context.request, {
    email: account.email,
    password: account.password,
    displayName: name,
    role: 'student',
    countryCode: 'TH',
    schoolName: `Fresh Test School ${s}`,
    dateOfBirth: adultBirthDate(),
    locale: 'en',
  });
  return { account, request: context.request };
}

export interface EntryInput {
  title: string;
  members: { fullName: string; role: string; dateOfBirth: string }[];
  /** the video's language and the synopsis in it (English by default) */
  original?: { videoLanguage: string; synopsis: string };
}

/** A draft entry of the student's in the competition. */
export async function draftEntry(
  student: APIRequestContext,
  competition: FreshCompetition,
  input: EntryInput,
): Promise<{ id: string; code: string; members: { id: string; fullName: string }[] }> {
  return ok(
    student.post('/api/entries', {
      headers: headers(),
      data: {
        competitionId: competition.id,
        categoryId: competition.categoryId,
        title: input.title,
        videoLanguage: input.original?.videoLanguage ?? 'en',
        synopsisOriginal: input.original?.synopsis ?? 'A short story about a phishing message.',
        synopsisEnglish: 'A short story about a phishing message.',
        sources: 'Own footage and music.',
        members: input.members,
      },
    }),
  );
}

/** Everything a draft needs but the processing of its video: consents, licence, the video, English subtitles. */
export async function startEntryUpload(
  student: APIRequestContext,
  competition: FreshCompetition,
  entry: { id: string; members: { id: string }[] },
  clip: string,
  vtt: string,
): Promise<void> {
  for (const m of entry.members) await ok(student.post(`/api/entries/${entry.id}/members/${m.id}/consent`, { headers: headers(), data: { agree: true } }));
  const licence = await ok<{ id: string }>(student.get(`/api/competitions/${competition.id}/licence`));
  await ok(student.post(`/api/entries/${entry.id}/licence`, { headers: headers(), data: { licenceVersionId: licence.id } }));
  await ok(
    student.post(`/api/entries/${entry.id}/video`, {
      headers: headers(),
      multipart: { file: { name: 'entry.mp4', mimeType: 'video/mp4', buffer: readFileSync(clip) } },
    }),
  );
  await ok(
    student.post(`/api/entries/${entry.id}/subtitles/en`, {
      headers: headers(),
      multipart: { file: { name: 'en.vtt', mimeType: 'text/vtt', buffer: readFileSync(vtt) } },
    }),
  );
}

/** Once its video is processed, the entry is submitted and the Thai coordinator screens it eligible. */
export async function submitAndScreen(browser: Browser, student: APIRequestContext, entryId: string): Promise<void> {
  await waitForReadyVideo(student, entryId);
  await ok(student.post(`/api/entries/${entryId}/submit`, { headers: headers() }));
  const coordinator = await apiAs(browser, DEMO.coordinatorTH);
  await ok(coordinator.post(`/api/entries/${entryId}/screening`, { headers: headers(), data: { decision: 'eligible' } }));
}

/** Waits for the worker to process the entry's video (it may first finish the demo's queued videos). */
export async function waitForReadyVideo(request: APIRequestContext, entryId: string): Promise<void> {
  await expect
    .poll(async () => (await ok<{ status: string }>(request.get(`/api/entries/${entryId}/video`))).status, { timeout: 240_000, intervals: [1000] })
    .toBe('ready');
}

/**
 * A national round for Thailand in the competition, open for judging, with one judge (invited and accepted) who
 * is assigned every entry. The judge has not declared their languages yet.
 */
export async function openRoundWithJudge(
  browser: Browser,
  organiser: APIRequestContext,
  competition: FreshCompetition,
  judgeName: string,
): Promise<{ roundId: string; judge: Account }> {
  const round = await ok<{ id: string }>(
    organiser.post('/api/rounds', {
      headers: headers(),
      data: { competitionId: competition.id, kind: 'national', countryCode: 'TH', opensAt: iso(-1), closesAt: iso(14), judgesPerEntry: 1 },
    }),
  );
  const email = judgeEmail('TH');
  await ok(organiser.post('/api/invitations', { headers: headers(), data: { email, role: 'judge', roundId: round.id } }));
  const judge = await acceptJudgeInvitation(browser, organiser, email, judgeName);
  await ok(organiser.post(`/api/rounds/${round.id}/open`, { headers: headers(), data: { confirm: true } }));
  await ok(organiser.post(`/api/rounds/${round.id}/assignment`, { headers: headers() }));
  return { roundId: round.id, judge };
}

/** The judge declares the languages they understand and no conflicts. */
export async function declareLanguages(judge: APIRequestContext, roundId: string): Promise<void> {
  await ok(
    judge.put(`/api/judge/rounds/${roundId}/declaration`, {
      headers: headers(),
      data: { languages: ['en', 'th'], conflictEntryCodes: [], conflictSchoolIds: [], conflictCountryCodes: [], note: '' },
    }),
  );
}

/**
 * Takes the competition out of the way of the specs that run after: archived (off the public list, where the demo
 * competition is looked for by its badge) and without Thailand (off the Thai coordinator's overview, where the
 * demo competition's national round is looked for by its link).
 */
export async function retireCompetition(organiser: APIRequestContext, competition: FreshCompetition): Promise<void> {
  await ok(organiser.put(`/api/competitions/${competition.id}/countries`, { headers: headers(), data: { countryCodes: ['JP'] } }));
  await ok(organiser.patch(`/api/competitions/${competition.id}`, { headers: headers(), data: { status: 'archived' } }));
}

/**
 * From an eligible Thai entry to its Grand Prize, the results not sealed: the national round judged (top marks) and
 * closed, the entry promoted to a final with a Japanese judge, the final opened and closed unscored, and the Grand
 * Prize given to the entry by the organisers (the final's panel met in person). Answers the award's id.
 */
export async function grandPrizeFor(
  browser: Browser,
  organiser: APIRequestContext,
  competition: FreshCompetition,
  entryId: string,
  o: { nationalJudge: string; finalJudge: string; award: { name: Record<string, string>; description: Record<string, string> } },
): Promise<{ awardId: string }> {
  const national = await openRoundWithJudge(browser, organiser, competition, o.nationalJudge);
  const judge = await apiAs(browser, national.judge);
  await declareLanguages(judge, national.roundId);
  const [item] = (await ok<{ items: { roundEntryId: string }[] }>(judge.get(`/api/judge/rounds/${national.roundId}/queue`))).items;
  const entryUrl = `/api/judge/rounds/${national.roundId}/entries/${item.roundEntryId}`;
  const { rubric } = await ok<{ rubric: { criteria: { key: string; scaleMax: number }[] } }>(judge.get(entryUrl));
  await ok(
    judge.post(`${entryUrl}/scorecard/submit`, {
      headers: headers(),
      data: { version: 0, scores: Object.fromEntries(rubric.criteria.map((c) => [c.key, c.scaleMax])) },
    }),
  );
  await ok(organiser.post(`/api/rounds/${national.roundId}/close`, { headers: headers(), data: {} }));
  const final = await ok<{ id: string }>(
    organiser.post('/api/rounds', {
      headers: headers(),
      data: { competitionId: competition.id, kind: 'final', opensAt: iso(-1), closesAt: iso(7), countryQuota: 1 },
    }),
  );
  const ranking = await ok<{ entries: { roundEntryId: string }[] }>(organiser.get(`/api/rounds/${national.roundId}/ranking`));
  await ok(organiser.post(`/api/rounds/${national.roundId}/promotions`, { headers: headers(), data: { roundEntryIds: [ranking.entries[0].roundEntryId] } }));
  const email = judgeEmail('JP');
  await ok(organiser.post('/api/invitations', { headers: headers(), data: { email, role: 'judge', roundId: final.id, countryCode: 'JP' } }));
  await acceptJudgeInvitation(browser, organiser, email, o.finalJudge);
  await ok(organiser.post(`/api/rounds/${final.id}/open`, { headers: headers(), data: { confirm: true } }));
  await ok(organiser.post(`/api/rounds/${final.id}/close`, { headers: headers(), data: { force: true } }));
  const overview = await ok<{ awards: { id: string }[] }>(
    organiser.post(`/api/competitions/${competition.id}/awards`, { headers: headers(), data: { kind: 'grand_prize', ...o.award } }),
  );
  const awardId = overview.awards[0].id;
  await ok(
    organiser.put(`/api/awards/${awardId}/winners`, {
      headers: headers(),
      data: { winners: [{ entryId, place: 1 }], reason: 'The jury met in person after the final.' },
    }),
  );
  return { awardId };
}

/**
 * A competition of a spec's own taken up to a closed final whose Grand Prize went to its one entry (the results not
 * sealed): a clip subtitled in English with `o.subtitle`, a new student who is the entry's director, the entry
 * uploaded, submitted, screened eligible, judged (grandPrizeFor) and awarded. `o.prepare` runs on the new competition
 * before the entry is made (its languages and texts, say).
 */
export async function wonCompetition(
  browser: Browser,
  organiser: APIRequestContext,
  o: {
    label: string;
    toneHz: number;
    subtitle: string;
    student: string;
    title: string;
    original?: EntryInput['original'];
    judges: { national: string; final: string };
    award: (competition: FreshCompetition) => { name: Record<string, string>; description: Record<string, string> };
    prepare?: (competition: FreshCompetition) => Promise<void>;
    /** the clip's picture size (makeClip's default when unset) */
    clipSize?: ClipSize;
  },
): Promise<{ competition: FreshCompetition; entry: { id: string; code: string } }> {
  const slug = o.label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const clip = makeClip(`${slug}-clip.mp4`, { videoKbps: 300, toneHz: o.toneHz, size: o.clipSize });
  const vtt = path.join(MEDIA_DIR, `${slug}-clip.en.vtt`);
  writeFileSync(vtt, ['WEBVTT', '', '00:00:01.000 --> 00:00:06.000', o.subtitle, ''].join('\n'));
  const competition = await freshCompetition(organiser, o.label);
  await o.prepare?.(competition);
  const student = await freshStudent(browser, o.student);
  const entry = await draftEntry(student.request, competition, {
    title: o.title,
    original: o.original,
    members: [{ fullName: o.student, role: 'director', dateOfBirth: `${new Date().getUTCFullYear() - 21}-03-14` }],
  });
  await startEntryUpload(student.request, competition, entry, clip, vtt);
  await submitAndScreen(browser, student.request, entry.id);
  await grandPrizeFor(browser, organiser, competition, entry.id, { nationalJudge: o.judges.national, finalJudge: o.judges.final, award: o.award(competition) });
  return { competition, entry: { id: entry.id, code: entry.code } };
}
