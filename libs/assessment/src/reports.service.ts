import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { period, reportChain } from './report.scope.js';
import { departmentScore, SCOREBOARD, type ScoreboardRow, scoreboardParams } from './scoreboard.js';
import type { Agenda, AgendaItem, AgendaQuery, ChainReport, DepartmentScoreboard, ReportQuery, ServiceReport, ThemesQuery, ThemesReport } from './reports.dto.js';

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
    const rows = (await this.dataSource.query(SCOREBOARD, scoreboardParams(p, chainId, w))) as ScoreboardRow[];
    const departments = rows.map(departmentScore);
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
