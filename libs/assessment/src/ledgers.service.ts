import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, type Category, InvalidInputError, NotFoundError, type Priority } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { type Period, period, reportChain } from './report.scope.js';
import type { Ledger, LedgerQuery } from './reports.dto.js';

type Row = Record<string, unknown>;

interface LedgerColumn {
  header: string;
  width: number;
  value: (row: Row, local: (value: unknown) => string | null) => string | number | null;
}

const STATES: Record<string, string> = {
  placed: '待派单',
  dispatched: '待接单',
  returned: '已退单',
  in_progress: '办理中',
  awaiting_info: '待企业补充',
  feedback_given: '已反馈',
  rectifying: '整改中',
  closed: '已办结',
  withdrawn: '已撤回',
};
const CATEGORIES: Record<Category, string> = {
  financing: '融资',
  hiring: '用工',
  logistics: '物流',
  raw_materials: '原材料',
  land_use: '用地',
  permits: '审批手续',
  working_capital: '流动资金',
  technology: '技术改造',
  talent: '人才',
  market: '市场',
  other: '其他',
};
const PRIORITIES: Record<Priority, string> = { urgent: '紧急', high: '重要', normal: '一般', low: '较低' };
const RESULTS: Record<string, string> = { resolved: '已解决', partially_resolved: '部分解决', unresolvable: '无法解决' };
const TIERS: Record<string, string> = { leader: '链主企业', core: '核心企业', member: '成员企业' };

const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
const named = (names: Record<string, string>, value: unknown) => (value === null || value === undefined ? null : (names[String(value)] ?? String(value)));
const feedback = (row: Row) => row.feedback as { result: string; content: string; at: string; onTime: boolean } | null;

/** 两本台账: the columns of each ledger, in the committee's terms. */
const COLUMNS: Record<Ledger, LedgerColumn[]> = {
  demand: [
    { header: '编号', width: 22, value: (r) => text(r.code) },
    { header: '企业名称', width: 24, value: (r) => text(r.enterprise) },
    { header: '企业类型', width: 10, value: (r) => named(TIERS, r.tier) },
    { header: '需求类别', width: 10, value: (r) => named(CATEGORIES, r.category) },
    { header: '服务事项', width: 18, value: (r) => text(r.service) },
    { header: '需求标题', width: 30, value: (r) => text(r.title) },
    { header: '需求描述', width: 50, value: (r) => text(r.description) },
    { header: '提出时间', width: 20, value: (r, local) => local(r.created_at) },
    { header: '当前状态', width: 10, value: (r) => named(STATES, r.state) },
    { header: '责任部门', width: 20, value: (r) => text(r.department) },
    { header: '派单时间', width: 20, value: (r, local) => local(r.first_dispatched_at) },
  ],
  problem: [
    { header: '编号', width: 22, value: (r) => text(r.code) },
    { header: '企业名称', width: 24, value: (r) => text(r.enterprise) },
    { header: '问题类别', width: 10, value: (r) => named(CATEGORIES, r.category) },
    { header: '服务事项', width: 18, value: (r) => text(r.service) },
    { header: '问题', width: 30, value: (r) => text(r.title) },
    { header: '问题描述', width: 50, value: (r) => text(r.description) },
    { header: '轻重缓急', width: 8, value: (r) => named(PRIORITIES, r.priority) },
    { header: '责任部门', width: 20, value: (r) => text(r.department) },
    { header: '分管领导', width: 12, value: (r) => text(r.leader) },
    { header: '协办部门', width: 24, value: (r) => text(r.assisting) },
    { header: '协办意见', width: 40, value: (r) => text(r.assist_contents) },
    { header: '派单时间', width: 20, value: (r, local) => local(r.first_dispatched_at) },
    { header: '反馈时限', width: 20, value: (r, local) => local(r.feedback_by) },
    { header: '反馈时间', width: 20, value: (r, local) => local(feedback(r)?.at) },
    { header: '是否按时反馈', width: 8, value: (r) => (feedback(r) ? (feedback(r)!.onTime ? '是' : '否') : null) },
    { header: '办理结果', width: 10, value: (r) => named(RESULTS, feedback(r)?.result) },
    { header: '反馈内容', width: 50, value: (r) => text(feedback(r)?.content) },
    { header: '企业评分', width: 8, value: (r) => ((r.rating as { score: number } | null)?.score ?? null) },
    { header: '督办级别', width: 8, value: (r) => Number(r.escalation_level) },
    { header: '退单次数', width: 8, value: (r) => Number(r.return_count) },
    { header: '当前状态', width: 10, value: (r) => named(STATES, r.state) },
    { header: '是否销号', width: 8, value: (r) => (r.state === 'closed' ? '是' : '否') },
  ],
};

const PAGE = 1000;

/** An assisting part's state in the ledger's words. */
const ASSIST_STATE_SQL =
  "CASE x.part->>'state' WHEN 'requested' THEN '待接受' WHEN 'accepted' THEN '协办中' WHEN 'declined' THEN '已拒绝' WHEN 'given' THEN " +
  "CASE WHEN (x.part->>'onTime')::boolean THEN '已按时反馈' ELSE '已反馈(逾期)' END END";

