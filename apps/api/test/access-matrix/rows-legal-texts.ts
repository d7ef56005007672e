import { LegalText } from '../../src/consents/legal-text.entity.js';
import { makeCompetition } from '../harness/factories.js';
import { EVERYONE, type Row } from './row.js';
import type { World } from './world.js';

const REVIEWERS = ['coordinator' as const, 'organiser' as const];

/** A fresh competition of Thailand's, and its built-in Thai guardian consent draft (written by Clapper, so anyone may approve it). */
async function thaiDraft(w: World): Promise<{ competitionId: string; textId: string }> {
  const c = await makeCompetition(w.t, { countryCodes: ['TH'] });
  const text = await w.t.db.getRepository(LegalText).findOneByOrFail({ competitionId: c.id, document: 'guardian_consent', language: 'th' });
  return { competitionId: c.id, textId: text.id };
}

/** The consent and licence texts per language: read by anyone who agrees to them, reviewed by organisers and the country's coordinators. */
export const legalTextsRows: Row[] = [
  {
    method: 'get',
    op: '/api/competitions/{id}/agreement-texts/{document}',
    allowed: EVERYONE,
    call: (w) => ({ path: `/api/competitions/${w.competition.id}/agreement-texts/guardian_consent?language=th` }),
  },
  { method: 'get', op: '/api/competitions/{id}/legal-texts', allowed: REVIEWERS, call: (w) => ({ path: `/api/competitions/${w.competition.id}/legal-texts` }) },
  {
    method: 'put',
    op: '/api/competitions/{id}/legal-texts/{document}/{language}',
    allowed: REVIEWERS,
    call: async (w) => ({ path: `/api/competitions/${(await thaiDraft(w)).competitionId}/legal-texts/guardian_consent/th`, body: { body: 'ข้อความที่แก้ไข' } }),
  },
  {
    method: 'post',
    op: '/api/competitions/{id}/legal-texts/{document}/{language}/approve',
    allowed: REVIEWERS,
    call: async (w) => {
      const { competitionId, textId } = await thaiDraft(w);
      return { path: `/api/competitions/${competitionId}/legal-texts/guardian_consent/th/approve`, body: { textId } };
    },
  },
];
