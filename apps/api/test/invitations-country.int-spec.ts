import { createTestApp, T0, type Client, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition, makeUser, sessionFor } from './harness/factories.js';
import { eligibleEntry, judgeOn, school } from './judging-fixtures.js';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';
import { RoleGrant } from '../src/accounts/role-grant.entity.js';
import { User } from '../src/accounts/user.entity.js';
import { Assignment } from '../src/judging/assignment.entity.js';
import { RoundEntry } from '../src/judging/round-entry.entity.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';

/**
 * Invitations never change a judge's country (issue 15): the country comes from the account. An existing account keeps
 * its own, whatever the invitation names; a new account takes the invitation's. The final's assignment then keeps a
 * Thai judge away from Thai entries, even when the invitation said Japan.
 */
let t: TestApp;
let organiser: Client;
let competitionId: string;
let finalId: string;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(T0);
  organiser = (await clientAs(t, { role: 'organiser', countryCode: null, displayName: 'Aiko Organiser' })).client;
  competitionId = (await makeCompetition(t, { countryCodes: ['TH', 'JP', 'SG'] })).id;
  finalId = (
    await organiser
      .post('/api/rounds')
      .send({ competitionId, kind: 'final', opensAt: '2027-08-01T00:00:00Z', closesAt: '2027-08-22T00:00:00Z', judgesPerEntry: 1 })
      .expect(201)
  ).body.id;
});
afterAll(() => t.close());

async function tokenMailedTo(email: string): Promise<{ token: string; text: string }> {
  const message = await t.db.getRepository(OutboxMessage).findOneOrFail({ where: { to: email, kind: 'invitation' }, order: { createdAt: 'DESC' } });
  return { token: /\/invite\/([A-Za-z0-9_-]+)/.exec(message.text)![1], text: message.text };
}