/** A checked request for a ledger: what `write` streams. */
export interface LedgerExport {
  ledger: Ledger;
  chainId: string;
  format: 'csv' | 'xlsx';
  period: Period;
  filename: string;
}

/**
 * The demand ledger (需求台账: every order placed) and the problem ledger (问题台账: every
 * order dispatched to a department, with its handling) of a chain, as CSV or XLSX. Rows are
 * read in keyset pages and written as they come, so a large chain never sits in memory.
 */
@Injectable()
export class LedgersService {
  private readonly logger = new Logger(LedgersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Checks the request and names the file, before any byte is sent; `write` then streams it. */
  async prepare(actor: Actor, ledger: Ledger, query: LedgerQuery): Promise<LedgerExport> {
    const chainId = reportChain(actor, query.chainId);
    if (!chainId) throw new InvalidInputError('chainId', 'is required: a ledger is kept per chain');
    const range = period(query.from, query.to, this.config.sla.timezone);
    const [chain] = (await this.dataSource.query(`SELECT code FROM chains WHERE id = $1`, [chainId])) as { code: string }[];
    if (!chain) throw new NotFoundError('chain');
    const day = DateTime.now().setZone(this.config.sla.timezone).toISODate();
    return { ledger, chainId, format: query.format, period: range, filename: `${ledger}-ledger-${chain.code}-${day}.${query.format}` };
  }

  async write({ ledger, chainId, format, period: p }: LedgerExport, out: Writable): Promise<number> {
    const zone = this.config.sla.timezone;
    const local = (value: unknown) =>
      value === null || value === undefined ? null : DateTime.fromJSDate(new Date(value as string)).setZone(zone).toFormat('yyyy-MM-dd HH:mm');
    const columns = COLUMNS[ledger];
    const values = (row: Row) => columns.map((column) => column.value(row, local));
    let rows = 0;
    if (format === 'csv') {
      // A byte-order mark, so that Excel opens the Chinese headers as UTF-8.
      out.write('\uFEFF');
      const csv = stringify({ header: true, columns: columns.map((c) => c.header) });
      csv.pipe(out);
      for await (const page of this.pages(ledger, chainId, p.from, p.to)) {
        for (const row of page) {
          if (!csv.write(values(row))) await once(csv, 'drain');
          rows++;
        }
      }
      csv.end();
      await once(csv, 'end');
    } else {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
      const sheet = workbook.addWorksheet(ledger === 'demand' ? '需求台账' : '问题台账');
      sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      for await (const page of this.pages(ledger, chainId, p.from, p.to)) {
        for (const row of page) {
          sheet.addRow(values(row)).commit();
          rows++;
        }
      }
      sheet.commit();
      await workbook.commit();
    }
    this.logger.log(`${ledger} ledger of chain ${chainId}: ${rows} rows as ${format}`);
    return rows;
  }

  private async *pages(ledger: Ledger, chainId: string, from: Date | null, to: Date | null): AsyncGenerator<Row[]> {
    let after: { createdAt: Date; id: string } | null = null;
    for (;;) {
      const page = (await this.dataSource.query(
        `SELECT t.*, e.name AS enterprise, e.tier, d.name AS department, COALESCE(u.display_name, u.username) AS leader, s.name AS service,
                a.assisting, a.assist_contents
           FROM tickets t
           LEFT JOIN LATERAL (
             SELECT string_agg(ad.name || '(' || ${ASSIST_STATE_SQL} || ')', '；' ORDER BY x.n) AS assisting,
                    string_agg(ad.name || '：' || (x.part->>'content'), '；' ORDER BY x.n) FILTER (WHERE x.part->>'content' IS NOT NULL) AS assist_contents
               FROM jsonb_array_elements(t.assists) WITH ORDINALITY AS x(part, n)
               JOIN departments ad ON ad.id = (x.part->>'departmentId')::uuid
              WHERE t.assists <> '[]'::jsonb
           ) a ON TRUE
           JOIN enterprises e ON e.id = t.enterprise_id
           LEFT JOIN service_catalogue s ON s.code = t.service_code
           LEFT JOIN departments d ON d.id = t.department_id
           LEFT JOIN users u ON u.id = t.leader_user_id
          WHERE t.chain_id = $1
            AND ($2::timestamptz IS NULL OR t.created_at >= $2) AND ($3::timestamptz IS NULL OR t.created_at < $3)
            AND ($4::text <> 'problem' OR t.first_dispatched_at IS NOT NULL)
            AND ($5::timestamptz IS NULL OR (t.created_at, t.id) > ($5, $6::uuid))
          ORDER BY t.created_at, t.id
          LIMIT ${PAGE}`,
        [chainId, from, to, ledger, after?.createdAt ?? null, after?.id ?? null],
      )) as Row[];
      if (page.length === 0) return;
      yield page;
      const last = page.at(-1)!;
      after = { createdAt: last.created_at as Date, id: last.id as string };
      if (page.length < PAGE) return;
    }
  }
}
