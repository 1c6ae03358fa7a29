import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, Clock, ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@whistle/common';
import { AppConfig } from '@whistle/config';
import { type TimerChanges, TimerQueue } from '@whistle/deadlines';
import { NotificationsService } from '@whistle/notifications';
import { WebhookOutbox } from '@whistle/webhooks';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateEvaluationDto, EvaluationView, ListEvaluationsQuery, ScoreDto } from './evaluation.dto.js';
import { EvaluationEntity } from './evaluation.entity.js';
import { RectificationsService } from './rectifications.service.js';

/** Who sees an evaluation, as a condition on the `e` alias (named parameters, for the query builder). */
function visibleTo(actor: Actor): { where: string; params: Record<string, unknown> } {
  const scorer = `EXISTS (SELECT 1 FROM evaluation_scorers s WHERE s.evaluation_id = e.id AND s.user_id = :scopeUser)`;
  switch (actor.role) {
    case 'admin':
      return { where: 'TRUE', params: {} };
    case 'dispatcher':
    case 'commissioner':
      return { where: '(e.chain_id = :scopeChain OR e.chain_id IS NULL)', params: { scopeChain: actor.chainId } };
    case 'supervisor':
      return actor.chainId
        ? { where: `(e.chain_id = :scopeChain OR e.chain_id IS NULL OR ${scorer})`, params: { scopeChain: actor.chainId, scopeUser: actor.id } }
        : { where: 'TRUE', params: {} };
    case 'enterprise':
      return { where: scorer, params: { scopeUser: actor.id } };
    case 'department':
      return {
        where: 'EXISTS (SELECT 1 FROM evaluation_departments ed WHERE ed.evaluation_id = e.id AND ed.department_id = :scopeDepartment)',
        params: { scopeDepartment: actor.departmentId },
      };
    case 'leader':
      return {
        where: `EXISTS (SELECT 1 FROM evaluation_departments ed JOIN departments d ON d.id = ed.department_id
                        WHERE ed.evaluation_id = e.id AND d.leader_user_id = :scopeUser)`,
        params: { scopeUser: actor.id },
      };
  }
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const numeric = (value: string | null) => (value === null ? null : Number(value));

/**
 * Evaluation meetings (测评会): the committee names the departments under review and the
 * scorers; scorers give each department 0-100 while it is open; closing computes each
 * department's result (the supervisors' and the enterprises' mean scores, weighted by
 * EVALUATION_WEIGHTS) and opens a rectification order for each result below the threshold.
 */
@Injectable()
export class EvaluationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rectifications: RectificationsService,
    private readonly timerQueue: TimerQueue,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly outbox: WebhookOutbox,
  ) {}

  /** An evaluation's change for the webhooks: the evaluation without its individual scores (they are the committee's). */
  private async publish(manager: EntityManager, actor: Actor, id: string, chainId: string | null, type: string, at: Date, extra: object = {}): Promise<void> {
    await this.outbox.publish(manager, [{ type, chainId }], async () => {
      const { scores: _scores, ...evaluation } = await this.get(actor, id, manager);
      return [{ type, chainId, subjectId: id, data: { evaluation, ...extra }, at }];
    });
  }

  async create(actor: Actor, dto: CreateEvaluationDto): Promise<EvaluationView> {
    if (actor.role !== 'admin' && actor.role !== 'dispatcher') throw new ForbiddenError('evaluations are held by the chain committee or an administrator');
    if (actor.role === 'dispatcher' && dto.chainId && dto.chainId !== actor.chainId) {
      throw new InvalidInputError('chainId', 'must be your own chain');
    }
    const chainId = actor.role === 'dispatcher' ? actor.chainId! : (dto.chainId ?? null);
    if (dto.periodTo < dto.periodFrom) throw new InvalidInputError('periodTo', 'must not be before periodFrom');
    const now = this.clock.now();
    const weights = this.config.assessment.evaluationWeights;
    const evaluation = await this.dataSource.transaction(async (manager) => {
      if (chainId && !(await exists(manager, `SELECT 1 FROM chains WHERE id = $1`, [chainId]))) throw new InvalidInputError('chainId', 'no such chain');
      const departments = (await manager.query(`SELECT id FROM departments WHERE id = ANY($1::uuid[])`, [dto.departmentIds])) as { id: string }[];
      const missing = dto.departmentIds.findIndex((id) => !departments.some((d) => d.id === id));
      if (missing >= 0) throw new InvalidInputError(`departmentIds.${missing}`, 'no such department');
      const users = (await manager.query(
        `SELECT u.id, u.role, u.chain_id, u.enterprise_id, e.chain_id AS enterprise_chain
           FROM users u LEFT JOIN enterprises e ON e.id = u.enterprise_id WHERE u.id = ANY($1::uuid[])`,
        [dto.scorerIds],
      )) as { id: string; role: string; chain_id: string | null; enterprise_id: string | null; enterprise_chain: string | null }[];
      const scorers = dto.scorerIds.map((id, index) => {
        const user = users.find((u) => u.id === id);
        const field = `scorerIds.${index}`;
        if (!user) throw new InvalidInputError(field, 'no such user');
        if (user.role === 'supervisor') {
          if (chainId && user.chain_id && user.chain_id !== chainId) throw new InvalidInputError(field, 'supervises another chain');
          return { id, kind: 'supervisor' as const, enterpriseId: null };
        }
        if (user.role === 'enterprise') {
          if (chainId && user.enterprise_chain !== chainId) throw new InvalidInputError(field, 'is an enterprise of another chain');
          return { id, kind: 'enterprise' as const, enterpriseId: user.enterprise_id };
        }
        throw new InvalidInputError(field, 'scorers are supervisors or enterprise users');
      });
      const evaluation = await manager.save(
        EvaluationEntity,
        manager.create(EvaluationEntity, {
          title: dto.title,
          chainId,
          periodFrom: dto.periodFrom,
          periodTo: dto.periodTo,
          state: 'open',
          threshold: String(dto.threshold ?? this.config.assessment.evaluationThreshold),
          supervisorWeight: String(weights.supervisor),
          enterpriseWeight: String(weights.enterprise),
          createdBy: actor.id,
          createdAt: now,
          closedBy: null,
          closedAt: null,
        }),
      );
      await manager.query(
        `INSERT INTO evaluation_departments (evaluation_id, department_id) SELECT $1::uuid, unnest($2::uuid[])`,
        [evaluation.id, dto.departmentIds],
      );
      await manager.query(
        `INSERT INTO evaluation_scorers (evaluation_id, user_id, kind, enterprise_id)
         SELECT $1::uuid, unnest($2::uuid[]), unnest($3::text[]), unnest($4::uuid[])`,
        [evaluation.id, scorers.map((s) => s.id), scorers.map((s) => s.kind), scorers.map((s) => s.enterpriseId)],
      );
      await this.notifications.deliver(
        manager,
        { evaluationId: evaluation.id },
        scorers.map((s) => ({ type: 'evaluation.opened' as const, to: { user: s.id }, message: `“${dto.title}”: you are invited to score ${dto.departmentIds.length} department(s)`, params: { departments: dto.departmentIds.length } })),
        now,
      );
      await this.publish(manager, actor, evaluation.id, chainId, 'evaluation.opened', now);
      return evaluation;
    });
    return this.get(actor, evaluation.id);
  }

  async list(actor: Actor, query: ListEvaluationsQuery): Promise<EvaluationView[]> {
    const scope = visibleTo(actor);
    const builder = this.dataSource.createQueryBuilder(EvaluationEntity, 'e').select('e.id', 'id').where(scope.where, scope.params);
    if (query.state) builder.andWhere('e.state = :state', { state: query.state });
    const rows = await builder.orderBy('e.created_at', 'DESC').limit(200).getRawMany<{ id: string }>();
    return Promise.all(rows.map(({ id }) => this.get(actor, id)));
  }

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<EvaluationView> {
    const e = await this.visible(manager, actor, id);
    const departments = (await manager.query(
      `SELECT ed.*, d.name, r.id AS rectification_id
         FROM evaluation_departments ed
         JOIN departments d ON d.id = ed.department_id
         LEFT JOIN rectification_orders r ON r.evaluation_id = ed.evaluation_id AND r.department_id = ed.department_id
        WHERE ed.evaluation_id = $1 ORDER BY d.name, d.code`,
      [id],
    )) as Record<string, string | number | null>[];
    const scorers = (await manager.query(
      `SELECT s.user_id, s.kind, s.enterprise_id, COALESCE(u.display_name, u.username) AS name
         FROM evaluation_scorers s JOIN users u ON u.id = s.user_id WHERE s.evaluation_id = $1 ORDER BY s.kind DESC, name`,
      [id],
    )) as { user_id: string; kind: string; enterprise_id: string | null; name: string }[];
    // Scores are the committee's; each scorer sees their own. Departments see only the results.
    const committee = actor.role === 'admin' || (actor.role === 'dispatcher' && e.chainId === actor.chainId);
    const scores = (await manager.query(
      `SELECT * FROM evaluation_scores WHERE evaluation_id = $1 AND ($2 OR scorer_id = $3) ORDER BY department_id, scorer_id`,
      [id, committee, actor.id],
    )) as Record<string, unknown>[];
    return {
      id: e.id,
      title: e.title,
      chainId: e.chainId,
      periodFrom: e.periodFrom,
      periodTo: e.periodTo,
      state: e.state,
      threshold: Number(e.threshold),
      weights: { supervisor: Number(e.supervisorWeight), enterprise: Number(e.enterpriseWeight) },
      departments: departments.map((d) => ({
        departmentId: d.department_id as string,
        name: d.name as string,
        result: numeric(d.result as string | null),
        supervisorMean: numeric(d.supervisor_mean as string | null),
        enterpriseMean: numeric(d.enterprise_mean as string | null),
        scores: d.scores === null ? null : Number(d.scores),
        recused: d.recused === null ? null : Number(d.recused),
        rectificationId: (d.rectification_id as string | null) ?? null,
      })),
      scorers: scorers.map((s) => ({ userId: s.user_id, name: s.name, kind: s.kind, enterpriseId: s.enterprise_id })),
      scores: scores.map((s) => ({
        departmentId: s.department_id as string,
        scorerId: s.scorer_id as string,
        score: Number(s.score),
        comment: s.comment as string | null,
        recused: s.recused as boolean,
        recusalReason: s.recusal_reason as string | null,
        scoredAt: s.scored_at as Date,
      })),
      createdAt: e.createdAt,
      closedAt: e.closedAt,
    };
  }

  /**
   * A scorer scores one department (again, while open: the last score counts). An enterprise
   * scorer whose enterprise has an open ticket with the department is recused: the score is
   * kept, with the reason, and not counted.
   */
  async score(actor: Actor, id: string, dto: ScoreDto): Promise<EvaluationView> {
    if (actor.role !== 'supervisor' && actor.role !== 'enterprise') throw new ForbiddenError('scores are given by supervisors and invited enterprises');
    await this.dataSource.transaction(async (manager) => {
      const e = await this.visible(manager, actor, id, true);
      const [scorer] = (await manager.query(`SELECT kind, enterprise_id FROM evaluation_scorers WHERE evaluation_id = $1 AND user_id = $2`, [
        id,
        actor.id,
      ])) as { kind: string; enterprise_id: string | null }[];
      if (!scorer) throw new ForbiddenError('you are not a scorer of this evaluation');
      if (e.state !== 'open') throw new ConflictError('the evaluation is closed', { state: e.state });
      if (!(await exists(manager, `SELECT 1 FROM evaluation_departments WHERE evaluation_id = $1 AND department_id = $2`, [id, dto.departmentId]))) {
        throw new InvalidInputError('departmentId', 'is not under review in this evaluation');
      }
      const [conflict] = scorer.enterprise_id
        ? ((await manager.query(
            `SELECT code FROM tickets WHERE enterprise_id = $1 AND department_id = $2 AND state NOT IN ('closed', 'withdrawn') ORDER BY created_at LIMIT 1`,
            [scorer.enterprise_id, dto.departmentId],
          )) as { code: string }[])
        : [];
      await manager.query(
        `INSERT INTO evaluation_scores (evaluation_id, department_id, scorer_id, score, comment, recused, recusal_reason, scored_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (evaluation_id, department_id, scorer_id)
         DO UPDATE SET score = EXCLUDED.score, comment = EXCLUDED.comment, recused = EXCLUDED.recused,
                       recusal_reason = EXCLUDED.recusal_reason, scored_at = EXCLUDED.scored_at`,
        [
          id,
          dto.departmentId,
          actor.id,
          dto.score,
          dto.comment ?? null,
          conflict !== undefined,
          conflict ? `your enterprise has an open ticket ${conflict.code} with this department` : null,
          this.clock.now(),
        ],
      );
      await this.publish(manager, actor, id, e.chainId, 'evaluation.scored', this.clock.now(), { score: { departmentId: dto.departmentId, scorerId: actor.id, scorerKind: scorer.kind, recused: conflict !== undefined } });
    });
    return this.get(actor, id);
  }

  /** Closes the evaluation: results, then a rectification order for each result below the threshold. */
  async close(actor: Actor, id: string): Promise<EvaluationView> {
    if (actor.role !== 'admin' && actor.role !== 'dispatcher') throw new ForbiddenError('evaluations are closed by the chain committee or an administrator');
    const now = this.clock.now();
    const armed: TimerChanges[] = [];
    const view = await this.dataSource.transaction(async (manager) => {
      const e = await this.visible(manager, actor, id, true);
      if (actor.role === 'dispatcher' && e.chainId !== actor.chainId) throw new ForbiddenError('an all-chain evaluation is closed by an administrator');
      if (e.state !== 'open') throw new ConflictError('the evaluation is closed already', { state: e.state });
      const ws = Number(e.supervisorWeight);
      const we = Number(e.enterpriseWeight);
      const results = (await manager.query(
        `SELECT ed.department_id,
                avg(sc.score) FILTER (WHERE NOT sc.recused AND s.kind = 'supervisor') AS supervisor_mean,
                avg(sc.score) FILTER (WHERE NOT sc.recused AND s.kind = 'enterprise') AS enterprise_mean,
                count(sc.score) FILTER (WHERE NOT sc.recused) AS counted,
                count(sc.score) FILTER (WHERE sc.recused) AS recused
           FROM evaluation_departments ed
           LEFT JOIN evaluation_scores sc ON sc.evaluation_id = ed.evaluation_id AND sc.department_id = ed.department_id
           LEFT JOIN evaluation_scorers s ON s.evaluation_id = sc.evaluation_id AND s.user_id = sc.scorer_id
          WHERE ed.evaluation_id = $1
          GROUP BY ed.department_id`,
        [id],
      )) as { department_id: string; supervisor_mean: string | null; enterprise_mean: string | null; counted: string; recused: string }[];
      for (const r of results) {
        const sm = numeric(r.supervisor_mean);
        const em = numeric(r.enterprise_mean);
        const weight = (sm === null ? 0 : ws) + (em === null ? 0 : we);
        // A group without scores drops out; with no scores at all there is no result and no order.
        const result = weight === 0 ? null : round2(((sm ?? 0) * (sm === null ? 0 : ws) + (em ?? 0) * (em === null ? 0 : we)) / weight);
        await manager.query(
          `UPDATE evaluation_departments SET result = $3, supervisor_mean = $4, enterprise_mean = $5, scores = $6, recused = $7
            WHERE evaluation_id = $1 AND department_id = $2`,
          [id, r.department_id, result, sm === null ? null : round2(sm), em === null ? null : round2(em), Number(r.counted), Number(r.recused)],
        );
        const message = `“${e.title}” closed: your department’s result is ${result ?? 'none (no scores)'}`;
        await this.notifications.deliver(manager, { evaluationId: id }, [{ type: 'evaluation.closed', to: { usersOfDepartment: r.department_id }, message, params: result === null ? {} : { score: result } }], now);
        if (result !== null && result < Number(e.threshold)) {
          const { timers } = await this.rectifications.open(
            manager,
            { evaluationId: id, evaluationTitle: e.title, departmentId: r.department_id, chainId: e.chainId, score: result, threshold: Number(e.threshold) },
            now,
          );
          armed.push(timers);
        }
      }
      await manager.update(EvaluationEntity, { id }, { state: 'closed', closedAt: now, closedBy: actor.id });
      await this.publish(manager, actor, id, e.chainId, 'evaluation.closed', now);
      return this.get(actor, id, manager);
    });
    for (const timers of armed) await this.timerQueue.apply(timers);
    return view;
  }

  private async visible(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<EvaluationEntity> {
    const scope = visibleTo(actor);
    const query = manager.createQueryBuilder(EvaluationEntity, 'e').where('e.id = :id', { id }).andWhere(scope.where, scope.params);
    const evaluation = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!evaluation) throw new NotFoundError('evaluation');
    return evaluation;
  }
}

async function exists(manager: EntityManager, sql: string, params: unknown[]): Promise<boolean> {
  return ((await manager.query(sql, params)) as unknown[]).length > 0;
}
