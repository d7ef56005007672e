import { BUILT_IN_TEXTS } from '@clapper/domain/legal-texts-built-in';
import { LOCALES } from '@clapper/domain/locales';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { Consent } from '../src/consents/consent.entity.js';
import { LegalText } from '../src/consents/legal-text.entity.js';
import { LegalTextsService } from '../src/consents/legal-texts.service.js';
import { LicenceGrant } from '../src/entries/licence.entity.js';
import { OutboxMessage } from '../src/mail/outbox-message.entity.js';
import type { Client } from './harness/test-app.js';
import { clientAs, makeCompetition } from './harness/factories.js';
import { guardianTokenFromOutbox } from './guardian-mail.js';
import { guardianSuite } from './guardian-consent-fixtures.js';

/**
 * Consent and licence texts per language (issue 17): version 1 is the platform's (English approved, the rest drafts);
 * organisers and the country's coordinators approve translations, never their own; an approved text is never edited
 * in place; people agree only to approved texts, and the ledger records the version and the language.
 */
const { suite, team, sendLink, guardianMails } = guardianSuite();
let organiser: Client;
let reviewer: Client;
let coordinator: Client;

beforeAll(async () => {
  organiser = (await clientAs(suite.t, { role: 'organiser', countryCode: null, displayName: 'Aiko Organiser' })).client;
  reviewer = (await clientAs(suite.t, { role: 'organiser', countryCode: null, displayName: 'Budi Reviewer' })).client;
  coordinator = (await clientAs(suite.t, { role: 'coordinator', countryCode: 'TH', displayName: 'Somchai Coordinator' })).client;
});

const textsPath = (id = suite.competition.id) => `/api/competitions/${id}/legal-texts`;
type Cell = {
  language: string;
  state: string;
  approved: { id: string; version: string } | null;
  draft: { id: string; version: string } | null;
  mayReview: boolean;
};
const cellOf = (body: { documents: { document: string; languages: Cell[] }[] }, document: string, language: string) =>
  body.documents.find((d) => d.document === document)!.languages.find((l) => l.language === language)!;

/** Approves a document's newest revision in a language, as `who`, expecting `status`: the answer's body. */
async function approve(who: Client, document: string, language: string, competitionId = suite.competition.id, status = 200) {
  const cell = cellOf((await who.get(textsPath(competitionId)).expect(200)).body, document, language);
  return (
    await who
      .post(`${textsPath(competitionId)}/${document}/${language}/approve`)
      .send({ textId: (cell.draft ?? cell.approved)!.id })
      .expect(status)
  ).body;
}

describe('version 1: the built-in texts', () => {
  it('gives a new competition every document in 14 languages: English approved by the platform, the rest drafted by Clapper', async () => {
    const c = await makeCompetition(suite.t, { countryCodes: ['TH'] });
    const rows = await suite.t.db.getRepository(LegalText).find({ where: { competitionId: c.id } });
    expect(rows).toHaveLength(3 * LOCALES.length);
    for (const row of rows) {
      expect(row).toMatchObject({ revision: 1, writtenBy: null, writtenByName: 'Clapper', approvedBy: null });
      expect(row.body).toBe(BUILT_IN_TEXTS[row.document][row.language as (typeof LOCALES)[number]].body);
      expect(row.approvedByName).toBe(row.language === 'en' ? 'Clapper' : null);
    }
    expect(await suite.t.app.get(LegalTextsService).approvedLanguages(c.id)).toEqual({
      participant_consent: ['en'],
      guardian_consent: ['en'],
      licence: ['en'],
    });
    const cell = cellOf((await organiser.get(textsPath(c.id)).expect(200)).body, 'guardian_consent', 'th');
    expect(cell).toMatchObject({
      state: 'drafted',
      approved: null,
      draft: { version: '2027-01', writtenByName: 'Clapper', approvedByName: null },
      mayReview: true,
    });
  });
});

