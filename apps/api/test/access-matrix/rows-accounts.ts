import { randomBytes } from 'node:crypto';
import { RoleGrant } from '../../src/accounts/role-grant.entity.js';
import { OutboxMessage } from '../../src/mail/outbox-message.entity.js';
import { makeUser, PASSWORD, sessionFor } from '../harness/factories.js';
import { mailedToken } from '../harness/outbox.js';
import { EVERYONE, SIGNED_IN, type Row, type Who } from './row.js';
import { SCHOOL, type World } from './world.js';

const MANAGERS: Who[] = ['coordinator', 'organiser'];
const NEW_PASSWORD = 'lotus-river-lantern-51';
const email = (stem: string) => `${stem}.${randomBytes(4).toString('hex')}@example.org`;

/** The account of a signed-in persona of this kind, on a session of its own (the call ends or changes it). */
const ownSession = async (w: World, who: Who) => w.another(who as Exclude<Who, 'anonymous'>);

/** A session to lose: calls that sign someone in end the session they came with. */
const throwaway = async (w: World, who: Who) => (who === 'anonymous' ? undefined : (await ownSession(w, who)).client);

/** A teacher's request to act for the world's school, waiting for the coordinator. */
async function teacherRequest(w: World): Promise<string> {
  const user = await makeUser(w.t, { role: 'teacher', countryCode: 'TH', schoolName: SCHOOL, grantStatus: 'pending' });
  return (await w.t.db.getRepository(RoleGrant).findOneByOrFail({ userId: user.id, role: 'teacher' })).id;
}

