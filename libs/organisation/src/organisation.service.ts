import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Clock, ConflictError, InvalidInputError, NotFoundError, type Role, UnauthenticatedError } from '@whistle/common';
import { findOneByColumn } from '@whistle/persistence';
import { randomBytes, randomInt } from 'node:crypto';
import { type EntityManager, QueryFailedError, type Repository } from 'typeorm';
import type {
  CreateChainDto,
  CreateDepartmentDto,
  CreateEnterpriseDto,
  CreateUserDto,
  UpdateChainDto,
  UpdateDepartmentDto,
  UpdateEnterpriseDto,
  UpdateUserDto,
  UserView,
} from './organisation.dto.js';
import { ChainEntity, DepartmentEntity, EnterpriseEntity, UserEntity } from './organisation.entity.js';
import { PasswordHasher } from './password-hasher.js';
import { PasswordPolicy } from './password-policy.js';
import { AdminAudit, type Audited, type AuditActor } from './admin-audit.js';

/** Orders still under way: what a change of leader or of chain must decide about. */
const OPEN = `state NOT IN ('closed', 'withdrawn')`;

export type Binding = 'chainId' | 'enterpriseId' | 'departmentId';
export const BINDING_FIELDS: Binding[] = ['chainId', 'enterpriseId', 'departmentId'];

/** Which binding each role needs: 'required', 'optional', or absent (not allowed). */
export const BINDINGS: Record<Role, Partial<Record<'chainId' | 'enterpriseId' | 'departmentId', 'required' | 'optional'>>> = {
  admin: {},
  enterprise: { enterpriseId: 'required' },
  commissioner: { chainId: 'required' },
  dispatcher: { chainId: 'required' },
  department: { departmentId: 'required' },
  leader: {},
  supervisor: { chainId: 'optional' },
};

/** Keeps the organisation (chains, departments, enterprises, users): the administrator's work. */
@Injectable()
export class OrganisationService {
  constructor(
    @InjectRepository(ChainEntity) private readonly chains: Repository<ChainEntity>,
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
    @InjectRepository(EnterpriseEntity) private readonly enterprises: Repository<EnterpriseEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly clock: Clock,
    private readonly audit: AdminAudit,
  ) {
    this.userById = findOneByColumn(users, 'id');
    this.departmentById = findOneByColumn(departments, 'id');
    this.enterpriseById = findOneByColumn(enterprises, 'id');
  }

  // Read on every request (the token's user) and every order and dispatch: plain, prepared SQL.
  private readonly userById: (id: string) => Promise<UserEntity | null>;
  private readonly departmentById: (id: string) => Promise<DepartmentEntity | null>;
  private readonly enterpriseById: (id: string) => Promise<EnterpriseEntity | null>;

  createChain(dto: CreateChainDto, actor: AuditActor | null): Promise<ChainEntity> {
    return uniquely(`a chain with code ${dto.code} already exists`, () =>
      this.audited(actor, 'chain', async (manager) => ({ before: null, after: await manager.save(manager.create(ChainEntity, dto)) })),
    );
  }

  findChain(id: string): Promise<ChainEntity | null> {
    return this.chains.findOneBy({ id });
  }

  listChains(): Promise<ChainEntity[]> {
    return this.chains.find({ order: { code: 'ASC' } });
  }

  async createDepartment(dto: CreateDepartmentDto, actor: AuditActor | null): Promise<DepartmentEntity> {
    if (dto.leaderUserId) await this.requireUser('leaderUserId', dto.leaderUserId, 'leader');
    return uniquely(`a department with code ${dto.code} already exists`, () =>
      this.audited(actor, 'department', async (manager) => ({ before: null, after: await manager.save(manager.create(DepartmentEntity, { ...dto, leaderUserId: dto.leaderUserId ?? null })) })),
    );
  }

  listDepartments(): Promise<DepartmentEntity[]> {
    return this.departments.find({ order: { code: 'ASC' } });
  }

