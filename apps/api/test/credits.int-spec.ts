import { createTestApp, T0, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { Entry } from '../src/entries/entry.entity.js';
import { EntriesQueries } from '../src/entries/entries.queries.js';
import type { Competition } from '../src/competitions/competition.entity.js';

/** The team's choice of public credits, with the preview of exactly what the public will see. */
let t: TestApp;
let competition: Competition;
let owner: Client;
let teacher: Client;
let organiser: Client;
let coordinatorTH: Client;
let otherStudent: Client;
let judge: Client;

const SCHOOL = 'Chiang Mai Hill School';

beforeAll(async () => {
  t = await createTestApp();
  competition = await makeCompetition(t, { countryCodes: ['TH'] });
  owner = (await clientAs(t, { role: 'student', countryCode: 'TH', schoolName: SCHOOL })).client;
  teacher = (await clientAs(t, { role: 'teacher', countryCode: 'TH', schoolName: SCHOOL })).client;
  organiser = (await clientAs(t, { role: 'organiser', countryCode: null })).client;
  coordinatorTH = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
  otherStudent = (await clientAs(t, { role: 'student', countryCode: 'TH', schoolName: 'Another School' })).client;
  judge = (await clientAs(t, { role: 'judge', countryCode: 'TH' })).client;
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(T0));

type MemberInput = { fullName: string; role: string; dateOfBirth: string; schoolName?: string };

// the reference date is 2027-04-01: Ananya is 16 then, Krit 22 and Mali 18 (an adult from that very day)
const MIXED: MemberInput[] = [
  { fullName: 'Ananya Srisuk', role: 'director', dateOfBirth: '2011-02-01' },
  { fullName: '  Krit   Boonmee ', role: 'actor', dateOfBirth: '2005-03-15' },
  { fullName: 'Mali Chaiyo', role: 'editor', dateOfBirth: '2009-04-01', schoolName: 'Lampang Arts School' },
];
const ADULTS: MemberInput[] = MIXED.slice(1);
const MINORS: MemberInput[] = [
  { fullName: 'Ananya Srisuk', role: 'director', dateOfBirth: '2011-02-01' },
  { fullName: 'Niran Kaewmanee', role: 'actor', dateOfBirth: '2009-04-02', schoolName: 'Lampang Arts School' },
];

async function newEntry(members: MemberInput[] = MIXED): Promise<string> {
  const categoryId = (await t.anon.get(`/api/competitions/${competition.id}`).expect(200)).body.categories[0].id;
  const entry = await owner
    .post('/api/entries')
    .send({ competitionId: competition.id, categoryId, title: 'Think before you click', videoLanguage: 'th', members })
    .expect(201);
  return entry.body.id;
}

const put = (client: Client, id: string, body: Record<string, unknown>) => client.put(`/api/entries/${id}/credits`).send(body);

describe('public credits', () => {
  it('lets the team choose each style and previews exactly what the public sees', async () => {
    const id = await newEntry();
    const detail = (await owner.get(`/api/entries/${id}`).expect(200)).body;
    expect(detail).toMatchObject({ teamName: null, creditStyle: 'first_names', creditSchool: false });

    const first = (await put(owner, id, { creditStyle: 'first_names', creditSchool: false }).expect(200)).body;
    expect(first).toEqual({
      entryId: id,
      teamName: null,
      creditStyle: 'first_names',
      creditSchool: false,
      preview: { names: ['Ananya', 'Krit', 'Mali'], schools: [], byline: 'Ananya, Krit and Mali' },
    });
    expect(JSON.stringify(first)).not.toContain('Srisuk');

    // adults choose for themselves: full names name Krit and Mali; Ananya (16) keeps her first name, and the school
    // she attends is never named, while Mali's own school may be
    const full = (await put(owner, id, { creditStyle: 'full_names', creditSchool: true }).expect(200)).body;
    expect(full.preview).toEqual({
      names: ['Ananya', 'Krit   Boonmee', 'Mali Chaiyo'],
      schools: ['Lampang Arts School'],
      byline: 'Ananya, Krit   Boonmee and Mali Chaiyo',
    });

    const team = (await put(owner, id, { teamName: '  The Phish Busters ', creditStyle: 'team_name', creditSchool: true }).expect(200)).body;
    expect(team).toMatchObject({ teamName: 'The Phish Busters', creditStyle: 'team_name', creditSchool: true });
    expect(team.preview).toEqual({ names: ['The Phish Busters'], schools: ['Lampang Arts School'], byline: 'The Phish Busters' });

    // teamName left out keeps the name; the entry's detail shows the choice
    const back = (await put(owner, id, { creditStyle: 'first_names', creditSchool: false }).expect(200)).body;
    expect(back).toMatchObject({ teamName: 'The Phish Busters', creditStyle: 'first_names', preview: { names: ['Ananya', 'Krit', 'Mali'], schools: [] } });
    expect((await owner.get(`/api/entries/${id}`).expect(200)).body).toMatchObject({
      teamName: 'The Phish Busters',
      creditStyle: 'first_names',
      creditSchool: false,
    });

    const audits = await t.db.getRepository(AuditEvent).find({ where: { subjectId: id, action: 'entry.credits_set' }, order: { id: 'ASC' } });
    expect(audits).toHaveLength(4);
    expect(audits[2].before).toEqual({ teamName: null, creditStyle: 'full_names', creditSchool: true });
    expect(audits[2].after).toEqual({ teamName: 'The Phish Busters', creditStyle: 'team_name', creditSchool: true });
  });

  it('lets a team of adults name everyone and every school', async () => {
    const id = await newEntry(ADULTS);
    const full = (await put(owner, id, { creditStyle: 'full_names', creditSchool: true }).expect(200)).body;
    expect(full.preview).toEqual({
      names: ['Krit   Boonmee', 'Mali Chaiyo'],
      schools: [SCHOOL, 'Lampang Arts School'],
      byline: 'Krit   Boonmee and Mali Chaiyo',
    });
  });

  it('refuses full names and the school for a team of minors, naming them by first name, and changes nothing', async () => {
    const id = await newEntry(MINORS);
    const members = (await owner.get(`/api/entries/${id}`).expect(200)).body.members as { id: string }[];
    const expected = [
      { id: members[0].id, firstName: 'Ananya' },
      { id: members[1].id, firstName: 'Niran' },
    ];
    const names = await put(owner, id, { creditStyle: 'full_names', creditSchool: false }).expect(422);
    expect(names.body).toMatchObject({
      code: 'rule_violation',
      reason: 'entries.minor_credit_limited',
      params: { options: ['full_names'], members: ['Ananya', 'Niran'] },
      details: { members: expected },
    });
    expect(names.body.message).toContain('first name and country only');
    expect(JSON.stringify(names.body)).not.toMatch(/Srisuk|Kaewmanee|2011-02-01/);
    const school = await put(owner, id, { creditStyle: 'first_names', creditSchool: true }).expect(422);
    expect(school.body).toMatchObject({ reason: 'entries.minor_credit_limited', params: { options: ['school'], members: ['Ananya', 'Niran'] } });
    expect(school.body.details).toEqual({ members: expected });
    const both = await put(teacher, id, { creditStyle: 'full_names', creditSchool: true }).expect(422);
    expect(both.body.params.options).toEqual(['full_names', 'school']);
    // organisers are held to the same rule
    expect((await put(organiser, id, { creditStyle: 'full_names', creditSchool: false }).expect(422)).body.reason).toBe('entries.minor_credit_limited');

    expect(await t.db.getRepository(Entry).findOneByOrFail({ id })).toMatchObject({ creditStyle: 'first_names', creditSchool: false });
    expect(await t.db.getRepository(AuditEvent).count({ where: { subjectId: id, action: 'entry.credits_set' } })).toBe(0);
    // what remains allowed: first names, or a team name
    expect((await put(owner, id, { teamName: 'Cyber Owls', creditStyle: 'team_name', creditSchool: false }).expect(200)).body.preview.byline).toBe(
      'Cyber Owls',
    );
  });

  it('refuses the school when every adult shares it with a minor', async () => {
    const id = await newEntry([MIXED[0], MIXED[1]]);
    const res = await put(owner, id, { creditStyle: 'full_names', creditSchool: true }).expect(422);
    expect(res.body).toMatchObject({ reason: 'entries.minor_credit_limited', params: { options: ['school'], members: ['Ananya'] } });
    expect((await put(owner, id, { creditStyle: 'full_names', creditSchool: false }).expect(200)).body.preview.names).toEqual(['Ananya', 'Krit   Boonmee']);
  });

  it('keeps minors to first name and country when read, whatever an older stored choice says', async () => {
    const id = await newEntry(MINORS);
    // a choice stored before the rule existed
    await t.db.getRepository(Entry).update({ id }, { creditStyle: 'full_names', creditSchool: true });
    const entry = await t.db.getRepository(Entry).findOneByOrFail({ id });
    expect((await t.app.get(EntriesQueries).publicCredits([entry])).get(id)).toEqual({ names: ['Ananya', 'Niran'], schools: [], byline: 'Ananya and Niran' });
  });

  it('refuses team_name without a team name, and bad values, with messages', async () => {
    const id = await newEntry();
    const noName = await put(owner, id, { creditStyle: 'team_name', creditSchool: false }).expect(400);
    expect(noName.body.fields).toEqual([
      { field: 'teamName', messages: ['give the team name to credit the team by its name'], problems: [{ reason: 'field.required', params: {} }] },
    ]);
    await put(owner, id, { teamName: '   ', creditStyle: 'team_name', creditSchool: false }).expect(400);
    await put(owner, id, { teamName: 'Blue Team', creditStyle: 'team_name', creditSchool: false }).expect(200);
    // clearing the name while keeping the style is refused too
    expect((await put(owner, id, { teamName: null, creditStyle: 'team_name', creditSchool: false }).expect(400)).body.fields[0].field).toBe('teamName');
    expect((await put(owner, id, { teamName: null, creditStyle: 'first_names', creditSchool: false }).expect(200)).body.teamName).toBeNull();

    const badStyle = await put(owner, id, { creditStyle: 'nicknames', creditSchool: false }).expect(400);
    expect(badStyle.body.fields).toEqual([
      {
        field: 'creditStyle',
        messages: ['creditStyle must be first_names, team_name or full_names'],
        problems: [expect.objectContaining({ reason: 'field.not_one_of' })],
      },
    ]);
    expect((await put(owner, id, { creditStyle: 'first_names' }).expect(400)).body.fields).toEqual([
      { field: 'creditSchool', messages: ['creditSchool must be true or false'], problems: [{ reason: 'field.required', params: {} }] },
    ]);
    expect((await put(owner, id, { teamName: 'x'.repeat(121), creditStyle: 'team_name', creditSchool: false }).expect(400)).body.fields[0].field).toBe(
      'teamName',
    );
    expect((await put(owner, id, { creditStyle: 'first_names', creditSchool: false, ownerId: 'x' }).expect(400)).body.fields[0].field).toBe('ownerId');
  });

  it("lets the school's teacher and organisers choose; coordinators are refused; other teams get 404", async () => {
    const id = await newEntry();
    expect((await put(teacher, id, { creditStyle: 'full_names', creditSchool: false }).expect(200)).body.creditStyle).toBe('full_names');
    // a refusal for minors comes after access: others still get 403 or 404, never the team's details
    expect((await put(organiser, id, { creditStyle: 'first_names', creditSchool: true }).expect(200)).body.creditSchool).toBe(true);
    expect((await put(coordinatorTH, id, { creditStyle: 'full_names', creditSchool: true }).expect(403)).body.code).toBe('forbidden');
    expect((await put(judge, id, { creditStyle: 'full_names', creditSchool: true }).expect(403)).body.code).toBe('forbidden');
    expect((await put(otherStudent, id, { creditStyle: 'full_names', creditSchool: true }).expect(404)).body.code).toBe('not_found');
    await put(t.anon, id, { creditStyle: 'full_names', creditSchool: true }).expect(401);
    await put(owner, '00000000-0000-4000-8000-000000000000', { creditStyle: 'full_names', creditSchool: true }).expect(404);
    // nothing changed by the refused calls
    expect(await t.db.getRepository(Entry).findOneByOrFail({ id })).toMatchObject({ creditStyle: 'first_names', creditSchool: true });
  });

  it('is allowed after submission (a consent-like choice), when other edits are not', async () => {
    const id = await newEntry();
    await t.db.getRepository(Entry).update({ id }, { status: 'submitted', submittedAt: T0 });
    await owner.patch(`/api/entries/${id}`).send({ title: 'Changed' }).expect(409);
    const res = (await put(owner, id, { teamName: 'Cyber Owls', creditStyle: 'team_name', creditSchool: false }).expect(200)).body;
    expect(res.preview.byline).toBe('Cyber Owls');
    expect(await t.db.getRepository(Entry).findOneByOrFail({ id })).toMatchObject({ status: 'submitted', teamName: 'Cyber Owls', creditStyle: 'team_name' });
  });
});
