import { T0, type TestApp } from './harness/test-app.js';
import { clientAs, makeUser } from './harness/factories.js';
import type { User } from '../src/accounts/user.entity.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { Consent } from '../src/consents/consent.entity.js';
import type { Competition } from '../src/competitions/competition.entity.js';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';
import { Subtitle, VideoAsset } from '../src/videos/video-asset.entity.js';
import { guardianTokenFromOutbox } from './guardian-mail.js';
import { guardianSuite, type Member } from './guardian-consent-fixtures.js';

/**
 * Guardians consent for themselves, and nobody else can: the link goes only to the guardian's inbox, in the language
 * the team chose; the team sees a masked address and the time, can resend (rate-limited) or change the address (the
 * old link dies); the guardian may decline; coordinators see how each consent came and can demand a signed form.
 */
const { suite, team, sendLink, guardianMails, give, isCleared } = guardianSuite();
let t: TestApp;
let competition: Competition;
beforeAll(() => {
  ({ t, competition } = suite);
});

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      keysOf(v, out);
    }
  return out;
}

describe('the link goes to the guardian only', () => {
  it('answers the team with the entry, never the token or the link, and shows only the masked address and time', async () => {
    const { client, entry, ana } = await team();
    const res = await sendLink(client, entry.id, ana.id, { guardianEmail: 'Malee.Mother@Example.org', language: 'th' }).expect(200);
    const token = await guardianTokenFromOutbox(t, 'malee.mother@example.org');
    expect(token.length).toBeGreaterThanOrEqual(40);

    const body = JSON.stringify(res.body);
    expect(body).not.toContain(token);
    expect(body).not.toContain('/consent/');
    expect(keysOf(res.body).filter((k) => /token|link|url/i.test(k))).toEqual([]);
    expect(body).not.toContain('malee.mother');
    expect(res.body.members[0].guardianConsent).toMatchObject({
      status: 'requested',
      method: 'email_link',
      sentTo: 'm•••@example.org',
      sentAt: T0.toISOString(),
      emailLanguage: 'th',
      formRequired: false,
    });

    // nor anywhere else the team looks: the entry, the list, the outbox (organisers only) and the audit log (organisers only)
    for (const path of [`/api/entries/${entry.id}`, '/api/entries']) {
      const seen = JSON.stringify((await client.get(path).expect(200)).body);
      expect(seen).not.toContain(token);
      expect(seen).not.toContain('/consent/');
    }
    await client.get('/api/admin/outbox').expect(403);
    await client.get('/api/audit').expect(403);
    const audit = await t.db.getRepository(AuditEvent).find({ where: { subjectId: entry.id } });
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(audit.find((a) => a.action === 'consent.guardian_link_sent')?.after).toMatchObject({ memberId: ana.id, to: 'm•••@example.org', language: 'th' });
  });

  it('emails the given address in the language the team chose', async () => {
    const { client, entry, ana } = await team();
    await sendLink(client, entry.id, ana.id, { guardianEmail: 'mae.ananya@example.org', language: 'th' }).expect(200);
    const [mail] = await guardianMails('mae.ananya@example.org');
    expect(mail.subject).toBe('ขอความยินยอมสำหรับ Ananya Srisuk ในผลงาน “Think before you click”');
    expect(mail.text).toContain('ประกวดวิดีโอความปลอดภัยไซเบอร์');
    expect(mail.text).toContain('“ฉันยินยอม” หรือ “ฉันไม่ยินยอม”');
    expect(mail.text).toMatch(/http:\/\/localhost:3000\/consent\/[A-Za-z0-9_-]{40,}/);
  });

  it('makes the "Mom Forged" reproduction impossible: no token for the team, and made-up tokens give nothing', async () => {
    const { client, entry, ana, krit } = await team();
    // the old call with no address is refused, and nothing is sent or stored
    const bare = await sendLink(client, entry.id, ana.id, {}).expect(400);
    expect(bare.body.fields.map((f: { field: string }) => f.field)).toEqual(['guardianEmail']);
    expect(await t.db.getRepository(Consent).countBy({ memberId: ana.id, kind: 'guardian' })).toBe(0);
    // with an address the team gets no token: all that is left is to guess one
    for (const m of [ana, krit]) await sendLink(client, entry.id, m.id, { guardianEmail: `parent.${m.id.slice(0, 6)}@example.org` }).expect(200);
    const seen = (await client.get(`/api/entries/${entry.id}`).expect(200)).body;
    for (const m of seen.members)
      expect(Object.keys(m.guardianConsent).sort()).toEqual([
        'emailLanguage',
        'formRequired',
        'givenAt',
        'givenByName',
        'id',
        'method',
        'refusedAt',
        'rejectionReason',
        'sentAt',
        'sentTo',
        'status',
        'textLanguage',
        'textVersion',
      ]);
    await t.anon
      .post('/api/guardian-consents/give')
      .send({ token: seen.members[0].guardianConsent.id.replace(/-/g, ''), guardianName: 'Mom Forged', relationship: 'mother', agree: true })
      .expect(404);
    await t.anon
      .post('/api/guardian-consents/give')
      .send({ token: 'A'.repeat(43), guardianName: 'Mom Forged', relationship: 'mother', agree: true })
      .expect(404);
    const after = (await client.get(`/api/entries/${entry.id}`).expect(200)).body;
    expect(after.members.map((m: Member) => m.guardianConsent?.status)).toEqual(['requested', 'requested']);
    expect(after.checklist.filter((p: { code: string }) => p.code === 'guardian_consent_missing')).toHaveLength(2);
  });
});

