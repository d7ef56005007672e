// bench:surge's baseline: a scorecard autosave with no framework. A bare node:http server and a pg pool of the
// API's size run the statements the API runs for the same request (bench/surge-save-sql.mjs), with the same checks:
// the session cookie, the judge's grant for the round, the panel, the assignment, the version, the round's window,
// the scores against the rubric; then the update and its audit event in one transaction.
// Usage: DATABASE_URL=… PORT=… node bench/surge-baseline.mjs; prints "listening".
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { checkScores } from '@clapper/domain/scorecard';
import { SAVE_SQL as SQL } from './surge-save-sql.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, application_name: 'surge-baseline' });
const LAST_SEEN_EVERY_MS = 5 * 60_000;
const ROUTE = /^\/api\/judge\/rounds\/([0-9a-f-]{36})\/entries\/([0-9a-f-]{36})\/scorecard$/;

const send = (res, status, body) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
};

function readJson(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (d) => (text += d));
    req.on('end', () => {
      try {
        resolve(JSON.parse(text));
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

/** The judge behind the cookie, with their grants: AccessGuard's one statement (and its last-seen touch). */
async function actorOf(req) {
  const token = /(?:^|;\s*)clapper_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  if (!token) return null;
  const rows = (await pool.query(SQL.session, [createHash('sha256').update(decodeURIComponent(token)).digest('hex')])).rows;
  const now = new Date();
  const [first] = rows;
  if (!first || first.expires_at <= now || first.disabled_at) return null;
  if (now - first.last_seen_at > LAST_SEEN_EVERY_MS) await pool.query('UPDATE "sessions" SET "last_seen_at" = $1 WHERE "id" = $2', [now, first.session_id]);
  return { userId: first.user_id, grants: rows.filter((r) => r.role).map((r) => ({ role: r.role, roundId: r.grant_round_id })) };
}

class Refused extends Error {
  constructor(status, body) {
    super(body.message);
    this.status = status;
    this.body = body;
  }
}

async function save(actor, roundId, roundEntryId, dto) {
  if (!actor.grants.some((g) => g.role === 'judge' && g.roundId === roundId)) throw new Refused(404, { message: 'The round was not found.' });
  const client = await pool.connect();
  try {
    await client.query(SQL.begin);
    const round = (await client.query(SQL.roundJudgeAssigned, [roundEntryId, actor.userId, roundId])).rows[0];
    if (!round || round.panel_dropped_at) throw new Refused(404, { message: 'The round was not found.' });
    if (!round.panel_id) throw new Refused(409, { message: 'The baseline only saves for judges already on the panel.' });
    if (!round.assigned) throw new Refused(404, { message: 'The entry was not found.' });
    const now = new Date();
    if (round.round_status !== 'open' || now < round.round_opens_at || now >= round.round_closes_at)
      throw new Refused(409, { message: 'This round is not open.' });
    const card = (await client.query(SQL.cardForUpdate, [roundEntryId, actor.userId])).rows[0];
    if (!card) throw new Refused(409, { message: 'The baseline only updates scorecards that exist.' });
    if (dto.version !== card.Scorecard_version) throw new Refused(409, { message: 'stale version', details: { reason: 'stale_version' } });
    const submitted = card.Scorecard_status === 'submitted';
    const problems = checkScores(round.round_rubric, dto.scores, submitted ? 'submit' : 'draft');
    if (problems.length) throw new Refused(422, { message: 'invalid scores', problems });
    const privateNote = (dto.privateNote ?? card.Scorecard_private_note ?? '').trim();
    const version = card.Scorecard_version + 1;
    const values = [
      dto.scores,
      card.Scorecard_overall_comment,
      privateNote,
      card.Scorecard_team_feedback,
      card.Scorecard_status,
      version,
      card.Scorecard_submitted_at,
    ];
    const updated = (await client.query(SQL.update, [...values, card.Scorecard_id])).rows[0];
    const before = { scores: card.Scorecard_scores, status: card.Scorecard_status, version: card.Scorecard_version };
    const after = { scores: dto.scores, status: card.Scorecard_status, version };
    await client.query(SQL.audit, [actor.userId, 'scorecard.saved', 'scorecard', card.Scorecard_id, before, after]);
    await client.query(SQL.commit);
    return {
      scores: dto.scores,
      overallComment: card.Scorecard_overall_comment,
      privateNote,
      teamFeedback: card.Scorecard_team_feedback,
      status: card.Scorecard_status,
      version,
      total: null,
      updatedAt: updated.updated_at.toISOString(),
      submittedAt: card.Scorecard_submitted_at?.toISOString() ?? null,
      editable: true,
    };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

const server = createServer(async (req, res) => {
  const route = ROUTE.exec(req.url ?? '');
  if (req.method !== 'PUT' || !route) return send(res, 404, { message: 'Not found.' });
  try {
    const actor = await actorOf(req);
    if (!actor) return send(res, 401, { message: 'Please sign in first.' });
    const dto = await readJson(req);
    send(res, 200, await save(actor, route[1], route[2], dto));
  } catch (err) {
    if (err instanceof Refused) return send(res, err.status, err.body);
    send(res, 500, { message: String(err.message ?? err) });
  }
});
server.keepAliveTimeout = 5000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