  findDepartment(id: string): Promise<DepartmentEntity | null> {
    return this.departmentById(id);
  }

  async createEnterprise(dto: CreateEnterpriseDto, actor: AuditActor | null): Promise<EnterpriseEntity> {
    if (!(await this.chains.existsBy({ id: dto.chainId, active: true }))) throw new InvalidInputError('chainId', 'no such active chain');
    return this.audited(actor, 'enterprise', async (manager) => ({ before: null, after: await manager.save(manager.create(EnterpriseEntity, { ...dto, address: dto.address ?? null, latitude: dto.latitude ?? null, longitude: dto.longitude ?? null })) }));
  }

  listEnterprises(): Promise<EnterpriseEntity[]> {
    return this.enterprises.find({ order: { createdAt: 'ASC' } });
  }

  findEnterprise(id: string): Promise<EnterpriseEntity | null> {
    return this.enterpriseById(id);
  }

  async createUser(dto: CreateUserDto, actor: AuditActor | null): Promise<UserEntity> {
    this.policy.check('password', dto.password);
    const bindings = await this.checkBindings(dto.role, { chainId: dto.chainId ?? null, enterpriseId: dto.enterpriseId ?? null, departmentId: dto.departmentId ?? null });
    const passwordHash = await this.hasher.hash(dto.password);
    return uniquely(`the username ${dto.username} is taken`, () =>
      this.audited(actor, 'user', async (manager) => ({
        before: null,
        after: await manager.save(
          manager.create(UserEntity, { username: dto.username, passwordHash, role: dto.role, displayName: dto.displayName ?? null, ...bindings, passwordChangedAt: this.clock.now() }),
        ),
      })),
    );
  }

  /** Every user, with the lock a run of failed logins put on its username (if any is still on). */
  async listUsers(): Promise<(UserEntity & { lockedUntil: Date | null })[]> {
    const users = await this.users.find({ order: { createdAt: 'ASC' } });
    const locks = new Map(
      ((await this.users.manager.query(`SELECT username, locked_until FROM login_failures WHERE locked_until > $1`, [this.clock.now()])) as { username: string; locked_until: Date }[]).map(
        (row) => [row.username, row.locked_until],
      ),
    );
    return users.map((user) => Object.assign(user, { lockedUntil: locks.get(user.username) ?? null }));
  }

  async updateChain(id: string, dto: UpdateChainDto, actor: AuditActor | null): Promise<ChainEntity> {
    return uniquely(`a chain with code ${dto.code} already exists`, () =>
      this.audited(actor, 'chain', async (manager) => {
        const chain = await manager.findOne(ChainEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!chain) throw new NotFoundError('chain');
        const before = { ...chain };
        return { before, after: await manager.save(Object.assign(chain, given(dto))) };
      }),
    );
  }

  /**
   * A new leader in charge takes over the department's open orders (and open rectification
   * orders): the escalations still to come reach the person now answerable for them. Closed
   * orders keep the leader of their time, as the ledgers report them.
   */
  async updateDepartment(id: string, dto: UpdateDepartmentDto, actor: AuditActor | null): Promise<DepartmentEntity> {
    return uniquely(`a department with code ${dto.code} already exists`, () =>
      this.audited(actor, 'department', async (manager) => {
        const department = await manager.findOne(DepartmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!department) throw new NotFoundError('department');
        if (dto.leaderUserId) await this.requireUser('leaderUserId', dto.leaderUserId, 'leader', manager);
        const before = { ...department };
        const leaderChanged = dto.leaderUserId !== undefined && dto.leaderUserId !== department.leaderUserId;
        const saved = await manager.save(Object.assign(department, given(dto)));
        if (leaderChanged) await moveOpenWork(manager, { departmentId: id }, saved.leaderUserId);
        return { before, after: saved };
      }),
    );
  }

