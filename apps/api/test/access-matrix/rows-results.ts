import { VideoAsset } from '../../src/videos/video-asset.entity.js';
import { EVERYONE, type Row, type Who } from './row.js';
import type { World } from './world.js';

const ORGANISER: Who[] = ['organiser'];
const MANAGERS: Who[] = ['coordinator', 'organiser'];
const VIEWERS: Who[] = ['student', 'teacher', 'coordinator', 'organiser'];

const GRAND_PRIZE = { kind: 'grand_prize', name: { en: 'Grand Prize' }, position: 1 };

/** A fresh scored final with its awards defined (and assigned, sealed as asked): the competition and the awards. */
async function awarded(w: World, o: { assign?: boolean; seal?: boolean } = {}) {
  const s = await w.scored();
  const base = `/api/competitions/${s.competitionId}`;
  const awards = (await w.clients.organiser.post(`${base}/awards`).send(GRAND_PRIZE).expect(201)).body.awards as { id: string }[];
  if (o.assign || o.seal) await w.clients.organiser.post(`${base}/awards/assign`).expect(200);
  if (o.seal) await w.clients.organiser.post(`${base}/results/seal`).expect(200);
  return { ...s, base, awardId: awards[0].id };
}

/** A fresh campaign of TH on the world's competition, holding the cleared work when asked. */
async function campaign(w: World, o: { work?: boolean } = {}): Promise<string> {
  const id = (
    await w.clients.organiser.post('/api/campaigns').send({ competitionId: w.competition.id, name: 'Safer Internet Day', countryCode: 'TH' }).expect(201)
  ).body.id as string;
  if (o.work) await w.clients.organiser.post(`/api/campaigns/${id}/works`).send({ entryId: w.cleared.id }).expect(201);
  return id;
}

/** The published work's ladder, as the showcase names it: by its content hash. */
async function publicLadder(w: World): Promise<string> {
  const { entry } = w.published.work;
  const asset = await w.t.db.getRepository(VideoAsset).findOneByOrFail({ entryId: entry.id, status: 'ready' });
  return `/showcase/${w.published.competition.slug}/media/${entry.code}/hls/${asset.hlsHash}`;
}

/**
 * The signed master URL of the published work's ladder, as GET /api/entries/{id}/video gives it to its team. The
 * signature is the credential: whoever holds an unexpired one may play (the refusals are in hls-playback.int-spec).
 */
async function signedLadder(w: World): Promise<string> {
  const { body } = await w.clients.organiser.get(`/api/entries/${w.published.work.entry.id}/video`).expect(200);
  return (body.playback.hls.url as string).replace(/^https?:\/\/[^/]+/, '').replace(/\/master\.m3u8$/, '');
}

