import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { period, reportChain } from './report.scope.js';
import type { Agenda, AgendaItem, AgendaQuery, ChainReport, DepartmentScore, DepartmentScoreboard, ReportQuery, ServiceReport, ThemesQuery, ThemesReport } from './reports.dto.js';

const num = (value: string | number | null) => (value === null ? null : Number(value));

/**
 * The scoreboard (三率), the chains' figures and the meeting agenda, each computed by one SQL
 * statement over ticket_assignments, tickets and evaluations.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async departments(actor: Actor, query: ReportQuery): Promise<DepartmentScoreboard> {
    const chainId = reportChain(actor, query.chainId);
    const p = period(query.from, query.to, this.config.sla.timezone);
    const w = this.config.assessment.scoreWeights;
    const rows = (await this.dataSource.query(
      `
      WITH a AS (
        SELECT department_id,
               count(*) AS received,
               count(*) FILTER (WHERE accepted_at IS NOT NULL) AS accepted,
               count(*) FILTER (WHERE accepted_at <= accept_by) AS accepted_on_time,
               count(*) FILTER (WHERE first_feedback_at IS NOT NULL OR feedback_missed) AS feedback_due,
               count(*) FILTER (WHERE first_feedback_on_time) AS feedback_on_time,
               count(*) FILTER (WHERE first_feedback_at IS NOT NULL) AS feedback_given,
               count(*) FILTER (WHERE first_result = 'resolved' AND NOT reopened) AS resolved,
               sum(ratings) AS ratings, sum(satisfied_ratings) AS satisfied, sum(rating_sum) AS rating_sum,
               count(*) FILTER (WHERE returned_at IS NOT NULL) AS returns,
               sum(escalations_1) AS e1, sum(escalations_2) AS e2, sum(escalations_3) AS e3
          FROM ticket_assignments
         WHERE ($1::timestamptz IS NULL OR dispatched_at >= $1)
           AND ($2::timestamptz IS NULL OR dispatched_at < $2)
           AND ($3::uuid IS NULL OR chain_id = $3)
         GROUP BY department_id
      ), pa AS (
        -- 协办: the parts asked of the department in the period (a part a return ended is not counted).
        SELECT department_id,
               count(*) AS assists,
               count(*) FILTER (WHERE state = 'given' OR (overdue AND state <> 'declined')) AS assists_due,
               count(*) FILTER (WHERE state = 'given' AND given_at <= due_by) AS assists_on_time,
               count(*) FILTER (WHERE state = 'declined') AS assist_declines
          FROM ticket_assists
         WHERE cancelled_at IS NULL
           AND ($1::timestamptz IS NULL OR requested_at >= $1)
           AND ($2::timestamptz IS NULL OR requested_at < $2)
           AND ($3::uuid IS NULL OR chain_id = $3)
         GROUP BY department_id
      ), ev AS (
        SELECT ed.department_id, avg(ed.result) AS score, count(*) AS evaluations
          FROM evaluation_departments ed JOIN evaluations e ON e.id = ed.evaluation_id
         WHERE e.state = 'closed' AND ed.result IS NOT NULL
           AND ($4::date IS NULL OR e.period_to >= $4)
           AND ($5::date IS NULL OR e.period_from < $5)
           AND ($3::uuid IS NULL OR e.chain_id = $3 OR e.chain_id IS NULL)
         GROUP BY ed.department_id
      ), r AS (
        SELECT d.id, d.name, d.code, a.*, ev.evaluations, pa.assists, pa.assists_due, pa.assists_on_time, pa.assist_declines,
               100.0 * pa.assists_on_time / NULLIF(pa.assists_due, 0) AS assist_rate,
               100.0 * a.accepted_on_time / NULLIF(a.received, 0) AS response_rate,
               100.0 * a.feedback_on_time / NULLIF(a.feedback_due, 0) AS feedback_rate,
               100.0 * a.resolved / NULLIF(a.feedback_given, 0) AS resolution_rate,
               100.0 * a.satisfied / NULLIF(a.ratings, 0) AS satisfaction_rate,
               a.rating_sum::numeric / NULLIF(a.ratings, 0) AS mean_rating,
               ev.score AS evaluation_score
          FROM departments d
          LEFT JOIN a ON a.department_id = d.id
          LEFT JOIN ev ON ev.department_id = d.id
          LEFT JOIN pa ON pa.department_id = d.id
      ), c AS (
        SELECT r.*,
               (COALESCE($6 * response_rate, 0) + COALESCE($7 * feedback_rate, 0) + COALESCE($8 * resolution_rate, 0)
                 + COALESCE($9 * satisfaction_rate, 0) + COALESCE($10 * evaluation_score, 0))
               / NULLIF(CASE WHEN response_rate IS NULL THEN 0 ELSE $6 END + CASE WHEN feedback_rate IS NULL THEN 0 ELSE $7 END
                 + CASE WHEN resolution_rate IS NULL THEN 0 ELSE $8 END + CASE WHEN satisfaction_rate IS NULL THEN 0 ELSE $9 END
                 + CASE WHEN evaluation_score IS NULL THEN 0 ELSE $10 END, 0) AS composite
          FROM r
      )
      SELECT c.*, CASE WHEN composite IS NULL THEN NULL ELSE rank() OVER (ORDER BY round(composite, 2) DESC NULLS LAST) END AS rank
        FROM c
       ORDER BY composite DESC NULLS LAST, name, code`,
      [p.from, p.to, chainId, p.fromDate, p.toDate, w.response, w.feedback, w.resolution, w.satisfaction, w.evaluation],
    )) as Record<string, string | number | null>[];
    const round = (value: string | number | null) => (value === null ? null : Math.round(Number(value) * 100) / 100);
    const count = (value: string | number | null) => Number(value ?? 0);
    const departments = rows.map(
      (r): DepartmentScore => ({
        departmentId: r.id as string,
        name: r.name as string,
        code: r.code as string,
        received: count(r.received),
        accepted: count(r.accepted),
        acceptedOnTime: count(r.accepted_on_time),
        responseRate: round(r.response_rate),
        feedbackDue: count(r.feedback_due),
        feedbackOnTime: count(r.feedback_on_time),
        onTimeFeedbackRate: round(r.feedback_rate),
        feedbackGiven: count(r.feedback_given),
        resolved: count(r.resolved),
        resolutionRate: round(r.resolution_rate),
        ratings: count(r.ratings),
        satisfied: count(r.satisfied),
        satisfactionRate: round(r.satisfaction_rate),
        meanRating: round(r.mean_rating),
        returns: count(r.returns),
        escalations: { level1: count(r.e1), level2: count(r.e2), level3: count(r.e3) },
        assists: count(r.assists),
        assistsDue: count(r.assists_due),
        assistsOnTime: count(r.assists_on_time),
        onTimeAssistRate: round(r.assist_rate),
        assistDeclines: count(r.assist_declines),
        evaluationScore: round(r.evaluation_score),
        evaluations: count(r.evaluations),
        composite: round(r.composite),
        rank: num(r.rank),
      }),
    );
    return { from: p.from?.toISOString() ?? null, to: p.to?.toISOString() ?? null, chainId, weights: w, departments };
  }

  async chains(actor: Actor, query: ReportQuery): Promise<ChainReport[]> {
    const chainId = reportChain(actor, query.chainId);
    const p = period(query.from, query.to, this.config.sla.timezone);
    const rows = (await this.dataSource.query(
      `SELECT c.id, c.name, c.code, t.category, t.state, count(t.id) AS n,
              count(t.id) FILTER (WHERE t.overdue AND t.state NOT IN ('closed', 'withdrawn')) AS overdue,
              count(t.id) FILTER (WHERE t.state = 'closed' AND t.feedback->>'result' = 'resolved') AS solved
         FROM chains c
         LEFT JOIN tickets t ON t.chain_id = c.id
              AND ($1::timestamptz IS NULL OR t.created_at >= $1) AND ($2::timestamptz IS NULL OR t.created_at < $2)
        WHERE ($3::uuid IS NULL OR c.id = $3)
        GROUP BY c.id, c.name, c.code, t.category, t.state
        ORDER BY c.code`,
      [p.from, p.to, chainId],
    )) as { id: string; name: string; code: string; category: string | null; state: string | null; n: string; overdue: string; solved: string }[];
    const reports = new Map<string, ChainReport>();
    for (const row of rows) {
      const report =
        reports.get(row.id) ??
        reports
          .set(row.id, { chainId: row.id, name: row.name, code: row.code, tickets: 0, byCategory: {}, byState: {}, solved: 0, overdue: 0, open: 0 })
          .get(row.id)!;
      if (!row.category || !row.state) continue;
      const n = Number(row.n);
      report.tickets += n;
      report.byCategory[row.category] = (report.byCategory[row.category] ?? 0) + n;
      report.byState[row.state] = (report.byState[row.state] ?? 0) + n;
      report.solved += Number(row.solved);
      report.overdue += Number(row.overdue);
      if (row.state !== 'closed' && row.state !== 'withdrawn') report.open += n;
    }
    return [...reports.values()];
  }

  /** The board by catalogue item: what the chain's enterprises order most, and how it goes. */
  async services(actor: Actor, query: ReportQuery): Promise<ServiceReport[]> {
    const chainId = reportChain(actor, query.chainId);
    const p = period(query.from, query.to, this.config.sla.timezone);
    const rows = (await this.dataSource.query(
      `SELECT t.service_code, s.name, s.name_en, s.sort_order, count(*) AS n,
              count(*) FILTER (WHERE t.state NOT IN ('closed', 'withdrawn')) AS open,
              count(*) FILTER (WHERE t.state = 'closed' AND t.feedback->>'result' = 'resolved') AS solved,
              count(*) FILTER (WHERE t.overdue AND t.state NOT IN ('closed', 'withdrawn')) AS overdue,
              avg(CASE WHEN (t.feedback->>'onTime')::boolean THEN 1.0 ELSE 0.0 END) FILTER (WHERE t.feedback IS NOT NULL) AS on_time,
              avg((t.rating->>'score')::numeric) AS rating
         FROM tickets t
         LEFT JOIN service_catalogue s ON s.code = t.service_code
        WHERE ($1::timestamptz IS NULL OR t.created_at >= $1) AND ($2::timestamptz IS NULL OR t.created_at < $2)
          AND ($3::uuid IS NULL OR t.chain_id = $3)
        GROUP BY t.service_code, s.name, s.name_en, s.sort_order
        ORDER BY count(*) DESC, s.sort_order NULLS LAST, t.service_code NULLS LAST`,
      [p.from, p.to, chainId],
    )) as { service_code: string | null; name: string | null; name_en: string | null; n: string; open: string; solved: string; overdue: string; on_time: string | null; rating: string | null }[];
    const ratio = (value: string | null) => (value === null ? null : Math.round(Number(value) * 1000) / 1000);
    return rows.map((r) => ({
      serviceCode: r.service_code,
      name: r.name,
      nameEn: r.name_en,
      tickets: Number(r.n),
      open: Number(r.open),
      solved: Number(r.solved),
      overdue: Number(r.overdue),
      onTimeFeedbackRate: ratio(r.on_time),
      averageRating: r.rating === null ? null : Math.round(Number(r.rating) * 100) / 100,
    }));
  }

  /**
   * 每月一题: the month's most ordered catalogue items, and the problems with the most repeats
   * placed in it (orders the committee linked to an earlier one, GET /api/tickets/:id/similar).
   */
  async themes(actor: Actor, query: ThemesQuery): Promise<ThemesReport> {
    const chainId = reportChain(actor, query.chainId);
    const zone = this.config.sla.timezone;
    const start = query.month ? DateTime.fromFormat(query.month, 'yyyy-MM', { zone }) : DateTime.now().setZone(zone).startOf('month');
    const from = start.toJSDate();
    const to = start.plus({ months: 1 }).toJSDate();
    const services = (await this.services(actor, { chainId: chainId ?? undefined, from: from.toISOString(), to: to.toISOString() })).slice(0, 10);
    const rows = (await this.dataSource.query(
      `SELECT r.id, r.code, r.title, r.state, r.service_code, r.department_id,
              count(*) FILTER (WHERE t.created_at >= $1 AND t.created_at < $2) AS in_month,
              count(*) AS repeats,
              count(DISTINCT t.enterprise_id) + CASE WHEN bool_or(t.enterprise_id = r.enterprise_id) THEN 0 ELSE 1 END AS enterprises
         FROM tickets t JOIN tickets r ON r.id = t.repeat_of
        WHERE t.repeat_of IS NOT NULL AND ($3::uuid IS NULL OR r.chain_id = $3)
        GROUP BY r.id
       HAVING count(*) FILTER (WHERE t.created_at >= $1 AND t.created_at < $2) > 0
        ORDER BY in_month DESC, repeats DESC, r.created_at
        LIMIT 10`,
      [from, to, chainId],
    )) as { id: string; code: string; title: string; state: string; service_code: string | null; department_id: string | null; in_month: string; repeats: string; enterprises: string }[];
    return {
      month: start.toFormat('yyyy-MM'),
      from,
      to,
      chainId,
      services,
      repeats: rows.map((r) => ({
        id: r.id,
        code: r.code,
        title: r.title,
        state: r.state,
        serviceCode: r.service_code,
        departmentId: r.department_id,
        repeatsInMonth: Number(r.in_month),
        repeats: Number(r.repeats),
        enterprises: Number(r.enterprises),
      })),
    };
  }

  async agenda(actor: Actor, query: AgendaQuery): Promise<Agenda> {
    const chainId = reportChain(actor, query.chainId);
    const zone = this.config.sla.timezone;
    const since = query.since ? period(query.since, undefined, zone).from! : DateTime.now().setZone(zone).minus({ days: 15 }).startOf('day').toJSDate();
    const list = async (where: string, detail = 'NULL', join = '', params: unknown[] = []): Promise<AgendaItem[]> => {
      const rows = (await this.dataSource.query(
        `SELECT DISTINCT ON (t.created_at, t.id) t.id, t.code, t.title, t.state, e.name AS enterprise, d.name AS department,
                t.overdue, t.escalation_level, t.return_count, t.feedback_by, ${detail} AS detail
           FROM tickets t
           JOIN enterprises e ON e.id = t.enterprise_id
           LEFT JOIN departments d ON d.id = t.department_id
           ${join}
          WHERE ($1::uuid IS NULL OR t.chain_id = $1) AND ${where}
          ORDER BY t.created_at, t.id
          LIMIT 200`,
        [chainId, ...params],
      )) as Record<string, unknown>[];
      return rows.map((r) => ({
        id: r.id as string,
        code: r.code as string,
        title: r.title as string,
        state: r.state as string,
        enterprise: r.enterprise as string,
        department: r.department as string | null,
        overdue: r.overdue as boolean,
        escalationLevel: Number(r.escalation_level),
        returnCount: Number(r.return_count),
        feedbackBy: r.feedback_by ? (r.feedback_by as Date).toISOString() : null,
        detail: r.detail === null ? null : String(r.detail),
      }));
    };
    const open = `t.state NOT IN ('closed', 'withdrawn')`;
    return {
      chainId,
      since: since.toISOString(),
      overdue: await list(`${open} AND t.overdue`),
      escalated: await list(`${open} AND t.escalation_level > 0`, `'level ' || t.escalation_level`),
      returnedMoreThanOnce: await list(`${open} AND t.return_count >= 2`, `t.return_count || ' returns'`),
      ratedUnsatisfied: await list(
        `ev.type = 'rated' AND (ev.payload->>'score')::int <= 2 AND ev.at >= $2`,
        `'rated ' || (ev.payload->>'score') || ' at ' || to_char(ev.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
        'JOIN ticket_events ev ON ev.ticket_id = t.id',
        [since],
      ),
      extensionsPending: await list(`t.extension_request IS NOT NULL`, `'until ' || (t.extension_request->>'until')`),
      awaitingInfo: await list(`t.state = 'awaiting_info'`, `t.info_request->>'question'`),
    };
  }
}