  /**
   * Moving an enterprise to another chain moves its users' chain with it (they see their own
   * orders by enterprise, wherever those are). Orders already placed stay with the chain whose
   * committee holds them: it dispatched them and counts them in its ledgers; new orders go to
   * the new chain.
   */
  async updateEnterprise(id: string, dto: UpdateEnterpriseDto, actor: AuditActor | null): Promise<EnterpriseEntity> {
    return this.audited(actor, 'enterprise', async (manager) => {
      const enterprise = await manager.findOne(EnterpriseEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!enterprise) throw new NotFoundError('enterprise');
      if (dto.chainId && dto.chainId !== enterprise.chainId && !(await manager.existsBy(ChainEntity, { id: dto.chainId, active: true }))) {
        throw new InvalidInputError('chainId', 'no such active chain');
      }
      const before = { ...enterprise };
      const moved = dto.chainId !== undefined && dto.chainId !== enterprise.chainId;
      const saved = await manager.save(Object.assign(enterprise, given(dto)));
      if (moved) await manager.query(`UPDATE users SET chain_id = $2, updated_at = now() WHERE enterprise_id = $1`, [id, saved.chainId]);
      return { before, after: saved };
    });
  }

  /**
   * Changes a user. A new role or binding, and a deactivation, end every session at once (the
   * token version is raised). A leader who is deactivated or stops being a leader leaves the
   * departments in their charge without one: their open orders' escalations go to the chain
   * committee until the administrator names a new leader. The last active administrator
   * cannot be retired or demoted.
   */
  async updateUser(id: string, dto: UpdateUserDto, actor: AuditActor | null): Promise<UserEntity> {
    return this.audited(actor, 'user', async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('user');
      const before = { ...user };
      const role = dto.role ?? user.role;
      const roleChanged = role !== user.role;
      // A binding not given stays, unless the new role has no use for it.
      const sent = Object.fromEntries(BINDING_FIELDS.filter((f) => dto[f] !== undefined).map((f) => [f, dto[f] ?? null]));
      const merged = Object.fromEntries(
        BINDING_FIELDS.map((f) => [f, f in sent ? sent[f] : BINDINGS[role][f] ? user[f] : null]),
      ) as Record<Binding, string | null>;
      const bindings = await this.checkBindings(role, merged, manager, { chainId: user.chainId, enterpriseId: user.enterpriseId, departmentId: user.departmentId });
      const bindingChanged = BINDING_FIELDS.some((f) => bindings[f] !== user[f]);
      const deactivated = dto.active === false && user.active;
      if (user.role === 'admin' && user.active && (deactivated || roleChanged)) {
        // Every active administrator's row held: two administrators retiring each other at the
        // same moment would otherwise each see the other still active.
        const admins = (await manager.query(`SELECT id FROM users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`)) as { id: string }[];
        if (!admins.some((admin) => admin.id !== id)) throw new ConflictError('the last active administrator cannot be retired or given another role', { field: 'active' });
      }
      Object.assign(user, bindings, {
        role,
        ...(dto.displayName !== undefined ? { displayName: dto.displayName } : {}),
        ...(dto.active !== undefined ? { active: dto.active } : {}),
      });
      if (roleChanged || bindingChanged || deactivated) user.tokenVersion += 1;
      const saved = await manager.save(user);
      if (user.role !== 'leader' || !user.active) {
        // No longer anyone's leader in charge: their departments wait for a new one.
        const departments = (await manager.query(`UPDATE departments SET leader_user_id = NULL, updated_at = now() WHERE leader_user_id = $1 RETURNING id`, [id])) as [{ id: string }[], number];
        for (const { id: departmentId } of departments[0] ?? []) await moveOpenWork(manager, { departmentId }, null);
        await moveOpenWork(manager, { leaderUserId: id }, null);
      }
      return { before, after: saved };
    });
  }

  /**
   * A one-time password for the user (an administrator's reset): to be changed at the next
   * login, and every session of the user ends now. Also lifts a login lock.
   */
  async resetPassword(id: string, actor: AuditActor | null): Promise<string> {
    const oneTimePassword = oneTime();
    const passwordHash = this.hasher.hashOneTime(oneTimePassword);
    await this.audited(actor, 'user', async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('user');
      const before = { ...user };
      await manager.query(`DELETE FROM login_failures WHERE username = $1`, [user.username]);
      return { before, after: await manager.save(Object.assign(user, { passwordHash, mustChangePassword: true, tokenVersion: user.tokenVersion + 1, passwordChangedAt: this.clock.now() })) };
    }, 'password_reset');
    return oneTimePassword;
  }

  /** The user's own change: the current password first; every session ends (recorded in the audit trail, by the user). */
  async changePassword(id: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findOneBy({ id, active: true });
    if (!user) throw new UnauthenticatedError('invalid or expired token');
    if (!(await this.hasher.verify(user.passwordHash, currentPassword).catch(() => false))) {
      throw new InvalidInputError('currentPassword', 'is not your current password');
    }
    this.policy.check('newPassword', newPassword);
    if (currentPassword === newPassword) throw new InvalidInputError('newPassword', 'must differ from the current password');
    const passwordHash = await this.hasher.hash(newPassword);
    await this.audited({ id: user.id, username: user.username }, 'user', async (manager) => {
      const locked = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw new UnauthenticatedError('invalid or expired token');
      const before = { ...locked };
      return { before, after: await manager.save(Object.assign(locked, { passwordHash, mustChangePassword: false, tokenVersion: locked.tokenVersion + 1, passwordChangedAt: this.clock.now() })) };
    }, 'password_changed');
  }

  /** Lifts the lock that failed logins put on the user's username. */
  async unlock(id: string, actor: AuditActor | null): Promise<void> {
    await this.audited(actor, 'user', async (manager) => {
      const user = await manager.findOneBy(UserEntity, { id });
      if (!user) throw new NotFoundError('user');
      await manager.query(`DELETE FROM login_failures WHERE username = $1`, [user.username]);
      return { before: user, after: user };
    }, 'unlocked');
  }

  /**
   * Runs a change in a transaction and records it in the administrators' audit trail in the
   * same one: `created` when there was nothing before, `retired` / `reactivated` when `active`
   * moved, `updated` otherwise, unless the caller names the action.
   */
  private audited<T extends { id: string; active?: boolean }>(
    actor: AuditActor | null,
    entity: Audited,
    change: (manager: EntityManager) => Promise<{ before: T | null; after: T }>,
    action?: string,
  ): Promise<T> {
    return this.users.manager.transaction(async (manager) => {
      const { before, after } = await change(manager);
      const named = action ?? (!before ? 'created' : before.active && !after.active ? 'retired' : !before.active && after.active ? 'reactivated' : 'updated');
      await this.audit.record(manager, actor, { entity, entityId: after.id, action: named, before: before && snapshot(entity, before), after: snapshot(entity, after) });
      return after;
    });
  }

  findUserById(id: string): Promise<UserEntity | null> {
    return this.userById(id);
  }

  findUserByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ username });
  }

  /**
   * On first start with an empty user table, creates the administrator. Returns the
   * generated password when none was configured, so the caller can print it once.
   */
  async ensureAdministrator(username: string, password: string | null): Promise<{ created: boolean; generatedPassword: string | null }> {
    if ((await this.users.count()) > 0) return { created: false, generatedPassword: null };
    if (password) this.policy.check('ADMIN_PASSWORD', password);
    const generated = password ? null : randomBytes(12).toString('base64url');
    try {
      await this.createUser({ username, password: password ?? generated!, role: 'admin', displayName: 'Administrator' }, null);
    } catch (error) {
      // Another process of the same deployment created it first.
      if (error instanceof ConflictError) return { created: false, generatedPassword: null };
      throw error;
    }
    return { created: true, generatedPassword: generated };
  }

  private async requireUser(field: string, id: string, role: Role, manager: EntityManager = this.users.manager): Promise<UserEntity> {
    const user = await manager.findOneBy(UserEntity, { id });
    if (!user || user.role !== role || !user.active) throw new InvalidInputError(field, `must be the id of an active user with role ${role}`);
    return user;
  }

  /**
   * The bindings a role needs, each checked to exist and be active (a binding a user keeps, as in
   * `current`, may have been retired since); an enterprise user's chain is its enterprise's.
   */
  private async checkBindings(
    role: Role,
    given: Record<Binding, string | null>,
    manager: EntityManager = this.users.manager,
    current?: Record<Binding, string | null>,
  ): Promise<Record<Binding, string | null>> {
    const rules = BINDINGS[role];
    for (const field of BINDING_FIELDS) {
      if (rules[field] === 'required' && !given[field]) throw new InvalidInputError(field, `is required for role ${role}`);
      if (!rules[field] && given[field]) throw new InvalidInputError(field, `is not used by role ${role}`);
    }
    const usable = (field: Binding, row: { active: boolean } | null) => row !== null && (row.active || current?.[field] === given[field]);
    let chainId = given.chainId;
    if (rules.chainId && chainId && !usable('chainId', await manager.findOneBy(ChainEntity, { id: chainId }))) throw new InvalidInputError('chainId', 'no such active chain');
    if (given.enterpriseId) {
      const enterprise = await manager.findOneBy(EnterpriseEntity, { id: given.enterpriseId });
      if (!enterprise || !usable('enterpriseId', enterprise)) throw new InvalidInputError('enterpriseId', 'no such active enterprise');
      chainId = enterprise.chainId;
    }
    if (given.departmentId && !usable('departmentId', await manager.findOneBy(DepartmentEntity, { id: given.departmentId }))) {
      throw new InvalidInputError('departmentId', 'no such active department');
    }
    return { chainId: rules.chainId || role === 'enterprise' ? chainId : null, enterpriseId: given.enterpriseId, departmentId: given.departmentId };
  }
}

