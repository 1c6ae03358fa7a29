import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, CATEGORIES, type Category, InvalidInputError, NotFoundError } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { CatalogueService } from '@whistle/organisation';
import { TicketEntity, TicketsService, visibleTo } from '@whistle/tickets';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';

/** The categories' names, for a deployment without a service catalogue (then each category is a service). */
const CATEGORY_NAMES: Record<Category, string> = {
  financing: '融资对接',
  hiring: '用工招聘',
  logistics: '物流运输',
  raw_materials: '原材料保障',
  land_use: '用地保障',
  permits: '审批服务',
  working_capital: '流动资金',
  technology: '技术攻关',
  talent: '人才引进',
  market: '市场拓展',
  other: '其他诉求',
};

const CLOSED = new Set(['closed', 'withdrawn']);
const PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;
/** A GET without dates covers this many days back, as the specification suggests (90). */
const DEFAULT_DAYS = 90;

export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime';
  keywords: string;
  group: string;
}

export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

export interface RequestFilters {
  service_request_id?: string;
  service_code?: string;
  start_date?: string;
  end_date?: string;
  status?: string;
  page?: string;
  page_size?: string;
}

export interface NewRequest {
  service_code?: string;
  description?: string;
  account_id?: string;
  first_name?: string;
  last_name?: string;
  email?: string;
  phone?: string;
  [attribute: string]: unknown;
}

interface Row {
  t_id: string;
  t_code: string;
  t_title: string;
  t_description: string;
  t_category: Category;
  t_service_code: string | null;
  t_state: string;
  t_feedback: { content?: string } | null;
  t_feedback_by: Date | null;
  t_created_at: Date;
  t_updated_at: Date;
  department_name: string | null;
  item_name: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
}

/**
 * The Open311 GeoReport v2 facade over the engine: a service is a catalogue item (or, without a
 * catalogue, a category), a service request is an order. Unlike a city's 311, orders here are
 * confidential: `requests` answers only what the key's account may see.
 */