describe('approving translations', () => {
  it('approves, keeps an approved text unchanged by adding a revision, refuses approving one’s own, and audits each step', async () => {
    const c = await makeCompetition(suite.t, { countryCodes: ['TH', 'JP'] });
    // the built-in Vietnamese draft, approved by an organiser: from now on a Vietnamese reader is shown it
    const approved = await approve(organiser, 'guardian_consent', 'vi', c.id, 200);
    expect(cellOf(approved, 'guardian_consent', 'vi')).toMatchObject({ state: 'approved', approved: { version: '2027-01', approvedByName: 'Aiko Organiser' } });
    const shown = (await suite.t.anon.get(`/api/competitions/${c.id}/agreement-texts/guardian_consent?language=vi`).expect(200)).body;
    expect(shown).toMatchObject({ language: 'vi', version: '2027-01', body: BUILT_IN_TEXTS.guardian_consent.vi.body, languages: ['en', 'vi'] });

    // an edit of the approved text is a new revision, a draft: readers still see the approved one
    const edited = `${BUILT_IN_TEXTS.guardian_consent.vi.body} (Bản sửa)`;
    const afterEdit = (
      await organiser
        .put(`${textsPath(c.id)}/guardian_consent/vi`)
        .send({ body: edited })
        .expect(200)
    ).body;
    expect(cellOf(afterEdit, 'guardian_consent', 'vi')).toMatchObject({
      state: 'revised',
      approved: { version: '2027-01' },
      draft: { version: '2027-01.2', revision: 2, writtenByName: 'Aiko Organiser', writtenByYou: true },
    });
    expect((await suite.t.anon.get(`/api/competitions/${c.id}/agreement-texts/guardian_consent?language=vi`).expect(200)).body.version).toBe('2027-01');

    // the writer cannot approve it; someone else can
    expect(await approve(organiser, 'guardian_consent', 'vi', c.id, 403)).toMatchObject({
      reason: 'consents.own_translation',
      params: { language: 'vi' },
    });
    expect(cellOf(await approve(reviewer, 'guardian_consent', 'vi', c.id, 200), 'guardian_consent', 'vi')).toMatchObject({
      state: 'approved',
      approved: { version: '2027-01.2', approvedByName: 'Budi Reviewer', writtenByName: 'Aiko Organiser' },
      draft: null,
    });
    const rows = await suite.t.db
      .getRepository(LegalText)
      .find({ where: { competitionId: c.id, document: 'guardian_consent', language: 'vi' }, order: { revision: 'ASC' } });
    expect(rows.map((r) => [r.revision, r.body === edited, r.approvedByName])).toEqual([
      [1, false, 'Aiko Organiser'],
      [2, true, 'Budi Reviewer'],
    ]);

    const audit = await suite.t.db.getRepository(AuditEvent).find({ where: { subjectId: c.id }, order: { id: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual(['legal_text.approved', 'legal_text.edited', 'legal_text.approved']);
    expect(audit[1].after).toMatchObject({ document: 'guardian_consent', language: 'vi', revision: 2, body: edited });
  });

  it('refuses approving a revision that is no longer the newest, and a language with no text', async () => {
    const c = await makeCompetition(suite.t, { countryCodes: ['TH'] });
    const first = cellOf((await organiser.get(textsPath(c.id)).expect(200)).body, 'licence', 'th').draft!.id;
    // a draft is changed in place (no one has agreed to it): the same revision, now written by the reviewer
    await reviewer
      .put(`${textsPath(c.id)}/licence/th`)
      .send({ title: 'สัญญาอนุญาต', body: 'ข้อความใหม่' })
      .expect(200);
    expect(cellOf((await organiser.get(textsPath(c.id)).expect(200)).body, 'licence', 'th').draft).toMatchObject({
      id: first,
      version: '1',
      writtenByName: 'Budi Reviewer',
    });
    await organiser
      .post(`${textsPath(c.id)}/licence/th/approve`)
      .send({ textId: first })
      .expect(200);
    await reviewer
      .put(`${textsPath(c.id)}/licence/th`)
      .send({ title: 'สัญญาอนุญาต', body: 'ข้อความฉบับที่สอง' })
      .expect(200);
    expect(
      (
        await organiser
          .post(`${textsPath(c.id)}/licence/th/approve`)
          .send({ textId: first })
          .expect(409)
      ).body,
    ).toMatchObject({
      reason: 'consents.text_stale',
      params: { version: '1.2', language: 'th' },
    });
    // the licence needs its title
    expect(
      (
        await organiser
          .put(`${textsPath(c.id)}/licence/th`)
          .send({ body: 'ไม่มีชื่อ' })
          .expect(400)
      ).body.fields[0],
    ).toMatchObject({
      field: 'title',
      problems: [{ reason: 'field.required' }],
    });

    await suite.t.db.getRepository(LegalText).delete({ competitionId: c.id, language: 'lo' });
    expect(
      (
        await organiser
          .post(`${textsPath(c.id)}/participant_consent/lo/approve`)
          .send({ textId: first })
          .expect(409)
      ).body,
    ).toMatchObject({
      reason: 'consents.text_missing',
      params: { language: 'lo' },
    });
  });

  it('lets a coordinator review their country’s languages only, and keeps other competitions’ texts out of reach', async () => {
    const c = await makeCompetition(suite.t, { countryCodes: ['TH', 'JP'] });
    const seen = (await coordinator.get(textsPath(c.id)).expect(200)).body;
    expect(cellOf(seen, 'guardian_consent', 'th').mayReview).toBe(true);
    expect(cellOf(seen, 'guardian_consent', 'ja').mayReview).toBe(false);
    expect(cellOf(seen, 'guardian_consent', 'en').mayReview).toBe(false);
    await approve(coordinator, 'guardian_consent', 'th', c.id, 200);
    expect((await approve(coordinator, 'guardian_consent', 'ja', c.id, 403)).reason).toBe('common.forbidden');
    expect(
      (
        await coordinator
          .put(`${textsPath(c.id)}/guardian_consent/en`)
          .send({ body: 'Changed' })
          .expect(403)
      ).body.reason,
    ).toBe('common.forbidden');

    // a competition Thailand does not take part in: its texts, and an id of one of them, are not found
    const other = await makeCompetition(suite.t, { countryCodes: ['JP'] });
    expect((await coordinator.get(textsPath(other.id)).expect(404)).body).toMatchObject({ reason: 'common.not_found', params: { thing: 'competition' } });
    await coordinator
      .put(`${textsPath(other.id)}/guardian_consent/th`)
      .send({ body: 'ยึด' })
      .expect(404);
    const foreign = cellOf((await organiser.get(textsPath(other.id)).expect(200)).body, 'guardian_consent', 'th').draft!.id;
    await coordinator
      .post(`${textsPath(c.id)}/guardian_consent/th/approve`)
      .send({ textId: foreign })
      .expect(404);
    const student = (await clientAs(suite.t, { role: 'student', countryCode: 'TH' })).client;
    await student.get(textsPath(c.id)).expect(403);
    expect((await suite.t.db.getRepository(LegalText).findOneByOrFail({ id: foreign })).approvedAt).toBeNull();
  });

  it('refuses an unknown language, naming it, and an unknown document', async () => {
    const refusals = [
      await organiser.put(`${textsPath()}/guardian_consent/xx`).send({ body: 'Text' }),
      await organiser.post(`${textsPath()}/guardian_consent/klingon/approve`).send({ textId: '00000000-0000-4000-8000-000000000000' }),
      await suite.t.anon.get(`/api/competitions/${suite.competition.id}/agreement-texts/licence?language=en-GB`),
    ];
    expect(refusals.map((r) => [r.status, r.body.reason, r.body.params])).toEqual([
      [400, 'consents.unknown_language', { language: 'xx' }],
      [400, 'consents.unknown_language', { language: 'klingon' }],
      [400, 'consents.unknown_language', { language: 'en-GB' }],
    ]);
    expect((await organiser.put(`${textsPath()}/terms/th`).send({ body: 'Text' }).expect(404)).body.reason).toBe('common.not_found');
  });
});

describe('agreeing in the reader’s language', () => {
  beforeAll(async () => {
    await approve(coordinator, 'guardian_consent', 'th');
    await approve(coordinator, 'participant_consent', 'th');
    await approve(coordinator, 'licence', 'th');
  });

  it('shows the guardian the Thai text, records version and language, and emails the Thai text agreed to', async () => {
    const { client, entry, ana } = await team();
    await sendLink(client, entry.id, ana.id, { guardianEmail: 'malee.th@example.org', language: 'th' }).expect(200);
    const mail = (await guardianMails('malee.th@example.org')).at(-1)!;
    expect(mail.text).toMatch(/\/consent\/[A-Za-z0-9_-]{20,}\?lng=th/);
    const token = await guardianTokenFromOutbox(suite.t, 'malee.th@example.org');

    // the page opens in the language of the request: the Thai text
    const preview = (await suite.t.anon.post('/api/guardian-consents/preview').send({ token }).expect(200)).body;
    expect(preview).toMatchObject({
      language: 'th',
      consentText: BUILT_IN_TEXTS.guardian_consent.th.body,
      textVersion: '2027-01',
      textLanguage: 'th',
      languages: ['en', 'th'],
      requestedLanguage: 'th',
    });
    // a language with no approved text: no text at all, and the languages that have one
    expect((await suite.t.anon.post('/api/guardian-consents/preview').send({ token, language: 'km' }).expect(200)).body).toMatchObject({
      language: 'km',
      consentText: null,
      textVersion: null,
      textLanguage: null,
      languages: ['en', 'th'],
    });

    await suite.t.anon
      .post('/api/guardian-consents/give')
      .send({ token, guardianName: 'มาลี ศรีสุข', relationship: 'มารดา', agree: true, language: 'th', textVersion: '2027-01' })
      .expect(200);
    const row = await suite.t.db.getRepository(Consent).findOneByOrFail({ memberId: ana.id, kind: 'guardian' });
    const text = await suite.t.db.getRepository(LegalText).findOneByOrFail({ id: row.textId! });
    expect(row).toMatchObject({ status: 'given', textVersion: '2027-01', textLanguage: 'th' });
    expect(text).toMatchObject({
      document: 'guardian_consent',
      language: 'th',
      competitionId: suite.competition.id,
      body: BUILT_IN_TEXTS.guardian_consent.th.body,
    });

    // the coordinator's view of the ledger
    const seen = (await coordinator.get(`/api/entries/${entry.id}`).expect(200)).body.members[0].guardianConsent;
    expect(seen).toMatchObject({ status: 'given', textVersion: '2027-01', textLanguage: 'th' });

    // the guardian's copy: in Thai, with the Thai text agreed to
    const copy = (await suite.t.db.getRepository(OutboxMessage).find({ where: { to: 'malee.th@example.org' }, order: { createdAt: 'ASC' } })).at(-1)!;
    expect(copy.kind).not.toBe('guardian-consent');
    expect(copy.text).toContain(BUILT_IN_TEXTS.guardian_consent.th.body);
    expect(copy.text).toContain('ข้อความความยินยอมที่คุณยอมรับ (ไทย ฉบับที่ 2027-01)');
  });

  it('refuses agreeing to a text not approved in that language, a stale version, and an unknown language', async () => {
    const { client, entry, ana, krit } = await team();
    await sendLink(client, entry.id, ana.id, { guardianEmail: 'guardian.km@example.org', language: 'km' }).expect(200);
    const token = await guardianTokenFromOutbox(suite.t, 'guardian.km@example.org');
    const give = (body: object) =>
      suite.t.anon.post('/api/guardian-consents/give').send({ token, guardianName: 'Sokha Chan', relationship: 'mother', agree: true, ...body });

    expect((await give({ language: 'km' }).expect(409)).body).toMatchObject({
      reason: 'consents.text_not_approved',
      params: { language: 'km', languages: ['en', 'th'] },
    });
    expect((await give({ language: 'xx' }).expect(400)).body).toMatchObject({ reason: 'consents.unknown_language', params: { language: 'xx' } });
    expect((await give({ language: 'th', textVersion: '2026-09' }).expect(409)).body).toMatchObject({
      reason: 'consents.text_stale',
      params: { version: '2027-01', language: 'th' },
    });
    expect((await suite.t.anon.post('/api/guardian-consents/preview').send({ token, language: 'tlh' }).expect(400)).body.params).toEqual({ language: 'tlh' });
    expect((await suite.t.db.getRepository(Consent).findOneByOrFail({ memberId: ana.id, kind: 'guardian' })).status).toBe('requested');

    // "I do not agree" to the English text: recorded with its version and language
    await suite.t.anon.post('/api/guardian-consents/refuse').send({ token, agree: false, language: 'en', textVersion: '2027-01' }).expect(200);
    expect(await suite.t.db.getRepository(Consent).findOneByOrFail({ memberId: ana.id, kind: 'guardian' })).toMatchObject({
      status: 'refused',
      textVersion: '2027-01',
      textLanguage: 'en',
    });

    // the participant consent and the licence follow the same rule
    const participant = (body: object) => client.post(`/api/entries/${entry.id}/members/${krit.id}/consent`).send({ agree: true, ...body });
    expect((await participant({ language: 'ja' }).expect(409)).body.reason).toBe('consents.text_not_approved');
    await participant({ language: 'th', textVersion: '2027-01' }).expect(200);
    expect(await suite.t.db.getRepository(Consent).findOneByOrFail({ memberId: krit.id, kind: 'participant' })).toMatchObject({
      textVersion: '2027-01',
      textLanguage: 'th',
    });
    const licence = (await suite.t.anon.get(`/api/competitions/${suite.competition.id}/agreement-texts/licence?language=th`).expect(200)).body;
    expect(licence).toMatchObject({ language: 'th', version: '1', title: BUILT_IN_TEXTS.licence.th.title });
    const accept = (body: object) => client.post(`/api/entries/${entry.id}/licence`).send({ licenceVersionId: licence.licenceVersionId, ...body });
    expect((await accept({ language: 'vi' }).expect(409)).body.reason).toBe('consents.text_not_approved');
    expect((await accept({ language: 'th', textVersion: '0' }).expect(409)).body.reason).toBe('consents.text_stale');
    expect((await accept({ language: 'th', textVersion: '1' }).expect(200)).body.licence).toMatchObject({ accepted: true, textLanguage: 'th' });
    expect(await suite.t.db.getRepository(LicenceGrant).findOneByOrFail({ entryId: entry.id })).toMatchObject({
      textLanguage: 'th',
      legalTextId: licence.textId,
    });
  });
});