describe("the guardian's address", () => {
  it.each([
    ['the owner', async (o: { user: User }) => o.user.email.toUpperCase()],
    [
      'a teacher of the school',
      async (o: { schoolName: string }) => (await makeUser(t, { role: 'teacher', countryCode: 'TH', schoolName: o.schoolName })).email,
    ],
    [
      'a student of the school (a team member with an account)',
      async (o: { schoolName: string }) => (await makeUser(t, { role: 'student', countryCode: 'TH', schoolName: o.schoolName })).email,
    ],
  ])('may not be the account of %s: 400 with a reason, nothing sent', async (_who, emailOf) => {
    const o = await team();
    const email = await emailOf(o);
    const res = await sendLink(o.client, o.entry.id, o.ana.id, { guardianEmail: email }).expect(400);
    expect(res.body).toMatchObject({ code: 'validation_failed', reason: 'common.validation_failed', params: { fields: ['guardianEmail'] } });
    expect(res.body.fields).toEqual([
      {
        field: 'guardianEmail',
        messages: [expect.stringMatching(/guardian’s own address/)],
        problems: [{ reason: 'consents.guardian_email_on_entry', params: {} }],
      },
    ]);
    expect(await t.db.getRepository(OutboxMessage).countBy({ to: email.toLowerCase(), kind: 'guardian-consent' })).toBe(0);
    expect(await t.db.getRepository(Consent).countBy({ memberId: o.ana.id, kind: 'guardian' })).toBe(0);
  });

  it("may not be the supervising teacher's address", async () => {
    const o = await team({ supervisingTeacherEmail: 'kru.somchai@school.example.org' });
    const res = await sendLink(o.client, o.entry.id, o.ana.id, { guardianEmail: 'Kru.Somchai@school.example.org' }).expect(400);
    expect(res.body.fields[0].problems).toEqual([{ reason: 'consents.guardian_email_on_entry', params: {} }]);
  });

  it.each([
    [{ guardianEmail: 'not-an-address' }],
    [{ guardianEmail: '' }],
    [{ guardianEmail: 'ok@example.org', language: 'xx' }],
    [{ guardianEmail: 'ok@example.org', link: 'x' }],
  ])('refuses %j with 400', async (body) => {
    const o = await team();
    await sendLink(o.client, o.entry.id, o.ana.id, body).expect(400);
  });
});