describe("a judge's country", () => {
  it('stays TH for a Thai account invited to the final as JP, and the final never gives that judge a Thai entry', async () => {
    const thai = await makeUser(t, { role: 'judge', countryCode: 'TH', email: 'somchai.judge@example.org', displayName: 'Somchai' });
    const invited = await organiser.post('/api/invitations').send({ email: 'somchai.judge@example.org', role: 'judge', roundId: finalId, countryCode: 'JP' });
    expect(invited.status).toBe(201);
    // the account's country, not the one the inviter named
    expect(invited.body).toMatchObject({ roundId: finalId, countryCode: 'TH' });
    const { token, text } = await tokenMailedTo('somchai.judge@example.org');
    // the email says what the round asks
    expect(text).toContain('Round: Regional final, Test Competition');
    expect(text).toMatch(/Judging window: August 1, 2027.* UTC to August 22, 2027.* UTC/);
    expect(text).toContain('Entries for you to score: not known yet');

    const preview = await t.anon.post('/api/invitations/preview').send({ token }).expect(200);
    expect(preview.body).toMatchObject({ countryCode: 'TH', accountExists: true, round: { kind: 'final', countryCode: null, judgesPerEntry: 1 } });

    const session = t.as(await sessionFor(t, thai));
    const accepted = await session.post('/api/invitations/accept').send({ token }).expect(200);
    expect(accepted.body.roles).toContainEqual(expect.objectContaining({ role: 'judge', roundId: finalId, countryCode: 'TH' }));
    expect(await t.db.getRepository(RoleGrant).findOneByOrFail({ userId: thai.id, roundId: finalId })).toMatchObject({ countryCode: 'TH' });
    expect((await t.db.getRepository(User).findOneByOrFail({ id: thai.id })).countryCode).toBe('TH');

    // the final: two Thai and two Japanese entries, one judge per entry, a Japanese and a Singaporean judge beside the Thai one
    const th = await school(t, 'Bangkok Final School', 'TH');
    const jp = await school(t, 'Tokyo Final School', 'JP');
    const entries = [
      await eligibleEntry(t, competitionId, 1, { schoolId: th, countryCode: 'TH' }),
      await eligibleEntry(t, competitionId, 2, { schoolId: th, countryCode: 'TH' }),
      await eligibleEntry(t, competitionId, 1, { schoolId: jp, countryCode: 'JP', language: 'ja' }),
      await eligibleEntry(t, competitionId, 2, { schoolId: jp, countryCode: 'JP', language: 'ja' }),
    ];
    await t.db.getRepository(RoundEntry).insert(entries.map((e) => ({ roundId: finalId, entryId: e.id })));
    await judgeOn(t, finalId, { countryCode: 'JP' });
    await judgeOn(t, finalId, { countryCode: 'SG' });
    await organiser.post(`/api/rounds/${finalId}/assignment`).expect(200);
    const mine = await t.db.getRepository(Assignment).find({ where: { roundId: finalId, judgeId: thai.id }, relations: { roundEntry: { entry: true } } });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.map((a) => a.roundEntry!.entry!.countryCode)).not.toContain('TH');
  });

  it('ignores the country of an invitation sent before the account existed, when the account has its own', async () => {
    await organiser.post('/api/invitations').send({ email: 'later.account@example.org', role: 'judge', roundId: finalId, countryCode: 'JP' }).expect(201);
    const { token } = await tokenMailedTo('later.account@example.org');
    const user = await makeUser(t, { role: 'judge', countryCode: 'TH', email: 'later.account@example.org' });
    await t
      .as(await sessionFor(t, user))
      .post('/api/invitations/accept')
      .send({ token })
      .expect(200);
    expect(await t.db.getRepository(RoleGrant).findOneByOrFail({ userId: user.id, roundId: finalId })).toMatchObject({ countryCode: 'TH' });
    expect((await t.db.getRepository(User).findOneByOrFail({ id: user.id })).countryCode).toBe('TH');
  });

  it("gives a new account the invitation's country, and an account without one the invitation's, audit-logged", async () => {
    await organiser.post('/api/invitations').send({ email: 'new.judge@example.org', role: 'judge', roundId: finalId, countryCode: 'JP' }).expect(201);
    const fresh = await tokenMailedTo('new.judge@example.org');
    await t.anon.post('/api/invitations/accept').send({ token: fresh.token, displayName: 'Yuki', password: 'lotus-river-lantern-51' }).expect(200);
    const yuki = await t.db.getRepository(User).findOneByOrFail({ email: 'new.judge@example.org' });
    expect(yuki.countryCode).toBe('JP');
    expect(await t.db.getRepository(RoleGrant).findOneByOrFail({ userId: yuki.id, roundId: finalId })).toMatchObject({ countryCode: 'JP' });

    const stateless = await makeUser(t, { role: 'judge', countryCode: null, email: 'no.country@example.org' });
    await organiser.post('/api/invitations').send({ email: 'no.country@example.org', role: 'judge', roundId: finalId, countryCode: 'SG' }).expect(201);
    const { token } = await tokenMailedTo('no.country@example.org');
    await t
      .as(await sessionFor(t, stateless))
      .post('/api/invitations/accept')
      .send({ token })
      .expect(200);
    expect((await t.db.getRepository(User).findOneByOrFail({ id: stateless.id })).countryCode).toBe('SG');
    const event = await t.db.getRepository(AuditEvent).findOneByOrFail({ action: 'account.country_set', subjectId: stateless.id });
    expect(event).toMatchObject({ before: { countryCode: null }, after: expect.objectContaining({ countryCode: 'SG' }) });
  });

  it('needs no country for the final when the invited address has an account with one', async () => {
    await makeUser(t, { role: 'judge', countryCode: 'SG', email: 'known.judge@example.org' });
    const res = await organiser.post('/api/invitations').send({ email: 'known.judge@example.org', role: 'judge', roundId: finalId }).expect(201);
    expect(res.body.countryCode).toBe('SG');
    const unknown = await organiser.post('/api/invitations').send({ email: 'unknown.judge@example.org', role: 'judge', roundId: finalId }).expect(400);
    expect(unknown.body.fields[0]).toMatchObject({ field: 'countryCode', problems: [{ reason: 'accounts.judge_country_required', params: {} }] });
  });

  it("changes through the account: an organiser's action, audit-logged, that the judge's grants follow", async () => {
    const judge = await makeUser(t, { role: 'judge', countryCode: 'TH', email: 'moving.judge@example.org' });
    await t.db.getRepository(RoleGrant).insert({ userId: judge.id, role: 'judge', roundId: finalId, countryCode: 'TH' });
    const res = await organiser.patch(`/api/users/${judge.id}/country`).send({ countryCode: 'JP' }).expect(200);
    expect(res.body).toMatchObject({ id: judge.id, countryCode: 'JP' });
    expect(await t.db.getRepository(RoleGrant).findOneByOrFail({ userId: judge.id, roundId: finalId })).toMatchObject({ countryCode: 'JP' });
    const event = await t.db.getRepository(AuditEvent).findOneByOrFail({ action: 'account.country_changed', subjectId: judge.id });
    expect(event).toMatchObject({ before: { countryCode: 'TH' }, after: { countryCode: 'JP' } });

    const coordinator = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
    await coordinator.patch(`/api/users/${judge.id}/country`).send({ countryCode: 'TH' }).expect(403);
    const unknown = await organiser.patch(`/api/users/${judge.id}/country`).send({ countryCode: 'ZZ' }).expect(400);
    expect(unknown.body.fields[0]).toMatchObject({
      field: 'countryCode',
      problems: [{ reason: 'accounts.country_not_participating', params: { country: 'ZZ' } }],
    });
    const student = await makeUser(t, { role: 'student', countryCode: 'TH' });
    const school = await organiser.patch(`/api/users/${student.id}/country`).send({ countryCode: 'JP' }).expect(400);
    expect(school.body.fields[0]).toMatchObject({ field: 'countryCode', problems: [{ reason: 'field.not_accepted', params: {} }] });
    await organiser.patch('/api/users/00000000-0000-4000-8000-000000000000/country').send({ countryCode: 'JP' }).expect(404);
    expect((await t.db.getRepository(User).findOneByOrFail({ id: judge.id })).countryCode).toBe('JP');
  });
});