/**
 * Open orders and open rectification orders (of a department, or led by a user) get a new
 * leader in charge. A ticket's version stays (it numbers the timeline's events): a ticket
 * change that read the row before leaves this column alone unless it sets the leader itself
 * (TicketsRepository.updateIfVersion); a rectification order is changed under a row lock.
 */
async function moveOpenWork(manager: EntityManager, of: { departmentId: string } | { leaderUserId: string }, leaderUserId: string | null): Promise<void> {
  const [column, value] = 'departmentId' in of ? ['department_id', of.departmentId] : ['leader_user_id', of.leaderUserId];
  await manager.query(`UPDATE tickets SET leader_user_id = $2 WHERE ${column} = $1 AND ${OPEN} AND leader_user_id IS DISTINCT FROM $2`, [value, leaderUserId]);
  await manager.query(`UPDATE rectification_orders SET leader_user_id = $2 WHERE ${column} = $1 AND state <> 'signed_off' AND leader_user_id IS DISTINCT FROM $2`, [value, leaderUserId]);
}

/** What the audit trail keeps of an object: its columns, never a password hash or the timestamps. */
export function snapshot(entity: Audited, row: object): object {
  const { createdAt: _c, updatedAt: _u, ...rest } = row as Record<string, unknown>;
  if (entity !== 'user') return rest;
  const { passwordHash: _h, passwordChangedAt: _p, lockedUntil: _l, ...user } = rest;
  return user;
}

/** The fields a PATCH body gave (a DTO instance has every declared field, undefined when absent). */
export function given<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Twelve characters from an alphabet of 57 without look-alikes (no 0/O, 1/l/I), in three groups: 70 random bits. */
export function oneTime(): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const chars = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((group) => group.join('')).join('-');
}

export function toUserView(user: UserEntity & { lockedUntil?: Date | null }): UserView {
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    displayName: user.displayName,
    chainId: user.chainId,
    enterpriseId: user.enterpriseId,
    departmentId: user.departmentId,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
    lockedUntil: user.lockedUntil ?? null,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}

async function uniquely<T>(message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
      throw new ConflictError(message);
    }
    throw error;
  }
}
