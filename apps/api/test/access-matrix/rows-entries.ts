import { randomBytes } from 'node:crypto';
import { Consent } from '../../src/consents/consent.entity.js';
import { putPart } from '../videos-fixtures.js';
import { EVERYONE, UNAPPROVED, type Row, type Who } from './row.js';
import { PDF, SRT, type World } from './world.js';

/** The team (the owner and the school's approved teachers) and organisers change an entry. */
const TEAM: Who[] = ['student', 'teacher', 'organiser'];
/** ...and the country's coordinators see it. */
const VIEWERS: Who[] = ['student', 'teacher', 'coordinator', 'organiser'];
/** signed in, with a role the operation allows, but the entry is not theirs: 404, so ids reveal nothing */
const NOT_THEIRS: Who[] = ['judge', ...UNAPPROVED];

const guardianEmail = () => `guardian.${randomBytes(4).toString('hex')}@family.example.org`;
const file = (bytes: Buffer, filename: string, contentType: string) => ({ field: 'file', bytes, filename, contentType });

/** A fresh draft whose minor's guardian was emailed a link. */
async function linkSent(w: World) {
  const d = await w.draft();
  await w.clients.student.post(`/api/entries/${d.id}/members/${d.minorId}/guardian-link`).send({ guardianEmail: guardianEmail() }).expect(200);
  return d;
}

/** A fresh draft whose minor's guardian form was uploaded: the consent waits for the coordinator. */
async function formUploaded(w: World) {
  const d = await w.draft();
  const body = (
    await w.clients.student
      .post(`/api/entries/${d.id}/members/${d.minorId}/guardian-form`)
      .attach('file', PDF, { filename: 'consent.pdf', contentType: 'application/pdf' })
      .expect(200)
  ).body;
  return { ...d, consentId: body.members[1].guardianConsent.id as string };
}

/** A fresh draft with a video upload started. */
async function uploadStarted(w: World) {
  const d = await w.draft();
  const started = (
    await w.clients.student
      .post(`/api/entries/${d.id}/video/uploads`)
      .send({ fileName: 'our-video.mp4', sizeBytes: w.clip.length, contentType: 'video/mp4' })
      .expect(201)
  ).body;
  return { ...d, assetId: started.assetId as string, partCount: started.partCount as number };
}