/** Accounts, sign-in, sessions, invitations, teachers' requests, countries and schools, the audit log. */
export const accountsRows: Row[] = [
  { method: 'get', op: '/api/health', allowed: EVERYONE, call: () => ({ path: '/api/health' }) },
  { method: 'get', op: '/api/health/live', allowed: EVERYONE, call: () => ({ path: '/api/health/live' }) },
  { method: 'get', op: '/api/health/ready', allowed: EVERYONE, call: () => ({ path: '/api/health/ready' }) },
  {
    method: 'post',
    op: '/api/auth/sign-up',
    allowed: EVERYONE,
    call: () => ({
      path: '/api/auth/sign-up',
      body: {
        email: email('new.student'),
        password: 'violet-kettle-harbour-92',
        displayName: 'Ana S.',
        role: 'student',
        countryCode: 'TH',
        schoolName: SCHOOL,
        dateOfBirth: '2010-05-14',
      },
    }),
  },
  {
    method: 'post',
    op: '/api/auth/sign-up/resend',
    allowed: EVERYONE,
    call: async (w) => {
      const body = {
        email: email('resend'),
        password: 'violet-kettle-harbour-92',
        displayName: 'Ana S.',
        role: 'student',
        countryCode: 'TH',
        schoolName: SCHOOL,
        dateOfBirth: '2010-05-14',
      };
      await w.t.anon.post('/api/auth/sign-up').send(body).expect(202);
      return { path: '/api/auth/sign-up/resend', body: { email: body.email } };
    },
  },
  {
    method: 'post',
    op: '/api/auth/password-reset',
    allowed: EVERYONE,
    call: async (w) => ({ path: '/api/auth/password-reset', body: { email: (await makeUser(w.t, { role: 'student' })).email } }),
  },
  {
    method: 'post',
    op: '/api/auth/password-reset/confirm',
    allowed: EVERYONE,
    call: async (w, who) => {
      const user = await makeUser(w.t, { role: 'student', email: email('reset') });
      await w.t.anon.post('/api/auth/password-reset').send({ email: user.email }).expect(202);
      return {
        path: '/api/auth/password-reset/confirm',
        body: { token: await mailedToken(w.t, user.email, 'password-reset', '/reset-password/'), password: NEW_PASSWORD },
        as: await throwaway(w, who),
      };
    },
  },
  {
    method: 'post',
    op: '/api/auth/sign-in',
    allowed: EVERYONE,
    // signing in replaces the session the request came with: a throwaway one
    call: async (w, who) => ({
      path: '/api/auth/sign-in',
      body: { email: (await makeUser(w.t, { role: 'student' })).email, password: PASSWORD },
      as: await throwaway(w, who),
    }),
  },
  {
    method: 'post',
    op: '/api/auth/sign-out',
    allowed: SIGNED_IN,
    call: async (w, who) => ({ path: '/api/auth/sign-out', as: (await ownSession(w, who)).client }),
  },
  { method: 'get', op: '/api/auth/me', allowed: SIGNED_IN, call: () => ({ path: '/api/auth/me' }) },
  { method: 'put', op: '/api/auth/me/locale', allowed: SIGNED_IN, call: () => ({ path: '/api/auth/me/locale', body: { locale: 'en' } }) },
  {
    method: 'put',
    op: '/api/auth/me/password',
    allowed: SIGNED_IN,
    call: async (w, who) => ({
      path: '/api/auth/me/password',
      body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
      as: (await ownSession(w, who)).client,
    }),
  },
  {
    method: 'post',
    op: '/api/auth/email-verification',
    allowed: SIGNED_IN,
    call: async (w, who) => ({ path: '/api/auth/email-verification', as: (await ownSession(w, who)).client }),
  },
  {
    method: 'post',
    op: '/api/auth/email-verification/confirm',
    allowed: EVERYONE,
    call: async (w, who) => {
      const { user, client } = await w.another('student');
      await client.post('/api/auth/email-verification').expect(200);
      return {
        path: '/api/auth/email-verification/confirm',
        body: { token: await mailedToken(w.t, user.email, 'email-verification', '/verify-email/') },
        as: await throwaway(w, who),
      };
    },
  },
  { method: 'get', op: '/api/auth/sessions', allowed: SIGNED_IN, call: () => ({ path: '/api/auth/sessions' }) },
  {
    method: 'delete',
    op: '/api/auth/sessions/{id}',
    allowed: SIGNED_IN,
    // another session of the same account (a second device)
    call: async (w, who) => {
      const { user, client } = await ownSession(w, who);
      await w.t
        .as(await sessionFor(w.t, user))
        .get('/api/auth/me')
        .expect(200);
      const other = (await client.get('/api/auth/sessions').expect(200)).body.find((s: { current: boolean }) => !s.current);
      return { path: `/api/auth/sessions/${other.id}`, as: client };
    },
  },
  {
    method: 'post',
    op: '/api/auth/sessions/sign-out-others',
    allowed: SIGNED_IN,
    call: async (w, who) => ({ path: '/api/auth/sessions/sign-out-others', as: (await ownSession(w, who)).client }),
  },

  // invitations: organisers invite anyone, coordinators judges and teachers of their own country
  {
    method: 'post',
    op: '/api/invitations',
    allowed: MANAGERS,
    call: () => ({ path: '/api/invitations', body: { email: email('invited.judge'), role: 'judge', countryCode: 'TH' } }),
  },
  { method: 'get', op: '/api/invitations', allowed: MANAGERS, call: () => ({ path: '/api/invitations' }) },
  {
    method: 'delete',
    op: '/api/invitations/{id}',
    allowed: MANAGERS,
    call: async (w) => ({
      path: `/api/invitations/${
        (
          await w.clients.coordinator
            .post('/api/invitations')
            .send({ email: email('revoked'), role: 'judge', countryCode: 'TH' })
            .expect(201)
        ).body.id
      }`,
    }),
  },
  {
    method: 'post',
    op: '/api/invitations/preview',
    allowed: EVERYONE,
    call: async (w) => ({ path: '/api/invitations/preview', body: { token: await invitationToken(w) } }),
  },
  {
    method: 'post',
    op: '/api/invitations/accept',
    allowed: EVERYONE,
    call: async (w, who) => ({
      path: '/api/invitations/accept',
      body: { token: await invitationToken(w), displayName: 'Invited Judge', password: NEW_PASSWORD },
      as: await throwaway(w, who),
    }),
  },
  { method: 'get', op: '/api/admin/outbox', allowed: ['organiser'], call: () => ({ path: '/api/admin/outbox' }) },
  { method: 'get', op: '/api/users', allowed: MANAGERS, call: () => ({ path: '/api/users' }) },
  {
    method: 'patch',
    op: '/api/users/{id}/country',
    allowed: ['organiser'],
    call: async (w) => ({ path: `/api/users/${(await makeUser(w.t, { role: 'judge', countryCode: 'SG' })).id}/country`, body: { countryCode: 'TH' } }),
  },
  { method: 'get', op: '/api/teacher-requests', allowed: MANAGERS, call: () => ({ path: '/api/teacher-requests' }) },
  {
    method: 'post',
    op: '/api/teacher-requests/{id}/approve',
    allowed: MANAGERS,
    call: async (w) => ({ path: `/api/teacher-requests/${await teacherRequest(w)}/approve` }),
  },
  {
    method: 'post',
    op: '/api/teacher-requests/{id}/refuse',
    allowed: MANAGERS,
    call: async (w) => ({ path: `/api/teacher-requests/${await teacherRequest(w)}/refuse` }),
  },
  { method: 'get', op: '/api/audit', allowed: ['organiser'], call: () => ({ path: '/api/audit' }) },

  // countries and schools
  { method: 'get', op: '/api/countries', allowed: EVERYONE, call: () => ({ path: '/api/countries' }) },
  {
    method: 'post',
    op: '/api/countries',
    allowed: ['organiser'],
    call: () => ({ path: '/api/countries', body: { code: 'KR', names: { en: 'Republic of Korea' } } }),
  },
  {
    method: 'patch',
    op: '/api/countries/{code}',
    allowed: ['organiser'],
    call: () => ({ path: '/api/countries/TH', body: { names: { en: 'Thailand', ja: 'タイ' } } }),
  },
  { method: 'get', op: '/api/countries/{code}/overview', allowed: MANAGERS, call: () => ({ path: '/api/countries/TH/overview' }) },
  { method: 'get', op: '/api/schools', allowed: EVERYONE, call: () => ({ path: '/api/schools?country=TH&q=matrix' }) },
];

async function invitationToken(w: World): Promise<string> {
  const to = email('invitee');
  await w.clients.organiser.post('/api/invitations').send({ email: to, role: 'judge' }).expect(201);
  const message = await w.t.db.getRepository(OutboxMessage).findOneOrFail({ where: { to, kind: 'invitation' }, order: { createdAt: 'DESC' } });
  const match = /\/invite\/([A-Za-z0-9_-]+)/.exec(message.text);
  if (!match) throw new Error(`no invitation link in: ${message.text}`);
  return match[1];
}