@Injectable()
export class Open311Facade {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly tickets: TicketsService,
    private readonly config: AppConfig,
  ) {}

  /** W3C date-time with the committee's offset (SLA_TIMEZONE), as the specification asks. */
  private w3c(date: Date | null): string | null {
    return date ? DateTime.fromJSDate(new Date(date), { zone: this.config.sla.timezone }).startOf('second').toISO({ suppressMilliseconds: true }) : null;
  }

  discovery(base: string) {
    return {
      changeset: '2026-12-03T00:00:00+08:00',
      contact: 'The chain committee’s service centre (产业链党委服务中心)',
      key_service: 'API keys are issued by the administrators (POST /api/api-keys)',
      endpoints: [
        { specification: 'http://wiki.open311.org/GeoReport_v2', url: `${base}/open311/v2`, changeset: '2026-12-03T00:00:00+08:00', type: 'production', formats: ['text/xml', 'application/json'] },
      ],
    };
  }

  async services(): Promise<Open311Service[]> {
    const items = await this.catalogue.published();
    if (items.length === 0) {
      return CATEGORIES.map((category) => ({ service_code: category, service_name: CATEGORY_NAMES[category], description: CATEGORY_NAMES[category], metadata: false, type: 'realtime' as const, keywords: category, group: category }));
    }
    return items.map((item) => ({
      service_code: item.code,
      service_name: item.name,
      description: item.description ?? item.name,
      metadata: false,
      type: 'realtime' as const,
      keywords: [item.category, item.nameEn].filter(Boolean).join(','),
      group: item.category,
    }));
  }

  /** A service's definition: its attributes (an order has none beyond its description: the list is empty). */
  async service(code: string): Promise<{ service_code: string; attributes: never[] }> {
    if (!(await this.services()).some((s) => s.service_code === code)) throw new NotFoundError('service');
    return { service_code: code, attributes: [] };
  }

  async requests(actor: Actor, filters: RequestFilters): Promise<Open311Request[]> {
    const q = this.query(actor);
    if (filters.service_request_id) {
      const ids = filters.service_request_id.split(',').map((id) => id.trim()).filter(Boolean);
      q.andWhere('t.code IN (:...codes)', { codes: ids.length > 0 ? ids : [''] });
    } else {
      if (filters.service_code) q.andWhere('(t.service_code = :service OR (t.service_code IS NULL AND t.category = :service))', { service: filters.service_code });
      const end = filters.end_date ? date('end_date', filters.end_date) : null;
      const start = filters.start_date ? date('start_date', filters.start_date) : new Date((end?.getTime() ?? Date.now()) - DEFAULT_DAYS * 86_400_000);
      q.andWhere('t.created_at >= :start', { start });
      if (end) q.andWhere('t.created_at <= :end', { end });
      if (filters.status) {
        const statuses = filters.status.split(',').map((s) => s.trim());
        if (statuses.some((s) => s !== 'open' && s !== 'closed')) throw new InvalidInputError('status', 'must be open, closed, or both separated by a comma');
        if (!statuses.includes('open')) q.andWhere(`t.state IN ('closed', 'withdrawn')`);
        if (!statuses.includes('closed')) q.andWhere(`t.state NOT IN ('closed', 'withdrawn')`);
      }
    }
    const page = integer('page', filters.page, 1, 1_000_000) ?? 1;
    const size = integer('page_size', filters.page_size, 1, MAX_PAGE_SIZE) ?? PAGE_SIZE;
    const rows = await q.orderBy('t.created_at', 'DESC').addOrderBy('t.id', 'DESC').offset((page - 1) * size).limit(size).getRawMany<Row>();
    return rows.map((row) => this.toRequest(row));
  }

  /** One request, by its service_request_id (the order's code) or the order's id; 404 when unseen. */
  async request(actor: Actor, id: string): Promise<Open311Request> {
    const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
    const row = await this.query(actor).andWhere(byId ? 't.id = :id' : 't.code = :id', { id }).getRawOne<Row>();
    if (!row) throw new NotFoundError('service request');
    return this.toRequest(row);
  }

  /** POST requests: places an order as the key's account (a chain key names the enterprise in account_id). */
  async create(actor: Actor, form: NewRequest) {
    const code = text('service_code', form.service_code, 64);
    const description = text('description', form.description, 4000);
    const items = await this.catalogue.published();
    // Without a catalogue, the services are the categories.
    const byCategory = items.length === 0;
    if (byCategory ? !(CATEGORIES as readonly string[]).includes(code) : !items.some((item) => item.code === code)) {
      throw new InvalidInputError('service_code', 'is not one of GET /open311/v2/services');
    }
    const contact = [[form.first_name, form.last_name].filter(Boolean).join(' '), form.phone, form.email].filter((part) => typeof part === 'string' && part.length > 0).join(', ');
    const enterpriseId = actor.role === 'commissioner' ? text('account_id', form.account_id, 64) : undefined;
    const title = description.replace(/\s+/g, ' ').slice(0, 40);
    const placed = await this.tickets.place(actor, {
      title,
      description: contact ? `${description}\n\n联系人 (contact): ${contact}` : description,
      ...(byCategory ? { category: code as Category } : { serviceCode: code }),
      ...(enterpriseId ? { enterpriseId } : {}),
    });
    return [{ service_request_id: placed.code, token: placed.id, service_notice: `${placed.code} 已受理，由产业链党委派单 (received; the chain committee dispatches it)`, account_id: placed.enterpriseId }];
  }

  /** A token is the order's id (POST answers both): its service_request_id. */
  async token(actor: Actor, token: string) {
    const request = await this.request(actor, token).catch((error: unknown) => {
      if (error instanceof NotFoundError) throw new NotFoundError('token');
      throw error;
    });
    return [{ service_request_id: request.service_request_id, token }];
  }

  private query(actor: Actor) {
    const scope = visibleTo(actor);
    return this.dataSource
      .createQueryBuilder(TicketEntity, 't')
      .select(['t.id', 't.code', 't.title', 't.description', 't.category', 't.service_code', 't.state', 't.feedback', 't.feedback_by', 't.created_at', 't.updated_at'].map((c) => `${c} AS ${c.replace('.', '_')}`).join(', '))
      .addSelect('d.name', 'department_name')
      .addSelect('i.name', 'item_name')
      .addSelect('e.address', 'address')
      .addSelect('e.latitude', 'latitude')
      .addSelect('e.longitude', 'longitude')
      .leftJoin('departments', 'd', 'd.id = t.department_id')
      .leftJoin('service_catalogue', 'i', 'i.code = t.service_code')
      .leftJoin('enterprises', 'e', 'e.id = t.enterprise_id')
      .where(scope.where, scope.params);
  }

  private toRequest(row: Row): Open311Request {
    return {
      service_request_id: row.t_code,
      status: CLOSED.has(row.t_state) ? 'closed' : 'open',
      status_notes: row.t_feedback?.content ?? null,
      service_name: row.item_name ?? CATEGORY_NAMES[row.t_category] ?? row.t_category,
      service_code: row.t_service_code ?? row.t_category,
      description: row.t_description,
      agency_responsible: row.department_name,
      service_notice: null,
      requested_datetime: this.w3c(row.t_created_at)!,
      updated_datetime: this.w3c(row.t_updated_at)!,
      expected_datetime: this.w3c(row.t_feedback_by),
      address: row.address,
      address_id: null,
      zipcode: null,
      lat: row.latitude === null ? null : Number(row.latitude),
      long: row.longitude === null ? null : Number(row.longitude),
      media_url: null,
    };
  }
}

function text(field: string, value: unknown, max: number): string {
  if (typeof value !== 'string' || value.trim().length === 0) throw new InvalidInputError(field, 'is required');
  if (value.length > max) throw new InvalidInputError(field, `must be at most ${max} characters`);
  return value.trim();
}

function date(field: string, value: string): Date {
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) throw new InvalidInputError(field, 'must be a W3C date-time, e.g. 2026-12-01T00:00:00+08:00');
  return parsed.toJSDate();
}

function integer(field: string, value: string | undefined, min: number, max: number): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidInputError(field, `must be a whole number from ${min} to ${max}`);
  return n;
}
