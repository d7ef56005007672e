import { readFileSync } from 'node:fs';
import { createTestApp, T0, type TestApp } from './harness/test-app.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';
import { User } from '../src/accounts/user.entity.js';

/** Emails are written in the reader's language: the saved interface language, or the one the sender chose for them. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(T0));

type Catalog = { [k: string]: string | Catalog };
const catalog = (lang: string): Catalog => JSON.parse(readFileSync(new URL(`../src/mail/locales/${lang}.json`, import.meta.url), 'utf8')) as Catalog;
const text = (lang: string, key: string): string => key.split('.').reduce<string | Catalog>((node, k) => (node as Catalog)[k], catalog(lang)) as string;
/** the fixed part of a template: what comes before its first placeholder */
const stem = (template: string) => template.split('{{')[0];

const latest = (to: string, kind: string) => t.db.getRepository(OutboxMessage).findOneOrFail({ where: { to, kind }, order: { createdAt: 'DESC' } });

describe('saving the interface language', () => {
  it('saves one of the 14 locales for the signed-in user and shows it on me', async () => {
    const { client, user } = await clientAs(t, { role: 'student', countryCode: 'TH' });
    const res = await client.put('/api/auth/me/locale').send({ locale: 'th' }).expect(200);
    expect(res.body.locale).toBe('th');
    expect((await t.db.getRepository(User).findOneByOrFail({ id: user.id })).locale).toBe('th');
    expect((await client.put('/api/auth/me/locale').send({ locale: 'zh-Hans' }).expect(200)).body.locale).toBe('zh-Hans');
  });

  it.each([
    [{ locale: 'klingon' }, /locale must be one of en, ja, id/],
    [{ locale: '' }, /locale must be one of/],
    [{}, /locale must be one of/],
    [{ locale: 7 }, /locale must be one of/],
  ])('refuses %j with 400 and keeps the saved language', async (body, message) => {
    const { client, user } = await clientAs(t, { role: 'teacher', countryCode: 'VN' });
    await client.put('/api/auth/me/locale').send({ locale: 'vi' }).expect(200);
    const res = await client.put('/api/auth/me/locale').send(body).expect(400);
    expect(res.body.message).toBe('Please correct: locale.');
    expect(res.body.fields[0].messages.join(' ')).toMatch(message);
    expect((await t.db.getRepository(User).findOneByOrFail({ id: user.id })).locale).toBe('vi');
  });

  it('needs a session', async () => {
    await t.anon.put('/api/auth/me/locale').send({ locale: 'th' }).expect(401);
  });
});

describe('emails in the reader language', () => {
  it('writes the verification email in the saved language, with the expiry in its script and time zone', async () => {
    const { client, user } = await clientAs(t, { role: 'student', countryCode: 'KH' });
    await client.put('/api/auth/me/locale').send({ locale: 'km' }).expect(200);
    await client.post('/api/auth/email-verification').expect(200);
    const message = await latest(user.email, 'email-verification');
    expect(message.subject).toBe(text('km', 'emailVerification.subject'));
    expect(message.text).toContain(text('km', 'emailVerification.ask'));
    expect(message.text).toContain(stem(text('km', 'greeting')));
    const expiry = new Date(T0.getTime() + 48 * 3_600_000);
    const when = new Intl.DateTimeFormat('km', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    }).format(expiry);
    expect(message.text).toContain(when);
    expect(message.text).toMatch(/UTC/);
    expect(message.text).not.toContain('Please confirm');
  });

  it('writes the guardian email in the language the team chose, else in the asking member language', async () => {
    const competition = await makeCompetition(t, {
      countryCodes: ['TH'],
      categories: [{ minAge: 13, maxAge: 17 }],
      name: { en: 'Cyber Safe Video Awards', th: 'ประกวดวิดีโอความปลอดภัยไซเบอร์' },
    });
    const categoryId = (await t.anon.get(`/api/competitions/${competition.id}`).expect(200)).body.categories[0].id;
    const { client } = await clientAs(t, { role: 'student', countryCode: 'TH' });
    await client.put('/api/auth/me/locale').send({ locale: 'th' }).expect(200);
    const entry = (
      await client
        .post('/api/entries')
        .send({
          competitionId: competition.id,
          categoryId,
          title: 'คิดก่อนคลิก',
          synopsisOriginal: 'เรื่องสั้น',
          synopsisEnglish: 'A short story.',
          videoLanguage: 'th',
          sources: 'All our own work.',
          members: [{ fullName: 'Malee Srisuk', role: 'director', dateOfBirth: '2012-02-01' }],
        })
        .expect(201)
    ).body;
    const member = entry.members[0];
    // no language given: the asking member saved Thai
    await client.post(`/api/entries/${entry.id}/members/${member.id}/guardian-link`).send({ guardianEmail: 'mae.malee@example.org' }).expect(200);
    const thai = await latest('mae.malee@example.org', 'guardian-consent');
    expect(thai.subject).toBe(text('th', 'guardianConsent.subject').replace('{{name}}', 'Malee Srisuk').replace('{{title}}', 'คิดก่อนคลิก'));
    expect(thai.text).toContain('ประกวดวิดีโอความปลอดภัยไซเบอร์'); // the competition's Thai name
    expect(thai.text).toContain(text('th', 'guardianConsent.ask'));
    // the team chose Burmese for this guardian
    await client
      .post(`/api/entries/${entry.id}/members/${member.id}/guardian-link`)
      .send({ guardianEmail: 'guardian.my@example.org', language: 'my' })
      .expect(200);
    const burmese = await latest('guardian.my@example.org', 'guardian-consent');
    expect(burmese.text).toContain(text('my', 'guardianConsent.ask'));
    expect(burmese.text).toContain('Cyber Safe Video Awards'); // no Burmese name: English
    // a language we do not have is refused, and nothing is sent
    const bad = await client
      .post(`/api/entries/${entry.id}/members/${member.id}/guardian-link`)
      .send({ guardianEmail: 'nobody@example.org', language: 'xx' })
      .expect(400);
    expect(bad.body.fields[0].messages.join(' ')).toMatch(/language must be one of/);
    expect(await t.db.getRepository(OutboxMessage).countBy({ to: 'nobody@example.org' })).toBe(0);
  });

  it('writes an invitation in the language the organiser chose, naming the role and country in it', async () => {
    const { client } = await clientAs(t, { role: 'organiser', countryCode: 'JP', displayName: 'Aiko Organiser' });
    await client.post('/api/invitations').send({ email: 'judge.vi@example.org', role: 'judge', countryCode: 'VN', language: 'vi' }).expect(201);
    const message = await latest('judge.vi@example.org', 'invitation');
    const role = text('vi', 'roles.judge');
    expect(message.subject).toBe(text('vi', 'invitation.subject').replace('{{role}}', role));
    expect(message.text).toContain(new Intl.DisplayNames(['vi'], { type: 'region' }).of('VN'));
    expect(message.text).toContain('Aiko Organiser');
    // without a choice: the organiser's own language (English here)
    await client.post('/api/invitations').send({ email: 'judge.en@example.org', role: 'judge' }).expect(201);
    expect((await latest('judge.en@example.org', 'invitation')).subject).toBe('You are invited to Clapper as a judge');
    const bad = await client.post('/api/invitations').send({ email: 'judge.xx@example.org', role: 'judge', language: 'klingon' }).expect(400);
    expect(bad.body.fields[0].messages.join(' ')).toMatch(/language must be one of/);
  });
});