describe('resend and change of address', () => {
  it('resends to the stored address with a fresh link (the older one stops working), at most 3 emails an hour per member', async () => {
    const { client, entry, ana, krit } = await team();
    await sendLink(client, entry.id, ana.id, { guardianEmail: 'grandma@example.org', language: 'vi' }).expect(200);
    const first = await guardianTokenFromOutbox(t, 'grandma@example.org');
    t.clock.advance(60_000);
    const resent = (await client.post(`/api/entries/${entry.id}/members/${ana.id}/guardian-link/resend`).expect(200)).body;
    expect(resent.members[0].guardianConsent).toMatchObject({
      sentTo: 'g•••@example.org',
      sentAt: new Date(T0.getTime() + 60_000).toISOString(),
      emailLanguage: 'vi',
    });
    const mails = await guardianMails('grandma@example.org');
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toContain('Ananya Srisuk');
    expect(mails[1].text).toContain('Tôi đồng ý'); // the language chosen the first time
    const second = await guardianTokenFromOutbox(t, 'grandma@example.org');
    expect(second).not.toBe(first);
    await t.anon.post('/api/guardian-consents/preview').send({ token: first }).expect(404);
    await t.anon.post('/api/guardian-consents/preview').send({ token: second }).expect(200);

    await client.post(`/api/entries/${entry.id}/members/${ana.id}/guardian-link/resend`).expect(200);
    const limited = await client.post(`/api/entries/${entry.id}/members/${ana.id}/guardian-link/resend`).expect(429);
    expect(limited.body.code).toBe('too_many_attempts');
    expect(limited.body.reason).toBe('common.too_many_attempts');
    expect(limited.body.params.retryAfterSeconds).toBeGreaterThan(0);
    expect(await guardianMails('grandma@example.org')).toHaveLength(3);
    // the limit is per member: the other member's guardian can still be emailed, and the next hour it opens again
    await sendLink(client, entry.id, krit.id, { guardianEmail: 'krit.dad@example.org' }).expect(200);
    await sendLink(client, entry.id, ana.id, { guardianEmail: 'grandpa@example.org' }).expect(429);
    t.clock.advance(3_600_000);
    await client.post(`/api/entries/${entry.id}/members/${ana.id}/guardian-link/resend`).expect(200);
  });

  it('has nothing to resend before a first email (409)', async () => {
    const { client, entry, ana } = await team();
    const res = await client.post(`/api/entries/${entry.id}/members/${ana.id}/guardian-link/resend`).expect(409);
    expect(res.body).toMatchObject({ code: 'conflict', reason: 'consents.nothing_to_resend', params: {} });
  });

  it('voids the old link when the team changes the address', async () => {
    const { client, entry, ana } = await team();
    await sendLink(client, entry.id, ana.id, { guardianEmail: 'typo@exmaple.org' }).expect(200);
    const old = await guardianTokenFromOutbox(t, 'typo@exmaple.org');
    const changed = (await sendLink(client, entry.id, ana.id, { guardianEmail: 'mother@example.org', language: 'en' }).expect(200)).body;
    expect(changed.members[0].guardianConsent.sentTo).toBe('m•••@example.org');
    expect((await t.anon.post('/api/guardian-consents/preview').send({ token: old }).expect(404)).body).toMatchObject({
      code: 'not_found',
      reason: 'consents.link_invalid',
    });
    await give(old).expect(404);
    await give(await guardianTokenFromOutbox(t, 'mother@example.org')).expect(200);
    const audit = await t.db.getRepository(AuditEvent).find({ where: { subjectId: entry.id, action: 'consent.guardian_link_sent' }, order: { id: 'ASC' } });
    expect(audit[1]).toMatchObject({ before: { to: 't•••@exmaple.org' }, after: { to: 'm•••@example.org', addressChanged: true } });
  });
});

