import { FULL, judgeOn, WINDOW } from '../judging-fixtures.js';
import { makeCompetition, makeUser } from '../harness/factories.js';
import type { Row, Who } from './row.js';

/** Organisers, and coordinators for their own country's national round. */
const MANAGERS: Who[] = ['coordinator', 'organiser'];
const JUDGE: Who[] = ['judge'];

const declaration = { languages: ['en', 'th'], conflictEntryCodes: [], conflictSchoolIds: [], conflictCountryCodes: [], note: '' };

/** Rounds, panels, assignment, oversight and promotion (managers); the judge's own queue and scorecards. */
export const judgingRows: Row[] = [
  {
    method: 'post',
    op: '/api/rounds',
    allowed: MANAGERS,
    call: async (w) => ({
      path: '/api/rounds',
      body: { competitionId: (await makeCompetition(w.t, { countryCodes: ['TH'] })).id, kind: 'national', countryCode: 'TH', ...WINDOW },
    }),
  },
  { method: 'get', op: '/api/rounds', allowed: MANAGERS, call: (w) => ({ path: `/api/rounds?competitionId=${w.round.competitionId}` }) },
  { method: 'get', op: '/api/rounds/{id}', allowed: MANAGERS, call: (w) => ({ path: `/api/rounds/${w.round.id}` }) },
  {
    method: 'patch',
    op: '/api/rounds/{id}',
    allowed: MANAGERS,
    call: async (w) => ({ path: `/api/rounds/${(await w.freshRound({ open: false })).id}`, body: { judgesPerEntry: 2 } }),
  },
  {
    method: 'post',
    op: '/api/rounds/{id}/open',
    allowed: MANAGERS,
    call: async (w) => ({ path: `/api/rounds/${(await w.freshRound({ open: false })).id}/open`, body: { confirm: true } }),
  },
  {
    method: 'post',
    op: '/api/rounds/{id}/close',
    allowed: MANAGERS,
    call: async (w) => ({ path: `/api/rounds/${(await w.freshRound()).id}/close`, body: { force: true } }),
  },
  { method: 'get', op: '/api/rounds/{id}/judges', allowed: MANAGERS, call: (w) => ({ path: `/api/rounds/${w.round.id}/judges` }) },
  {
    method: 'delete',
    op: '/api/rounds/{id}/judges/{userId}',
    allowed: MANAGERS,
    call: async (w) => ({ path: `/api/rounds/${w.round.id}/judges/${(await judgeOn(w.t, w.round.id, { countryCode: 'SG', name: 'Leaving Judge' })).user.id}` }),
  },
  {
    method: 'post',
    op: '/api/rounds/{id}/assignment',
    allowed: MANAGERS,
    call: async (w) => ({ path: `/api/rounds/${(await w.freshRound()).id}/assignment` }),
  },
  { method: 'get', op: '/api/rounds/{id}/assignments', allowed: MANAGERS, call: (w) => ({ path: `/api/rounds/${w.round.id}/assignments` }) },
  {
    method: 'post',
    op: '/api/rounds/{id}/assignments',
    allowed: MANAGERS,
    call: async (w) => {
      const r = await w.freshRound();
      const other = await judgeOn(w.t, r.id, { countryCode: 'SG' });
      return { path: `/api/rounds/${r.id}/assignments`, body: { roundEntryId: r.roundEntryId, judgeId: other.user.id } };
    },
  },
  {
    method: 'post',
    op: '/api/rounds/{id}/assignments/extra',
    allowed: MANAGERS,
    call: async (w) => {
      const r = await w.freshRound();
      await judgeOn(w.t, r.id, { countryCode: 'SG' });
      return { path: `/api/rounds/${r.id}/assignments/extra`, body: { entryIds: [r.entryId], apply: true } };
    },
  },
  {
    method: 'delete',
    op: '/api/rounds/{id}/assignments/{assignmentId}',
    allowed: MANAGERS,
    call: async (w) => {
      const r = await w.freshRound();
      const list = (await w.clients.organiser.get(`/api/rounds/${r.id}/assignments`).expect(200)).body;
      return { path: `/api/rounds/${r.id}/assignments/${list.entries[0].judges[0].assignmentId}` };
    },
  },
  { method: 'get', op: '/api/rounds/{id}/progress', allowed: MANAGERS, call: (w) => ({ path: `/api/rounds/${w.round.id}/progress` }) },
  {
    method: 'post',
    op: '/api/rounds/{id}/reminders',
    allowed: MANAGERS,
    call: async (w) => ({ path: `/api/rounds/${(await w.freshRound()).id}/reminders`, body: {} }),
  },
  { method: 'get', op: '/api/rounds/{id}/judge-stats', allowed: MANAGERS, call: (w) => ({ path: `/api/rounds/${w.round.id}/judge-stats` }) },
  { method: 'get', op: '/api/rounds/{id}/scorecards/export', allowed: MANAGERS, call: (w) => ({ path: `/api/rounds/${w.round.id}/scorecards/export` }) },
  {
    method: 'get',
    op: '/api/rounds/{id}/entries/{roundEntryId}/notes',
    allowed: MANAGERS,
    call: (w) => ({ path: `/api/rounds/${w.round.id}/entries/${w.round.roundEntryId}/notes` }),
  },
  {
    method: 'post',
    op: '/api/rounds/{id}/entries/{roundEntryId}/notes',
    allowed: MANAGERS,
    call: (w) => ({ path: `/api/rounds/${w.round.id}/entries/${w.round.roundEntryId}/notes`, body: { text: 'Strong message; check the music licence.' } }),
  },
  { method: 'get', op: '/api/rounds/{id}/ranking', allowed: MANAGERS, call: (w) => ({ path: `/api/rounds/${w.round.id}/ranking` }) },
  {
    method: 'post',
    op: '/api/rounds/{id}/promotions',
    allowed: MANAGERS,
    call: async (w) => {
      const r = await w.freshRound({ final: true, scored: true });
      await w.clients.organiser.post(`/api/rounds/${r.id}/close`).send({ force: true }).expect(200);
      return { path: `/api/rounds/${r.id}/promotions`, body: { roundEntryIds: [r.roundEntryId] } };
    },
  },
  {
    method: 'delete',
    op: '/api/rounds/{id}/promotions/{roundEntryId}',
    allowed: MANAGERS,
    call: async (w) => {
      const r = await w.freshRound({ final: true, scored: true });
      await w.clients.organiser.post(`/api/rounds/${r.id}/close`).send({ force: true }).expect(200);
      await w.clients.organiser
        .post(`/api/rounds/${r.id}/promotions`)
        .send({ roundEntryIds: [r.roundEntryId] })
        .expect(200);
      return { path: `/api/rounds/${r.id}/promotions/${r.roundEntryId}` };
    },
  },

  // the judge: their rounds, declaration, queue and own scorecards (other rounds and entries answer 404)
  { method: 'get', op: '/api/judge/rounds', allowed: JUDGE, call: () => ({ path: '/api/judge/rounds' }) },
  { method: 'get', op: '/api/judge/rounds/{id}/declaration', allowed: JUDGE, call: (w) => ({ path: `/api/judge/rounds/${w.round.id}/declaration` }) },
  {
    method: 'put',
    op: '/api/judge/rounds/{id}/declaration',
    allowed: JUDGE,
    call: (w) => ({ path: `/api/judge/rounds/${w.round.id}/declaration`, body: declaration }),
  },
  { method: 'get', op: '/api/judge/rounds/{id}/schools', allowed: JUDGE, call: (w) => ({ path: `/api/judge/rounds/${w.round.id}/schools?q=matrix` }) },
  { method: 'get', op: '/api/judge/rounds/{id}/queue', allowed: JUDGE, call: (w) => ({ path: `/api/judge/rounds/${w.round.id}/queue` }) },
  {
    method: 'get',
    op: '/api/judge/rounds/{id}/entries/{roundEntryId}',
    allowed: JUDGE,
    call: (w) => ({ path: `/api/judge/rounds/${w.round.id}/entries/${w.round.roundEntryId}` }),
  },
  {
    method: 'put',
    op: '/api/judge/rounds/{id}/entries/{roundEntryId}/scorecard',
    allowed: JUDGE,
    call: async (w) => {
      const target = await w.judgeTarget();
      return { path: `/api/judge/rounds/${target.roundId}/entries/${target.roundEntryId}/scorecard`, body: { version: 0, scores: { message: 3 } } };
    },
  },
  {
    method: 'post',
    op: '/api/judge/rounds/{id}/entries/{roundEntryId}/scorecard/submit',
    allowed: JUDGE,
    call: async (w) => {
      const target = await w.judgeTarget();
      return { path: `/api/judge/rounds/${target.roundId}/entries/${target.roundEntryId}/scorecard/submit`, body: { version: 0, scores: FULL } };
    },
  },
  {
    method: 'get',
    op: '/api/judge/rounds/{id}/entries/{roundEntryId}/other-scores',
    allowed: JUDGE,
    call: async (w) => {
      const target = await w.judgeTarget();
      const url = `/api/judge/rounds/${target.roundId}/entries/${target.roundEntryId}`;
      await w.clients.judge.post(`${url}/scorecard/submit`).send({ version: 0, scores: FULL }).expect(200);
      return { path: `${url}/other-scores` };
    },
  },
  // round templates (organisers) and judges from the pool (a round's managers; coordinators of another country: judge-pool.int-spec.ts)
  { method: 'get', op: '/api/round-templates', allowed: ['organiser'], call: (w) => ({ path: `/api/round-templates?competitionId=${w.round.competitionId}` }) },
  {
    method: 'post',
    op: '/api/round-templates/national',
    allowed: ['organiser'],
    call: async (w) => ({ path: '/api/round-templates/national', body: { competitionId: (await makeCompetition(w.t, { countryCodes: ['TH', 'JP'] })).id } }),
  },
  {
    method: 'post',
    op: '/api/round-templates/final',
    allowed: ['organiser'],
    call: async (w) => ({ path: '/api/round-templates/final', body: { competitionId: (await makeCompetition(w.t, { countryCodes: ['TH', 'JP'] })).id } }),
  },
  { method: 'get', op: '/api/rounds/{id}/judge-pool', allowed: MANAGERS, call: (w) => ({ path: `/api/rounds/${w.round.id}/judge-pool?q=judge` }) },
  {
    method: 'post',
    op: '/api/rounds/{id}/judges',
    allowed: MANAGERS,
    call: async (w) => ({
      path: `/api/rounds/${(await w.freshRound({ open: false })).id}/judges`,
      body: { userId: (await makeUser(w.t, { role: 'judge', countryCode: 'TH', displayName: 'Pool Judge' })).id },
    }),
  },
  // opening the rounds that are ready (a coordinator of another country: open-ready.int-spec.ts)
  {
    method: 'get',
    op: '/api/competitions/{id}/rounds/open-ready',
    allowed: MANAGERS,
    call: (w) => ({ path: `/api/competitions/${w.round.competitionId}/rounds/open-ready` }),
  },
  {
    method: 'post',
    op: '/api/competitions/{id}/rounds/open-ready',
    allowed: MANAGERS,
    call: async (w) => {
      const round = await w.freshRound({ open: false });
      return { path: `/api/competitions/${round.competitionId}/rounds/open-ready`, body: { roundIds: [round.id], confirm: true } };
    },
  },
];
