import { randomBytes } from 'node:crypto';
import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import { Category } from '../../src/competitions/category.entity.js';
import { makeCompetition } from '../harness/factories.js';
import { EVERYONE, SIGNED_IN, type Row } from './row.js';
import { outsider, type World } from './world.js';

const ORGANISER = ['organiser' as const];

/** A fresh competition (the organisers' edits change it) and its category. */
async function fresh(w: World): Promise<{ id: string; categoryId: string }> {
  const c = await makeCompetition(w.t, { countryCodes: ['TH', 'JP'] });
  return { id: c.id, categoryId: (await w.t.db.getRepository(Category).findOneByOrFail({ competitionId: c.id })).id };
}

/** Competitions (public reads, organisers' setup) and the audience vote. */
export const competitionsRows: Row[] = [
  { method: 'get', op: '/api/competitions', allowed: EVERYONE, call: () => ({ path: '/api/competitions' }) },
  { method: 'get', op: '/api/competitions/{idOrSlug}', allowed: EVERYONE, call: (w) => ({ path: `/api/competitions/${w.competition.slug}` }) },
  { method: 'get', op: '/api/competitions/{id}/licence', allowed: EVERYONE, call: (w) => ({ path: `/api/competitions/${w.competition.id}/licence` }) },
  {
    method: 'post',
    op: '/api/competitions',
    allowed: ORGANISER,
    call: () => ({
      path: '/api/competitions',
      body: {
        slug: `matrix-${randomBytes(4).toString('hex')}`,
        name: { en: 'Cyber Safe Video Contest 2028' },
        theme: { en: 'Passwords and phishing' },
        languages: ['th'],
        referenceDate: '2028-04-01',
        timeline: { submissionOpensAt: '2028-01-10T00:00:00Z', submissionClosesAt: '2028-05-31T14:59:59Z' },
        countryCodes: ['TH'],
        categories: [{ name: { en: 'Ages 13–17' }, minAge: 13, maxAge: 17 }],
        rules: DEFAULT_ENTRY_RULES,
      },
    }),
  },
  {
    method: 'patch',
    op: '/api/competitions/{id}',
    allowed: ORGANISER,
    call: async (w) => ({ path: `/api/competitions/${(await fresh(w)).id}`, body: { name: { en: 'Renamed' } } }),
  },
  {
    method: 'get',
    op: '/api/competitions/{id}/translations',
    allowed: ORGANISER,
    call: async (w) => ({ path: `/api/competitions/${(await fresh(w)).id}/translations` }),
  },
  {
    method: 'put',
    op: '/api/competitions/{id}/rules',
    allowed: ORGANISER,
    call: async (w) => ({ path: `/api/competitions/${(await fresh(w)).id}/rules`, body: { ...DEFAULT_ENTRY_RULES, maxDurationSeconds: 90 } }),
  },
  {
    method: 'put',
    op: '/api/competitions/{id}/countries',
    allowed: ORGANISER,
    call: async (w) => ({ path: `/api/competitions/${(await fresh(w)).id}/countries`, body: { countryCodes: ['SG', 'MY'] } }),
  },
  {
    method: 'put',
    op: '/api/competitions/{id}/categories',
    allowed: ORGANISER,
    call: async (w) => {
      const c = await fresh(w);
      return {
        path: `/api/competitions/${c.id}/categories`,
        body: {
          categories: [
            { id: c.categoryId, name: { en: 'Teenagers' }, minAge: 13, maxAge: 17 },
            { name: { en: 'University' }, minAge: 18, maxAge: 25 },
          ],
        },
      };
    },
  },
  {
    method: 'post',
    op: '/api/competitions/{id}/categories',
    allowed: ORGANISER,
    call: async (w) => ({ path: `/api/competitions/${(await fresh(w)).id}/categories`, body: { name: { en: 'University' }, minAge: 18, maxAge: 25 } }),
  },
  {
    method: 'patch',
    op: '/api/competitions/{id}/categories/{categoryId}',
    allowed: ORGANISER,
    call: async (w) => {
      const c = await fresh(w);
      return { path: `/api/competitions/${c.id}/categories/${c.categoryId}`, body: { name: { en: 'Higher education' } } };
    },
  },
  {
    method: 'delete',
    op: '/api/competitions/{id}/categories/{categoryId}',
    allowed: ORGANISER,
    call: async (w) => {
      const c = await fresh(w);
      return { path: `/api/competitions/${c.id}/categories/${c.categoryId}` };
    },
  },

  // the dashboard (issue 15): organisers; a coordinator of a participating country (their own figures); a coordinator of another country gets 404
  {
    method: 'get',
    op: '/api/competitions/{id}/dashboard',
    allowed: ['organiser', 'coordinator'],
    call: async (w, who) => {
      const path = `/api/competitions/${w.competition.id}/dashboard`;
      if (who === 'coordinator') {
        const other = await outsider(w.t, { role: 'coordinator', countryCode: 'SG' });
        const res = await other.get(path);
        if (res.status !== 404) throw new Error(`a coordinator of a country outside the competition got ${res.status}, not 404`);
      }
      return { path };
    },
  },

  // the audience vote: anyone signed in with a verified email, inside the window; counts are the organisers' until publication
  { method: 'get', op: '/api/competitions/{id}/vote', allowed: SIGNED_IN, call: (w) => ({ path: `/api/competitions/${w.vote.competitionId}/vote` }) },
  {
    method: 'put',
    op: '/api/competitions/{id}/votes/{categoryId}',
    allowed: SIGNED_IN,
    call: (w) => ({ path: `/api/competitions/${w.vote.competitionId}/votes/${w.vote.categoryId}`, body: { entryId: w.vote.entryId } }),
  },
  {
    method: 'delete',
    op: '/api/competitions/{id}/votes/{categoryId}',
    allowed: SIGNED_IN,
    call: async (w, who) => {
      await w.clients[who].put(`/api/competitions/${w.vote.competitionId}/votes/${w.vote.categoryId}`).send({ entryId: w.vote.entryId }).expect(200);
      return { path: `/api/competitions/${w.vote.competitionId}/votes/${w.vote.categoryId}` };
    },
  },
  {
    method: 'get',
    op: '/api/competitions/{id}/votes/counts',
    allowed: ORGANISER,
    call: (w) => ({ path: `/api/competitions/${w.vote.competitionId}/votes/counts` }),
  },
];