/** Entries, consents and guardian links, videos and subtitles. */
export const entriesRows: Row[] = [
  {
    method: 'post',
    op: '/api/entries',
    allowed: ['student', 'teacher'],
    call: (w) => ({
      path: '/api/entries',
      body: { competitionId: w.competition.id, categoryId: w.categoryId, title: 'Think before you click', videoLanguage: 'th' },
    }),
  },
  { method: 'get', op: '/api/entries', allowed: VIEWERS, call: () => ({ path: '/api/entries' }) },
  { method: 'get', op: '/api/entries/{id}', allowed: VIEWERS, call: (w) => ({ path: `/api/entries/${w.entry.id}` }) },
  {
    method: 'patch',
    op: '/api/entries/{id}',
    allowed: TEAM,
    call: async (w) => ({ path: `/api/entries/${(await w.draft()).id}`, body: { title: 'Stop, think, click' } }),
  },
  {
    method: 'put',
    op: '/api/entries/{id}/members',
    allowed: TEAM,
    call: async (w) => {
      const d = await w.draft();
      return {
        path: `/api/entries/${d.id}/members`,
        body: { members: [{ id: d.adultId, fullName: 'Krit Boonmee', role: 'director', dateOfBirth: '2001-03-15' }] },
      };
    },
  },
  {
    method: 'post',
    op: '/api/entries/{id}/licence',
    allowed: TEAM,
    call: async (w) => ({
      path: `/api/entries/${(await w.draft()).id}/licence`,
      body: { licenceVersionId: (await w.t.anon.get(`/api/competitions/${w.competition.id}/licence`).expect(200)).body.id },
    }),
  },
  {
    method: 'put',
    op: '/api/entries/{id}/credits',
    allowed: TEAM,
    call: async (w) => ({ path: `/api/entries/${(await w.draft()).id}/credits`, body: { creditStyle: 'first_names', creditSchool: false } }),
  },
  {
    method: 'post',
    op: '/api/entries/{id}/submit',
    allowed: TEAM,
    // a draft with every requirement met: the cleared work, back to draft
    call: async (w) => ({ path: `/api/entries/${await w.readyDraft()}/submit` }),
  },
  {
    method: 'post',
    op: '/api/entries/{id}/withdraw',
    allowed: TEAM,
    call: async (w) => ({ path: `/api/entries/${(await w.draft({ status: 'submitted' })).id}/withdraw` }),
  },
  {
    method: 'post',
    op: '/api/entries/{id}/screening',
    allowed: ['coordinator', 'organiser'],
    call: async (w) => ({ path: `/api/entries/${(await w.draft({ status: 'submitted' })).id}/screening`, body: { decision: 'eligible' } }),
  },

  // the central list of entries, its review queue and bulk actions (organisers; coordinators for their country)
  {
    method: 'get',
    op: '/api/review/entries',
    allowed: ['coordinator', 'organiser'],
    call: (w) => ({ path: `/api/review/entries?competitionId=${w.competition.id}` }),
  },
  {
    method: 'get',
    op: '/api/review/entries/{id}/neighbours',
    allowed: ['coordinator', 'organiser'],
    call: (w) => ({ path: `/api/review/entries/${w.entry.id}/neighbours?competitionId=${w.competition.id}&sort=title` }),
  },
  {
    method: 'post',
    op: '/api/review/entries/bulk',
    allowed: ['coordinator', 'organiser'],
    call: async (w) => ({ path: '/api/review/entries/bulk', body: { entryIds: [(await w.draft({ status: 'submitted' })).id], action: 'eligible' } }),
  },
  {
    method: 'post',
    op: '/api/review/entries/export.csv',
    allowed: ['coordinator', 'organiser'],
    call: (w) => ({ path: '/api/review/entries/export.csv', body: { entryIds: [w.entry.id] } }),
  },

  // consents
  {
    method: 'post',
    op: '/api/entries/{id}/members/{memberId}/consent',
    allowed: TEAM,
    call: async (w) => {
      const d = await w.draft();
      return { path: `/api/entries/${d.id}/members/${d.adultId}/consent`, body: { agree: true } };
    },
  },
  {
    method: 'delete',
    op: '/api/entries/{id}/members/{memberId}/consent',
    allowed: TEAM,
    call: async (w) => {
      const d = await w.draft();
      await w.t.db.getRepository(Consent).insert({
        entryId: d.id,
        memberId: d.adultId,
        kind: 'participant',
        status: 'given',
        method: 'account',
        textVersion: 'v1',
        givenByName: 'Krit Boonmee',
        givenByUserId: w.users.student.id,
        givenAt: new Date(),
      });
      return { path: `/api/entries/${d.id}/members/${d.adultId}/consent` };
    },
  },
  {
    method: 'post',
    op: '/api/entries/{id}/members/{memberId}/guardian-link',
    allowed: TEAM,
    call: async (w) => {
      const d = await w.draft();
      return { path: `/api/entries/${d.id}/members/${d.minorId}/guardian-link`, body: { guardianEmail: guardianEmail() } };
    },
  },
  {
    method: 'post',
    op: '/api/entries/{id}/members/{memberId}/guardian-link/resend',
    allowed: TEAM,
    call: async (w) => {
      const d = await linkSent(w);
      return { path: `/api/entries/${d.id}/members/${d.minorId}/guardian-link/resend` };
    },
  },
  {
    method: 'post',
    op: '/api/entries/{id}/members/{memberId}/guardian-consent/require-form',
    allowed: ['coordinator', 'organiser'],
    call: async (w) => {
      const d = await linkSent(w);
      return { path: `/api/entries/${d.id}/members/${d.minorId}/guardian-consent/require-form` };
    },
  },
  {
    method: 'post',
    op: '/api/entries/{id}/members/{memberId}/guardian-form',
    allowed: TEAM,
    call: async (w) => {
      const d = await w.draft();
      return { path: `/api/entries/${d.id}/members/${d.minorId}/guardian-form`, file: file(PDF, 'consent.pdf', 'application/pdf') };
    },
  },
  {
    method: 'get',
    op: '/api/entries/{id}/consents/{consentId}/form',
    allowed: VIEWERS,
    call: (w) => ({ path: `/api/entries/${w.entry.id}/consents/${w.entry.formConsentId}/form` }),
  },
  {
    method: 'post',
    op: '/api/entries/{id}/consents/{consentId}/verify',
    allowed: ['coordinator', 'organiser'],
    call: async (w) => {
      const d = await formUploaded(w);
      return { path: `/api/entries/${d.id}/consents/${d.consentId}/verify`, body: { decision: 'accept' } };
    },
  },
  // the guardian, by the emailed link (no account)
  {
    method: 'post',
    op: '/api/guardian-consents/preview',
    allowed: EVERYONE,
    call: async (w) => ({ path: '/api/guardian-consents/preview', body: { token: await w.guardianToken() } }),
  },
  {
    method: 'post',
    op: '/api/guardian-consents/give',
    allowed: EVERYONE,
    call: async (w) => ({
      path: '/api/guardian-consents/give',
      body: { token: await w.guardianToken(), guardianName: 'Malee Srisuk', relationship: 'mother', agree: true },
    }),
  },
  {
    method: 'post',
    op: '/api/guardian-consents/refuse',
    allowed: EVERYONE,
    call: async (w) => ({ path: '/api/guardian-consents/refuse', body: { token: await w.guardianToken(), agree: false } }),
  },
  {
    method: 'post',
    op: '/api/guardian-consents/withdraw',
    allowed: EVERYONE,
    call: async (w) => {
      const token = await w.guardianToken();
      await w.t.anon.post('/api/guardian-consents/give').send({ token, guardianName: 'Malee Srisuk', relationship: 'mother', agree: true }).expect(200);
      return { path: '/api/guardian-consents/withdraw', body: { token } };
    },
  },

  // videos and subtitles: the team uploads; reads answer 404 to anyone signed in outside the entry
  {
    method: 'post',
    op: '/api/entries/{id}/video/uploads',
    allowed: TEAM,
    call: async (w) => ({
      path: `/api/entries/${(await w.draft()).id}/video/uploads`,
      body: { fileName: 'our-video.mp4', sizeBytes: w.clip.length, contentType: 'video/mp4' },
    }),
  },
  {
    method: 'post',
    op: '/api/entries/{id}/video/uploads/{assetId}/parts',
    allowed: TEAM,
    call: async (w) => {
      const u = await uploadStarted(w);
      return { path: `/api/entries/${u.id}/video/uploads/${u.assetId}/parts`, body: { partNumbers: [1] } };
    },
  },
  {
    method: 'get',
    op: '/api/entries/{id}/video/uploads/{assetId}/parts',
    allowed: TEAM,
    call: async (w) => {
      const u = await uploadStarted(w);
      return { path: `/api/entries/${u.id}/video/uploads/${u.assetId}/parts` };
    },
  },
  {
    method: 'post',
    op: '/api/entries/{id}/video/uploads/{assetId}/complete',
    allowed: TEAM,
    call: async (w) => {
      const u = await uploadStarted(w);
      const { body } = await w.clients.student
        .post(`/api/entries/${u.id}/video/uploads/${u.assetId}/parts`)
        .send({ partNumbers: [1] })
        .expect(200);
      const etag = await putPart(body.parts[0].url, w.clip);
      return { path: `/api/entries/${u.id}/video/uploads/${u.assetId}/complete`, body: { parts: [{ partNumber: 1, etag }] } };
    },
  },
  {
    method: 'delete',
    op: '/api/entries/{id}/video/uploads/{assetId}',
    allowed: TEAM,
    call: async (w) => {
      const u = await uploadStarted(w);
      return { path: `/api/entries/${u.id}/video/uploads/${u.assetId}` };
    },
  },
  {
    method: 'post',
    op: '/api/entries/{id}/video',
    allowed: TEAM,
    call: async (w) => ({ path: `/api/entries/${(await w.draft()).id}/video`, file: file(w.clip, 'Our film.mp4', 'video/mp4') }),
  },
  {
    method: 'get',
    op: '/api/entries/{id}/video',
    allowed: VIEWERS,
    outside: NOT_THEIRS,
    call: (w) => ({ path: `/api/entries/${w.published.work.entry.id}/video` }),
  },
  {
    method: 'get',
    op: '/api/entries/{id}/subtitles',
    allowed: VIEWERS,
    outside: NOT_THEIRS,
    call: (w) => ({ path: `/api/entries/${w.published.work.entry.id}/subtitles` }),
  },
  {
    method: 'post',
    op: '/api/entries/{id}/subtitles/{language}',
    allowed: TEAM,
    call: async (w) => ({ path: `/api/entries/${(await w.draft()).id}/subtitles/en`, file: file(SRT, 'en.srt', 'application/x-subrip') }),
  },
  {
    method: 'delete',
    op: '/api/entries/{id}/subtitles/{language}',
    allowed: TEAM,
    call: async (w) => {
      const d = await w.draft();
      await w.clients.student
        .post(`/api/entries/${d.id}/subtitles/en`)
        .attach('file', SRT, { filename: 'en.srt', contentType: 'application/x-subrip' })
        .expect(200);
      return { path: `/api/entries/${d.id}/subtitles/en` };
    },
  },
];
