import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { weightedTotal } from '@clapper/domain/scorecard';
import { User } from '../accounts/user.entity.js';
import { csvDocument } from '../common/csv.js';
import { notFound } from '../common/domain-error.js';
import { Competition } from '../competitions/competition.entity.js';
import { Round } from '../judging/round.entity.js';
import { Scorecard, SUBMITTED_STATUSES } from '../judging/scorecard.entity.js';

export interface CsvFile {
  fileName: string;
  body: string;
}

const iso = (d: Date | string | null): string => (d === null ? '' : new Date(d).toISOString());

/**
 * The organisers' records as CSV (UTF-8 with a BOM, through common/csv.ts): entries and submitted scores of a
 * competition. Organisers' records may carry names; dates of birth and contact details never leave.
 */
@Injectable()
export class ExportsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One row per entry (drafts and withdrawn ones too: the status says which). */
  async entries(competitionId: string): Promise<CsvFile> {
    const competition = await this.competition(competitionId);
    const rows: {
      code: string;
      country_code: string;
      category: string | null;
      school: string;
      title: string;
      status: string;
      eligibility: string;
      submitted_at: Date | null;
      team_size: string;
      team: string | null;
      video_status: string | null;
      licence_accepted_at: Date | null;
      consents_complete: boolean;
    }[] = await this.db.query(
      `SELECT e.code, e.country_code, cat.name->>'en' AS category, s.name AS school, e.title, e.status, e.eligibility, e.submitted_at,
              (SELECT count(*) FROM team_members t WHERE t.entry_id = e.id) AS team_size,
              (SELECT string_agg(t.full_name, '; ' ORDER BY t.position) FROM team_members t WHERE t.entry_id = e.id) AS team,
              (SELECT v.status FROM video_assets v WHERE v.entry_id = e.id AND v.status <> 'replaced'
                ORDER BY CASE WHEN v.status IN ('uploaded','processing','ready') THEN 0 WHEN v.status = 'rejected' THEN 1 ELSE 2 END, v.created_at DESC LIMIT 1) AS video_status,
              (SELECT max(g.accepted_at) FROM licence_grants g WHERE g.entry_id = e.id) AS licence_accepted_at,
              (EXISTS (SELECT 1 FROM team_members t WHERE t.entry_id = e.id)
               AND NOT EXISTS (
                 SELECT 1 FROM team_members t
                  WHERE t.entry_id = e.id
                    AND (NOT EXISTS (SELECT 1 FROM consents x WHERE x.member_id = t.id AND x.kind = 'participant' AND x.status = 'given')
                         OR (t.date_of_birth > c.reference_date - interval '18 years'
                             AND NOT EXISTS (SELECT 1 FROM consents x WHERE x.member_id = t.id AND x.kind = 'guardian' AND x.status = 'given'))))) AS consents_complete
         FROM entries e
         JOIN competitions c ON c.id = e.competition_id
         JOIN categories cat ON cat.id = e.category_id
         JOIN schools s ON s.id = e.school_id
        WHERE e.competition_id = $1
        ORDER BY e.code`,
      [competition.id],
    );
    const header = ['code', 'country', 'category', 'school', 'title', 'status', 'eligibility', 'submitted_at', 'team_size', 'team', 'video_status', 'licence_accepted_at', 'consents_complete'];
    const body = csvDocument([
      header,
      ...rows.map((r) => [
        r.code,
        r.country_code,
        r.category ?? '',
        r.school,
        r.title,
        r.status,
        r.eligibility,
        iso(r.submitted_at),
        String(Number(r.team_size)),
        r.team ?? '',
        r.video_status ?? 'none',
        iso(r.licence_accepted_at),
        r.consents_complete ? 'yes' : 'no',
      ]),
    ]);
    return { fileName: `entries-${competition.slug}.csv`, body };
  }

  /** Every submitted scorecard of every round: the level chosen for each criterion and the weighted total (0–100). */
  async scores(competitionId: string): Promise<CsvFile> {
    const competition = await this.competition(competitionId);
    const rounds = await this.db.getRepository(Round).find({ where: { competitionId: competition.id }, order: { opensAt: 'ASC', createdAt: 'ASC' } });
    const cards = rounds.length
      ? await this.db.getRepository(Scorecard).find({ where: { roundId: In(rounds.map((r) => r.id)), status: In([...SUBMITTED_STATUSES]) }, relations: { roundEntry: { entry: true } } })
      : [];
    const judges = cards.length ? await this.db.getRepository(User).find({ where: { id: In([...new Set(cards.map((c) => c.judgeId))]) }, select: { id: true, displayName: true } }) : [];
    const judgeName = new Map(judges.map((u) => [u.id, u.displayName]));
    // the criteria of every round, in the order they first appear (rounds may use different rubrics)
    const keys = [...new Set(rounds.flatMap((r) => r.rubric.criteria.map((c) => c.key)))];
    const label = (r: Round) => (r.kind === 'national' ? `national ${r.countryCode ?? ''}`.trim() : r.kind);
    const order = new Map(rounds.map((r, i) => [r.id, i]));
    const byId = new Map(rounds.map((r) => [r.id, r]));
    const sorted = cards.sort(
      (a, b) =>
        order.get(a.roundId)! - order.get(b.roundId)! ||
        a.roundEntry!.entry!.code.localeCompare(b.roundEntry!.entry!.code) ||
        (judgeName.get(a.judgeId) ?? '').localeCompare(judgeName.get(b.judgeId) ?? ''),
    );
    const rows = [['round', 'round_id', 'entry', 'title', 'judge', ...keys, 'weighted_total', 'submitted_at']];
    for (const c of sorted) {
      const round = byId.get(c.roundId)!;
      const own = new Set(round.rubric.criteria.map((x) => x.key));
      let total = '';
      try {
        total = weightedTotal(round.rubric, c.scores).toFixed(2);
      } catch {
        // a scorecard submitted under an older rubric stays in the record without a total
      }
      rows.push([
        label(round),
        round.id,
        c.roundEntry!.entry!.code,
        c.roundEntry!.entry!.title,
        judgeName.get(c.judgeId) ?? c.judgeId,
        ...keys.map((k) => (own.has(k) && c.scores[k] !== undefined ? String(c.scores[k]) : '')),
        total,
        iso(c.submittedAt),
      ]);
    }
    return { fileName: `scores-${competition.slug}.csv`, body: csvDocument(rows) };
  }

  private async competition(id: string): Promise<Competition> {
    const competition = await this.db.getRepository(Competition).findOne({ where: { id } });
    if (!competition) throw notFound('The competition');
    return competition;
  }
}