describe("the guardian's answer", () => {
  it('records a refusal with its time, shows it to the team, and still lets the guardian agree later', async () => {
    const { client, entry, ana } = await team();
    await sendLink(client, entry.id, ana.id, { guardianEmail: 'dad.ananya@example.org' }).expect(200);
    const token = await guardianTokenFromOutbox(t, 'dad.ananya@example.org');
    t.clock.advance(3_600_000);
    const refused = (await t.anon.post('/api/guardian-consents/refuse').send({ token, agree: false }).expect(200)).body;
    expect(refused).toMatchObject({ status: 'refused', refusedAt: new Date(T0.getTime() + 3_600_000).toISOString(), givenAt: null });
    expect((await t.anon.post('/api/guardian-consents/refuse').send({ token, agree: false }).expect(409)).body.reason).toBe('consents.nothing_to_decline');
    await t.anon.post('/api/guardian-consents/refuse').send({ token, agree: true }).expect(400);
    await t.anon.post('/api/guardian-consents/refuse').send({ token: 'short' }).expect(400);

    const seen = (await client.get(`/api/entries/${entry.id}`).expect(200)).body;
    expect(seen.members[0].guardianConsent).toMatchObject({
      status: 'refused',
      refusedAt: new Date(T0.getTime() + 3_600_000).toISOString(),
      method: 'email_link',
    });
    expect(seen.checklist).toContainEqual(expect.objectContaining({ code: 'guardian_consent_missing', params: { name: 'Ananya Srisuk' } }));
    expect(await t.db.getRepository(AuditEvent).countBy({ subjectId: entry.id, action: 'consent.guardian_refused' })).toBe(1);

    // the guardian changes their mind through the same link; then withdraws, as before
    expect((await give(token).expect(200)).body.status).toBe('given');
    expect((await give(token).expect(409)).body.reason).toBe('consents.already_given');
    expect((await t.anon.post('/api/guardian-consents/refuse').send({ token, agree: false }).expect(409)).body.reason).toBe('consents.already_given');
    expect((await t.anon.post('/api/guardian-consents/withdraw').send({ token }).expect(200)).body.status).toBe('withdrawn');
    // a withdrawn consent takes a new link to give again; there is nothing left to withdraw or decline
    expect((await give(token).expect(409)).body).toMatchObject({ code: 'conflict', reason: 'consents.withdrawn', params: {} });
    expect((await t.anon.post('/api/guardian-consents/withdraw').send({ token }).expect(409)).body.reason).toBe('consents.nothing_to_withdraw');
    expect((await t.anon.post('/api/guardian-consents/refuse').send({ token, agree: false }).expect(409)).body.reason).toBe('consents.nothing_to_decline');
  });

  it('keeps the ledger: method, address, time, text version and language', async () => {
    const { client, entry, ana } = await team();
    await sendLink(client, entry.id, ana.id, { guardianEmail: 'malee@example.org', language: 'km' }).expect(200);
    const token = await guardianTokenFromOutbox(t, 'malee@example.org');
    // asked in Khmer, whose consent text is not approved: no text in its place, and the languages that have one
    const preview = (await t.anon.post('/api/guardian-consents/preview').send({ token }).expect(200)).body;
    expect(preview).toMatchObject({ status: 'requested', language: 'km', consentText: null, textVersion: null, languages: ['en'], refusedAt: null });
    expect((await t.anon.post('/api/guardian-consents/preview').send({ token, language: 'en' }).expect(200)).body).toMatchObject({
      textVersion: '2027-01',
      textLanguage: 'en',
    });
    t.clock.advance(2 * 3_600_000);
    await give(token).expect(200);
    const row = await t.db.getRepository(Consent).findOneByOrFail({ memberId: ana.id, kind: 'guardian' });
    expect(row).toMatchObject({
      status: 'given',
      method: 'email_link',
      guardianEmail: 'malee@example.org',
      emailLanguage: 'km',
      linkSentAt: T0,
      givenAt: new Date(T0.getTime() + 2 * 3_600_000),
      givenByName: 'Malee Srisuk',
      guardianRelationship: 'mother',
      textVersion: '2027-01',
      textLanguage: 'en',
    });
    const seen = (await client.get(`/api/entries/${entry.id}`).expect(200)).body.members[0].guardianConsent;
    expect(seen).toMatchObject({
      status: 'given',
      method: 'email_link',
      sentTo: 'm•••@example.org',
      textVersion: '2027-01',
      textLanguage: 'en',
      emailLanguage: 'km',
    });
  });
});