/** Results, awards and publication (organisers), the team's result and certificates, the showcase, campaigns and exports. */
export const resultsRows: Row[] = [
  {
    method: 'get',
    op: '/api/rounds/{id}/results',
    allowed: MANAGERS,
    call: async (w) => {
      const r = await w.freshRound();
      await w.clients.organiser.post(`/api/rounds/${r.id}/close`).send({ force: true }).expect(200);
      return { path: `/api/rounds/${r.id}/results` };
    },
  },
  {
    method: 'get',
    op: '/api/rounds/{id}/results/confidence',
    // the TH national round of a fresh competition, its coordinator's; judges and teams never see these figures
    allowed: MANAGERS,
    call: async (w) => ({ path: `/api/rounds/${(await w.freshRound({ scored: true, final: true })).id}/results/confidence` }),
  },
  {
    method: 'put',
    op: '/api/rounds/{id}/result-options',
    allowed: ORGANISER,
    call: async (w) => ({
      path: `/api/rounds/${(await w.scored()).round.id}/result-options`,
      body: { aggregation: 'auto', trimmed: false, tieBreaks: [{ kind: 'organiser' }] },
    }),
  },
  {
    method: 'post',
    op: '/api/rounds/{id}/tie-decisions',
    allowed: ORGANISER,
    // JP and SG are tied (4, 4, 4)
    call: async (w) => {
      const s = await w.scored();
      return { path: `/api/rounds/${s.round.id}/tie-decisions`, body: { entryIds: [s.entries[2].id, s.entries[1].id], reason: 'Jury vote 4–3 for SG' } };
    },
  },
  { method: 'get', op: '/api/competitions/{id}/awards', allowed: ORGANISER, call: async (w) => ({ path: `${(await awarded(w)).base}/awards` }) },
  {
    method: 'post',
    op: '/api/competitions/{id}/awards',
    allowed: ORGANISER,
    call: async (w) => ({ path: `/api/competitions/${(await w.scored()).competitionId}/awards`, body: GRAND_PRIZE }),
  },
  {
    method: 'put',
    op: '/api/awards/{awardId}',
    allowed: ORGANISER,
    call: async (w) => ({ path: `/api/awards/${(await awarded(w)).awardId}`, body: { ...GRAND_PRIZE, name: { en: 'Best Film' } } }),
  },
  { method: 'delete', op: '/api/awards/{awardId}', allowed: ORGANISER, call: async (w) => ({ path: `/api/awards/${(await awarded(w)).awardId}` }) },
  {
    method: 'put',
    op: '/api/awards/{awardId}/winners',
    allowed: ORGANISER,
    call: async (w) => {
      const a = await awarded(w, { assign: true });
      return { path: `/api/awards/${a.awardId}/winners`, body: { winners: [{ entryId: a.entries[2].id, place: 1 }], reason: 'Jury preferred the SG message' } };
    },
  },
  { method: 'post', op: '/api/competitions/{id}/awards/assign', allowed: ORGANISER, call: async (w) => ({ path: `${(await awarded(w)).base}/awards/assign` }) },
  {
    method: 'post',
    op: '/api/competitions/{id}/results/seal',
    allowed: ORGANISER,
    call: async (w) => ({ path: `${(await awarded(w, { assign: true })).base}/results/seal` }),
  },
  {
    method: 'post',
    op: '/api/competitions/{id}/results/unseal',
    allowed: ORGANISER,
    call: async (w) => ({ path: `${(await awarded(w, { seal: true })).base}/results/unseal` }),
  },
  {
    method: 'post',
    op: '/api/competitions/{id}/results/publish',
    allowed: ORGANISER,
    // the competition's texts miss their Japanese (the world's competition): publishing confirms the gaps
    call: async (w) => ({ path: `${(await awarded(w, { seal: true })).base}/results/publish`, body: { confirmGaps: true } }),
  },
  {
    method: 'get',
    op: '/api/competitions/{id}/ceremony',
    allowed: ORGANISER,
    call: async (w) => ({ path: `${(await awarded(w, { seal: true })).base}/ceremony` }),
  },
  {
    method: 'get',
    op: '/api/competitions/{id}/exports/results.csv',
    allowed: ORGANISER,
    call: async (w) => ({ path: `${(await awarded(w, { assign: true })).base}/exports/results.csv` }),
  },
  {
    method: 'get',
    op: '/api/competitions/{id}/exports/entries.csv',
    allowed: ORGANISER,
    call: (w) => ({ path: `/api/competitions/${w.competition.id}/exports/entries.csv` }),
  },
  {
    method: 'get',
    op: '/api/competitions/{id}/exports/scores.csv',
    allowed: ORGANISER,
    call: (w) => ({ path: `/api/competitions/${w.competition.id}/exports/scores.csv` }),
  },

  // the team's published result and certificates
  { method: 'get', op: '/api/entries/{id}/result', allowed: VIEWERS, call: (w) => ({ path: `/api/entries/${w.published.work.entry.id}/result` }) },
  {
    method: 'get',
    op: '/api/entries/{id}/certificates/participation',
    allowed: VIEWERS,
    call: (w) => ({ path: `/api/entries/${w.published.work.entry.id}/certificates/participation` }),
  },
  {
    method: 'get',
    op: '/api/entries/{id}/certificates/awards/{awardId}',
    allowed: VIEWERS,
    call: (w) => ({ path: `/api/entries/${w.published.work.entry.id}/certificates/awards/${w.published.awardId}` }),
  },

  // the public showcase of the published edition
  { method: 'get', op: '/showcase', allowed: EVERYONE, call: () => ({ path: '/showcase' }) },
  { method: 'get', op: '/showcase/assets/showcase.js', allowed: EVERYONE, call: () => ({ path: '/showcase/assets/showcase.js' }) },
  { method: 'get', op: '/showcase/{slug}', allowed: EVERYONE, call: (w) => ({ path: `/showcase/${w.published.competition.slug}` }) },
  {
    method: 'get',
    op: '/showcase/{slug}/entries/{code}',
    allowed: EVERYONE,
    call: (w) => ({ path: `/showcase/${w.published.competition.slug}/entries/${w.published.work.entry.code}` }),
  },
  {
    method: 'get',
    op: '/showcase/{slug}/embed/{code}',
    allowed: EVERYONE,
    call: (w) => ({ path: `/showcase/${w.published.competition.slug}/embed/${w.published.work.entry.code}` }),
  },
  {
    method: 'get',
    op: '/showcase/{slug}/media/{code}/video',
    allowed: EVERYONE,
    call: (w) => ({ path: `/showcase/${w.published.competition.slug}/media/${w.published.work.entry.code}/video` }),
  },
  {
    method: 'get',
    op: '/showcase/{slug}/media/{code}/poster',
    allowed: EVERYONE,
    call: (w) => ({ path: `/showcase/${w.published.competition.slug}/media/${w.published.work.entry.code}/poster` }),
  },
  {
    method: 'get',
    op: '/showcase/{slug}/media/{code}/qr.svg',
    allowed: EVERYONE,
    call: (w) => ({ path: `/showcase/${w.published.competition.slug}/media/${w.published.work.entry.code}/qr.svg` }),
  },
  {
    method: 'get',
    op: '/showcase/{slug}/media/{code}/captions/{file}',
    allowed: EVERYONE,
    call: (w) => ({ path: `/showcase/${w.published.competition.slug}/media/${w.published.work.entry.code}/captions/en.vtt` }),
  },

  { method: 'get', op: '/showcase/assets/hls.js', allowed: EVERYONE, call: () => ({ path: '/showcase/assets/hls.js' }) },
  {
    method: 'get',
    op: '/showcase/{slug}/media/{code}/hls/{hash}/{file}',
    allowed: EVERYONE,
    call: async (w) => ({ path: `${await publicLadder(w)}/master.m3u8` }),
  },
  {
    method: 'get',
    op: '/showcase/{slug}/media/{code}/hls/{hash}/{folder}/{file}',
    allowed: EVERYONE,
    call: async (w) => ({ path: `${await publicLadder(w)}/240p/index.m3u8` }),
  },
  {
    method: 'get',
    op: '/api/media/ladders/{assetId}/{expires}/{signature}/{file}',
    allowed: EVERYONE,
    call: async (w) => ({ path: `${await signedLadder(w)}/master.m3u8` }),
  },
  {
    method: 'get',
    op: '/api/media/ladders/{assetId}/{expires}/{signature}/{folder}/{file}',
    allowed: EVERYONE,
    call: async (w) => ({ path: `${await signedLadder(w)}/240p/index.m3u8` }),
  },

  // campaigns: organisers, and coordinators for their own country's works
  { method: 'get', op: '/api/campaigns', allowed: MANAGERS, call: (w) => ({ path: `/api/campaigns?competitionId=${w.competition.id}` }) },
  {
    method: 'post',
    op: '/api/campaigns',
    allowed: MANAGERS,
    call: (w) => ({ path: '/api/campaigns', body: { competitionId: w.competition.id, name: 'Safer Internet Day', countryCode: 'TH' } }),
  },
  { method: 'get', op: '/api/campaigns/{id}', allowed: MANAGERS, call: async (w) => ({ path: `/api/campaigns/${await campaign(w)}` }) },
  {
    method: 'patch',
    op: '/api/campaigns/{id}',
    allowed: MANAGERS,
    call: async (w) => ({ path: `/api/campaigns/${await campaign(w)}`, body: { name: 'Safer Internet Day 2027' } }),
  },
  { method: 'delete', op: '/api/campaigns/{id}', allowed: MANAGERS, call: async (w) => ({ path: `/api/campaigns/${await campaign(w)}` }) },
  { method: 'get', op: '/api/campaigns/{id}/candidates', allowed: MANAGERS, call: async (w) => ({ path: `/api/campaigns/${await campaign(w)}/candidates` }) },
  {
    method: 'post',
    op: '/api/campaigns/{id}/works',
    allowed: MANAGERS,
    call: async (w) => ({ path: `/api/campaigns/${await campaign(w)}/works`, body: { entryId: w.cleared.id } }),
  },
  {
    method: 'delete',
    op: '/api/campaigns/{id}/works/{entryId}',
    allowed: MANAGERS,
    call: async (w) => ({ path: `/api/campaigns/${await campaign(w, { work: true })}/works/${w.cleared.id}` }),
  },
  {
    method: 'post',
    op: '/api/campaigns/{id}/uses',
    allowed: MANAGERS,
    call: async (w) => ({
      path: `/api/campaigns/${await campaign(w, { work: true })}/uses`,
      body: { entryId: w.cleared.id, channel: 'school assembly', usedOn: '2027-01-14' },
    }),
  },
  {
    method: 'get',
    op: '/api/campaigns/{id}/works/{entryId}/kit',
    allowed: MANAGERS,
    call: async (w) => ({ path: `/api/campaigns/${await campaign(w, { work: true })}/works/${w.cleared.id}/kit` }),
  },
  { method: 'get', op: '/api/campaigns/{id}/kit', allowed: MANAGERS, call: async (w) => ({ path: `/api/campaigns/${await campaign(w, { work: true })}/kit` }) },
];
