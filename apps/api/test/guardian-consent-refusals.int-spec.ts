import type { TestApp } from './harness/test-app.js';
import { clientAs } from './harness/factories.js';
import { guardianSuite } from './guardian-consent-fixtures.js';
import { guardianTokenFromOutbox } from './guardian-mail.js';

/** The refusals of guardian consents (signed forms, links, answers), each with its reason and the facts a page needs. */
const { suite, team, sendLink, give } = guardianSuite();
let t: TestApp;
beforeAll(() => {
  t = suite.t;
});

describe('refusals, each with its reason and facts', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  const upload = (o: Awaited<ReturnType<typeof team>>, memberId: string, file: Buffer, filename = 'consent.pdf') =>
    o.client.post(`/api/entries/${o.entry.id}/members/${memberId}/guardian-form`).attach('file', file, { filename, contentType: 'application/pdf' });

  it('a signed form: not a PDF or image, too large, nothing waiting, a rejection without a reason, already verified, already given', async () => {
    const o = await team();
    expect((await upload(o, o.ana.id, Buffer.from('MZ this is really a program')).expect(415)).body).toMatchObject({
      code: 'unsupported_media_type',
      reason: 'consents.form_wrong_type',
      params: {},
    });
    expect((await upload(o, o.ana.id, Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])).expect(413)).body).toMatchObject({
      code: 'payload_too_large',
      reason: 'consents.form_too_large',
      params: { maxBytes: 10 * 1024 * 1024 },
    });
    const pending = (await upload(o, o.ana.id, PDF).expect(200)).body.members[0].guardianConsent;
    const coordinator = (await clientAs(t, { role: 'coordinator', countryCode: 'TH' })).client;
    const verify = (body: Record<string, unknown>) => coordinator.post(`/api/entries/${o.entry.id}/consents/${pending.id}/verify`).send(body);
    expect((await verify({ decision: 'reject' }).expect(400)).body.fields).toEqual([
      { field: 'reason', messages: ['tell the team why the form is rejected'], problems: [{ reason: 'field.required', params: {} }] },
    ]);
    await verify({ decision: 'accept' }).expect(200);
    expect((await verify({ decision: 'accept' }).expect(409)).body).toMatchObject({ reason: 'consents.no_form_waiting', params: {} });
    expect((await coordinator.post(`/api/entries/${o.entry.id}/members/${o.ana.id}/guardian-consent/require-form`).expect(409)).body).toMatchObject({
      reason: 'consents.form_already_verified',
      params: {},
    });
    expect((await upload(o, o.ana.id, PDF).expect(409)).body).toMatchObject({ reason: 'consents.already_given', params: {} });
    expect((await sendLink(o.client, o.entry.id, o.ana.id, { guardianEmail: 'malee@example.org' }).expect(409)).body.reason).toBe('consents.already_given');
  });

  it("a member's own consent: nothing to withdraw before it is given", async () => {
    const o = await team();
    expect((await o.client.delete(`/api/entries/${o.entry.id}/members/${o.ana.id}/consent`).expect(409)).body).toMatchObject({
      code: 'conflict',
      reason: 'consents.nothing_to_withdraw',
      params: {},
    });
  });

  it('a link past its time: 410 consents.link_expired, for the page and for every answer', async () => {
    const o = await team();
    await sendLink(o.client, o.entry.id, o.ana.id, { guardianEmail: 'late.mum@example.org' }).expect(200);
    const token = await guardianTokenFromOutbox(t, 'late.mum@example.org');
    t.clock.advance(31 * 24 * 3_600_000);
    expect((await t.anon.post('/api/guardian-consents/preview').send({ token }).expect(410)).body).toMatchObject({
      code: 'invitation_expired',
      reason: 'consents.link_expired',
      params: {},
    });
    expect((await give(token).expect(410)).body.reason).toBe('consents.link_expired');
  });
});