describe('coordinators', () => {
  async function readyToSubmit(o: Awaited<ReturnType<typeof team>>) {
    for (const m of [o.ana, o.krit]) {
      await o.client.post(`/api/entries/${o.entry.id}/members/${m.id}/consent`).send({ agree: true }).expect(200);
      const email = `guardian.${m.id.slice(0, 6)}@example.org`;
      await sendLink(o.client, o.entry.id, m.id, { guardianEmail: email }).expect(200);
      await give(await guardianTokenFromOutbox(t, email), `Parent of ${m.fullName}`).expect(200);
    }
    const licence = (await t.anon.get(`/api/competitions/${competition.id}/licence`).expect(200)).body;
    await o.client.post(`/api/entries/${o.entry.id}/licence`).send({ licenceVersionId: licence.id }).expect(200);
    await t.db.getRepository(VideoAsset).insert({
      entryId: o.entry.id,
      status: 'ready',
      originalKey: `entries/${o.entry.id}/video/x/original`,
      fileName: 'film.mp4',
      uploadId: null,
      sizeBytes: 1000,
      sha256: null,
      probe: null,
      problems: null,
      webKey: null,
      posterKey: null,
      durationSeconds: 60,
      width: 1280,
      height: 720,
      progress: 1,
    });
    await t.db.getRepository(Subtitle).insert({ entryId: o.entry.id, language: 'en', objectKey: `entries/${o.entry.id}/subtitles/en.vtt`, cueCount: 10 });
  }

  it('see how each consent came, with the full address, and can ask for a signed form, which closes the email route', async () => {
    const o = await team();
    await sendLink(o.client, o.entry.id, o.ana.id, { guardianEmail: 'malee@family.example.org' }).expect(200);
    const token = await guardianTokenFromOutbox(t, 'malee@family.example.org');
    const coordinator = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
    const seen = (await coordinator.get(`/api/entries/${o.entry.id}`).expect(200)).body;
    expect(seen.members[0].guardianConsent).toMatchObject({ method: 'email_link', sentTo: 'malee@family.example.org', status: 'requested' });
    expect(seen.members[0].consent).toMatchObject({ status: 'none', method: null });

    const required = (await coordinator.post(`/api/entries/${o.entry.id}/members/${o.ana.id}/guardian-consent/require-form`).expect(200)).body;
    expect(required.members[0].guardianConsent).toMatchObject({ status: 'form_required', method: 'signed_form', formRequired: true });
    await t.anon.post('/api/guardian-consents/preview').send({ token }).expect(404);
    // the team sees it, and the email-link route is closed for this member (not for the other)
    const teamView = (await o.client.get(`/api/entries/${o.entry.id}`).expect(200)).body;
    expect(teamView.members[0].guardianConsent).toMatchObject({ status: 'form_required', formRequired: true });
    expect((await sendLink(o.client, o.entry.id, o.ana.id, { guardianEmail: 'malee@family.example.org' }).expect(409)).body.reason).toBe(
      'consents.signed_form_required',
    );
    expect((await o.client.post(`/api/entries/${o.entry.id}/members/${o.ana.id}/guardian-link/resend`).expect(409)).body.reason).toBe(
      'consents.signed_form_required',
    );
    await sendLink(o.client, o.entry.id, o.krit.id, { guardianEmail: 'krit.mum@family.example.org' }).expect(200);
    // the signed form route stays as it is: the team uploads, the coordinator verifies
    const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const up = (
      await o.client
        .post(`/api/entries/${o.entry.id}/members/${o.ana.id}/guardian-form`)
        .attach('file', PDF, { filename: 'consent.pdf', contentType: 'application/pdf' })
        .expect(200)
    ).body;
    expect(up.members[0].guardianConsent).toMatchObject({ status: 'pending_verification', method: 'signed_form', formRequired: true });
    const verified = (
      await coordinator.post(`/api/entries/${o.entry.id}/consents/${up.members[0].guardianConsent.id}/verify`).send({ decision: 'accept' }).expect(200)
    ).body;
    expect(verified.members[0].guardianConsent).toMatchObject({ status: 'given', method: 'signed_form' });
    expect(
      (await coordinator.post(`/api/entries/${o.entry.id}/members/${o.ana.id}/guardian-consent/require-form`).expect(200)).body.members[0].guardianConsent
        .status,
    ).toBe('given');
    expect(await t.db.getRepository(AuditEvent).countBy({ subjectId: o.entry.id, action: 'consent.signed_form_required' })).toBe(1);
  });

  it('turn a consent given by link on a submitted entry into a form to upload: the work is no longer cleared until verified', async () => {
    const o = await team();
    await readyToSubmit(o);
    await o.client.post(`/api/entries/${o.entry.id}/submit`).expect(200);
    expect(await isCleared(o.entry.id)).toBe(true);
    const coordinator = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
    const res = (await coordinator.post(`/api/entries/${o.entry.id}/members/${o.krit.id}/guardian-consent/require-form`).expect(200)).body;
    expect(res.members[1].guardianConsent).toMatchObject({ status: 'form_required', givenAt: null, givenByName: null });
    expect(await isCleared(o.entry.id)).toBe(false);
    const audit = await t.db.getRepository(AuditEvent).findOneByOrFail({ subjectId: o.entry.id, action: 'consent.signed_form_required' });
    expect(audit.before).toMatchObject({ status: 'given', method: 'email_link' });
    // the submitted entry still takes the form for this member, and only for this member
    const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
    await o.client
      .post(`/api/entries/${o.entry.id}/members/${o.krit.id}/guardian-form`)
      .attach('file', PDF, { filename: 'k.pdf', contentType: 'application/pdf' })
      .expect(200);
    await o.client
      .post(`/api/entries/${o.entry.id}/members/${o.ana.id}/guardian-form`)
      .attach('file', PDF, { filename: 'a.pdf', contentType: 'application/pdf' })
      .expect(409);
    const pending = (await o.client.get(`/api/entries/${o.entry.id}`).expect(200)).body.members[1].guardianConsent;
    await coordinator.post(`/api/entries/${o.entry.id}/consents/${pending.id}/verify`).send({ decision: 'accept' }).expect(200);
    expect(await isCleared(o.entry.id)).toBe(true);
  });

  it('refuse a form upload once the entry is withdrawn (entries.withdrawn_locked)', async () => {
    const o = await team();
    await readyToSubmit(o);
    await o.client.post(`/api/entries/${o.entry.id}/submit`).expect(200);
    const coordinator = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
    await coordinator.post(`/api/entries/${o.entry.id}/members/${o.ana.id}/guardian-consent/require-form`).expect(200);
    await o.client.post(`/api/entries/${o.entry.id}/withdraw`).expect(200);
    const res = await o.client
      .post(`/api/entries/${o.entry.id}/members/${o.ana.id}/guardian-form`)
      .attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), { filename: 'a.pdf', contentType: 'application/pdf' })
      .expect(409);
    expect(res.body).toMatchObject({ code: 'conflict', reason: 'entries.withdrawn_locked', params: {} });
  });

  it('of another country cannot see or require (404), the team cannot require (403), adults need no form (422)', async () => {
    const o = await team();
    const other = (await clientAs(t, { role: 'coordinator', countryCode: 'JP' })).client;
    await other.post(`/api/entries/${o.entry.id}/members/${o.ana.id}/guardian-consent/require-form`).expect(404);
    await o.client.post(`/api/entries/${o.entry.id}/members/${o.ana.id}/guardian-consent/require-form`).expect(403);
    const coordinator = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
    await coordinator.post(`/api/entries/${o.entry.id}/members/00000000-0000-4000-8000-000000000000/guardian-consent/require-form`).expect(404);
    await o.client
      .put(`/api/entries/${o.entry.id}/members`)
      .send({
        members: [
          { id: o.ana.id, fullName: 'Ananya Srisuk', role: 'director', dateOfBirth: '2011-02-01' },
          { fullName: 'Grown Up', role: 'editor', dateOfBirth: '2000-01-01' },
        ],
      })
      .expect(200);
    const adult = (await o.client.get(`/api/entries/${o.entry.id}`)).body.members[1];
    expect((await coordinator.post(`/api/entries/${o.entry.id}/members/${adult.id}/guardian-consent/require-form`).expect(422)).body).toMatchObject({
      reason: 'consents.not_a_minor',
      params: { name: 'Grown Up' },
    });
    // nor a link, nor a form of their guardian
    expect((await sendLink(o.client, o.entry.id, adult.id, { guardianEmail: 'parent@example.org' }).expect(422)).body).toMatchObject({
      reason: 'consents.not_a_minor',
      params: { name: 'Grown Up' },
    });
  });
});
