import { Injectable } from '@nestjs/common';
import { PickType } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, ConflictError, fieldErrors, type Role } from '@whistle/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AdminAudit, type AuditActor, type AuditChange, type Audited } from '../admin-audit.js';
import { CreateDepartmentDto, CreateEnterpriseDto, CreateUserDto } from '../organisation.dto.js';
import { DepartmentEntity, EnterpriseEntity, UserEntity } from '../organisation.entity.js';
import { BINDINGS, oneTime, snapshot } from '../organisation.service.js';
import { PasswordHasher } from '../password-hasher.js';
import { columnFor, IMPORT_COLUMNS, type ImportColumn, type ImportKind, listedValue } from './import-columns.js';
import { type Cell, readTable } from './read-table.js';

/** A row that cannot be imported: where (the spreadsheet's row number, the column) and why. */
export interface ImportError {
  row: number;
  /** The column's field (`username`, `chain`, …), or `file` for the file as a whole. */
  field: string;
  /** The column's heading as the file wrote it, when the file has it. */
  column: string | null;
  message: string;
  /** What is wrong, for a console to say in its own language (with `params`); `message` says it in English. */
  code: ImportErrorCode;
  params: Record<string, string | number>;
}

export const IMPORT_ERROR_CODES = [
  'unknown_column',
  'duplicate_column',
  'missing_column',
  'formula',
  'required',
  'invalid',
  'not_listed',
  'taken',
  'repeats',
  'not_used',
  'required_for_role',
  'leader_not_found',
  'chain_not_found',
  'chain_retired',
  'enterprise_not_found',
  'enterprise_ambiguous',
  'department_not_found',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** A user the import created, with the one-time password to hand over (shown once). */
export interface ImportedCredential {
  row: number;
  username: string;
  displayName: string | null;
  role: Role;
  oneTimePassword: string;
}

export interface ImportResult {
  kind: ImportKind;
  dryRun: boolean;
  /** The data rows the file holds (blank rows not counted). */
  rows: number;
  /** The rows created: 0 in a dry run, and whenever there is any error. */
  created: number;
  errors: ImportError[];
  /** Users only, after a real import: every new user's one-time password. */
  credentials: ImportedCredential[];
}

/** A row read from the file: each field's trimmed text (absent when the cell is blank). */
interface Line {
  row: number;
  values: Record<string, string | undefined>;
}

/** What a kind's plan makes of the rows: the objects to insert, each with its row. */
interface Plan<T> {
  entity: Audited;
  target: typeof DepartmentEntity | typeof EnterpriseEntity | typeof UserEntity;
  items: { row: number; value: T }[];
}

/** The username and display name rules of a user, without the password an import never takes. */
class ImportedUserDto extends PickType(CreateUserDto, ['username', 'displayName'] as const) {}

/** Text a spreadsheet would run as a formula when the file is opened again (OWASP: CSV injection). */
const FORMULA_LIKE = /^(?:[\t\r]|\s*[=+\-@])/;

/**
 * Bulk import of departments, enterprises and users from a CSV or XLSX file whose headings are
 * Chinese or English (import-columns.ts). Every row is checked against the same rules as the
 * API's POST bodies, against the rows already stored and against the file's other rows; a dry
 * run stops there. A real import with any error creates nothing; without errors it creates
 * every row, and an audit record for each, in one transaction. Imported users get one-time
 * passwords, answered once to the administrator who imported them, to be changed at first login.
 */
@Injectable()
export class OrganisationImport {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AdminAudit,
    private readonly clock: Clock,
  ) {}

  async run(kind: ImportKind, file: { buffer: Buffer; originalname: string }, dryRun: boolean, actor: AuditActor): Promise<ImportResult> {
    const table = await readTable(file);
    const errors: ImportError[] = [];
    const columns = mapHeadings(kind, table.headings, table.headingRow, errors);
    const result = (created: number, credentials: ImportedCredential[] = []): ImportResult => ({
      kind,
      dryRun,
      rows: table.rows.length,
      created,
      errors: errors.sort((a, b) => a.row - b.row),
      credentials,
    });
    if (errors.length > 0) return result(0);
    const headingOf = (field: string) => table.headings[columns.findIndex((column) => column?.field === field)] ?? null;
    const fail: Fail = (row, field, code, message, params = {}) => {
      errors.push({ row, field, column: headingOf(field), message, code, params });
      return false;
    };
    const lines = table.rows.map(({ row, cells }) => ({ row, values: readLine(columns, cells, row, fail) }));
    const plan = await this.plan(kind, lines, fail);
    if (errors.length > 0 || dryRun) return result(0);

    const credentials: ImportedCredential[] = [];
    if (kind === 'users') {
      for (const item of plan.items as { row: number; value: UserEntity }[]) {
        const password = oneTime();
        item.value.passwordHash = this.hasher.hashOneTime(password);
        credentials.push({ row: item.row, username: item.value.username, displayName: item.value.displayName, role: item.value.role, oneTimePassword: password });
      }
    }
    try {
      await this.dataSource.transaction((manager) => this.insert(manager, plan, actor));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ConflictError('a row of the file was created by someone else meanwhile: run the dry run again to see which');
      }
      throw error;
    }
    return result(plan.items.length, credentials);
  }

  private async insert(manager: EntityManager, plan: Plan<object>, actor: AuditActor): Promise<void> {
    const values = plan.items.map((item) => item.value);
    for (let i = 0; i < values.length; i += 1000) {
      await manager.createQueryBuilder().insert().into(plan.target).values(values.slice(i, i + 1000)).updateEntity(false).execute();
    }
    const changes: AuditChange[] = plan.items.map(({ value }) => ({
      entity: plan.entity,
      entityId: (value as { id: string }).id,
      action: 'imported',
      before: null,
      after: snapshot(plan.entity, value),
    }));
    await this.audit.recordMany(manager, actor, changes);
  }

  private plan(kind: ImportKind, lines: Line[], fail: Fail): Promise<Plan<object>> {
    switch (kind) {
      case 'departments':
        return this.planDepartments(lines, fail);
      case 'enterprises':
        return this.planEnterprises(lines, fail);
      case 'users':
        return this.planUsers(lines, fail);
    }
  }

  private async planDepartments(lines: Line[], fail: Fail): Promise<Plan<DepartmentEntity>> {
    const taken = new Set(((await this.dataSource.query(`SELECT code FROM departments`)) as { code: string }[]).map((d) => d.code));
    const leaders = new Map(
      ((await this.dataSource.query(`SELECT id, username FROM users WHERE role = 'leader' AND active`)) as { id: string; username: string }[]).map((u) => [u.username, u.id]),
    );
    const seen = new Map<string, number>();
    const items: Plan<DepartmentEntity>['items'] = [];
    for (const { row, values } of lines) {
      let ok = check(CreateDepartmentDto, { code: values.code, name: values.name }, row, fail, {}) && Boolean(values.code && values.name);
      const code = values.code;
      if (code !== undefined && ok) ok = unique(seen, taken, code, row, 'code', fail, 'a department with this code already exists');
      let leaderUserId: string | null = null;
      if (values.leader !== undefined) {
        leaderUserId = leaders.get(values.leader) ?? null;
        if (!leaderUserId) ok = fail(row, 'leader', 'leader_not_found', 'is not the username of an active leader in charge');
      }
      if (ok) items.push({ row, value: Object.assign(new DepartmentEntity(), { id: randomUUID(), code: code!, name: values.name!, leaderUserId, active: true }) });
    }
    return { entity: 'department', target: DepartmentEntity, items };
  }

  private async planEnterprises(lines: Line[], fail: Fail): Promise<Plan<EnterpriseEntity>> {
    const chains = await this.chains();
    const taken = new Set(((await this.dataSource.query(`SELECT chain_id, name FROM enterprises`)) as { chain_id: string; name: string }[]).map((e) => `${e.chain_id}\n${e.name}`));
    const seen = new Map<string, number>();
    const items: Plan<EnterpriseEntity>['items'] = [];
    const tier = IMPORT_COLUMNS.enterprises.find((column) => column.field === 'tier')!;
    for (const { row, values } of lines) {
      const chainId = values.chain === undefined ? undefined : chains.resolve(values.chain, row, fail);
      const tierValue = values.tier === undefined ? undefined : listed(tier, values.tier, row, fail);
      let ok = check(CreateEnterpriseDto, { name: values.name, chainId: chainId ?? undefined, tier: tierValue ?? undefined, address: values.address }, row, fail, { chainId: 'chain' });
      ok &&= Boolean(values.name && chainId && tierValue);
      if (ok) ok = unique(seen, taken, `${chainId}\n${values.name}`, row, 'name', fail, 'an enterprise of this name already exists in this chain');
      if (ok) {
        items.push({
          row,
          value: Object.assign(new EnterpriseEntity(), { id: randomUUID(), name: values.name!, chainId: chainId!, tier: tierValue as EnterpriseEntity['tier'], address: values.address ?? null, active: true }),
        });
      }
    }
    return { entity: 'enterprise', target: EnterpriseEntity, items };
  }

  private async planUsers(lines: Line[], fail: Fail): Promise<Plan<UserEntity>> {
    const chains = await this.chains();
    const taken = new Set(((await this.dataSource.query(`SELECT username FROM users`)) as { username: string }[]).map((u) => u.username));
    const enterprises = (await this.dataSource.query(`SELECT id, name, chain_id FROM enterprises WHERE active`)) as { id: string; name: string; chain_id: string }[];
    const departments = (await this.dataSource.query(`SELECT id, code, name FROM departments WHERE active`)) as { id: string; code: string; name: string }[];
    const role = IMPORT_COLUMNS.users.find((column) => column.field === 'role')!;
    const seen = new Map<string, number>();
    const items: Plan<UserEntity>['items'] = [];
    const now = this.clock.now();
    for (const { row, values } of lines) {
      let ok = check(ImportedUserDto, { username: values.username, displayName: values.displayName }, row, fail, {}) && values.username !== undefined;
      if (ok) ok = unique(seen, taken, values.username!, row, 'username', fail, 'this username is taken');
      const roleValue = values.role === undefined ? null : (listed(role, values.role, row, fail) as Role | null);
      if (!roleValue) continue;
      const rules = BINDINGS[roleValue];
      const bindings = { chainId: null as string | null, enterpriseId: null as string | null, departmentId: null as string | null };
      const chainUsed = rules.chainId !== undefined || roleValue === 'enterprise';
      if (values.chain !== undefined && !chainUsed) ok = fail(row, 'chain', 'not_used', `is not used by role ${roleValue}`, { role: roleValue });
      const chainId = values.chain !== undefined && chainUsed ? chains.resolve(values.chain, row, fail) : undefined;
      if (chainId === null) ok = false;
      if (rules.chainId === 'required' && values.chain === undefined) ok = fail(row, 'chain', 'required_for_role', `is required for role ${roleValue}`, { role: roleValue });
      if (rules.chainId && chainId) bindings.chainId = chainId;

      if (values.enterprise !== undefined && !rules.enterpriseId) ok = fail(row, 'enterprise', 'not_used', `is not used by role ${roleValue}`, { role: roleValue });
      if (rules.enterpriseId === 'required' && values.enterprise === undefined) ok = fail(row, 'enterprise', 'required_for_role', `is required for role ${roleValue}`, { role: roleValue });
      if (rules.enterpriseId && values.enterprise !== undefined && chainId !== null) {
        const matches = enterprises.filter((e) => e.name === values.enterprise && (chainId === undefined || e.chain_id === chainId));
        if (matches.length === 1) Object.assign(bindings, { enterpriseId: matches[0]!.id, chainId: matches[0]!.chain_id });
        else if (matches.length === 0) ok = fail(row, 'enterprise', 'enterprise_not_found', `is not the name of an active enterprise${chainId ? ' of this chain' : ''}`);
        else ok = fail(row, 'enterprise', 'enterprise_ambiguous', `names ${matches.length} active enterprises: give the chain to tell them apart`, { count: matches.length });
      }

      if (values.department !== undefined && !rules.departmentId) ok = fail(row, 'department', 'not_used', `is not used by role ${roleValue}`, { role: roleValue });
      if (rules.departmentId === 'required' && values.department === undefined) ok = fail(row, 'department', 'required_for_role', `is required for role ${roleValue}`, { role: roleValue });
      if (rules.departmentId && values.department !== undefined) {
        const department = departments.find((d) => d.code === values.department) ?? departments.find((d) => d.name === values.department);
        if (department) bindings.departmentId = department.id;
        else ok = fail(row, 'department', 'department_not_found', 'is not the code or name of an active department');
      }
      if (ok) {
        items.push({
          row,
          value: Object.assign(new UserEntity(), {
            id: randomUUID(),
            username: values.username!,
            passwordHash: '',
            role: roleValue,
            displayName: values.displayName ?? null,
            ...bindings,
            tokenVersion: 0,
            mustChangePassword: true,
            passwordChangedAt: now,
            active: true,
          }),
        });
      }
    }
    return { entity: 'user', target: UserEntity, items };
  }

  /** The chains, found by code or by name; a retired one is refused. */
  private async chains(): Promise<{ resolve: (text: string, row: number, fail: Fail) => string | null }> {
    const chains = (await this.dataSource.query(`SELECT id, code, name, active FROM chains`)) as { id: string; code: string; name: string; active: boolean }[];
    return {
      resolve: (text, row, fail) => {
        const chain = chains.find((c) => c.code === text) ?? chains.find((c) => c.name === text) ?? chains.find((c) => c.code.toLowerCase() === text.toLowerCase());
        if (!chain) return (fail(row, 'chain', 'chain_not_found', 'is not the code or name of a chain'), null);
        if (!chain.active) return (fail(row, 'chain', 'chain_retired', 'is a retired chain'), null);
        return chain.id;
      },
    };
  }
}

/** Records an error; answers false, so that `ok = fail(…)` reads as what it means. */
type Fail = (row: number, field: string, code: ImportErrorCode, message: string, params?: Record<string, string | number>) => false;

/** Each heading's column; unknown, repeated and missing required columns are errors of the heading row. */
function mapHeadings(kind: ImportKind, headings: string[], row: number, errors: ImportError[]): (ImportColumn | undefined)[] {
  const columns = headings.map((text) => (text === '' ? undefined : columnFor(kind, text)));
  const expected = IMPORT_COLUMNS[kind].map((column) => column.zh).join('、');
  headings.forEach((text, index) => {
    if (text !== '' && !columns[index]) errors.push({ row, field: 'file', column: text, code: 'unknown_column', params: { expected }, message: `is not a column of this import (columns: ${expected}, or their English names)` });
    const column = columns[index];
    if (column && columns.indexOf(column) !== index) errors.push({ row, field: column.field, column: text, code: 'duplicate_column', params: {}, message: 'is a second column for the same field' });
  });
  for (const column of IMPORT_COLUMNS[kind]) {
    if (column.required && !columns.includes(column)) errors.push({ row, field: column.field, column: null, code: 'missing_column', params: { zh: column.zh, en: column.en }, message: `the column ${column.zh} (${column.en}) is missing` });
  }
  return columns;
}

/** A row's values by field; formulas and formula-like text are refused, blank cells absent. */
function readLine(columns: (ImportColumn | undefined)[], cells: Cell[], row: number, fail: Fail): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  const refused = new Set<string>();
  columns.forEach((column, index) => {
    if (!column) return;
    const cell = cells[index];
    if (!cell) return;
    if (cell.formula || FORMULA_LIKE.test(cell.text)) {
      fail(row, column.field, 'formula', 'is a formula, or begins like one (= + - @ or a tab): refused, since a spreadsheet could run it (CSV injection)');
      values[column.field] = undefined;
      refused.add(column.field);
      return;
    }
    const text = cell.text.trim();
    if (text !== '') values[column.field] = text;
  });
  for (const column of columns) {
    if (column?.required && values[column.field] === undefined && !refused.has(column.field)) fail(row, column.field, 'required', 'is required');
  }
  return values;
}

/** A listed value (a role, a tier) in either language; an error naming the accepted words otherwise. */
function listed(column: ImportColumn, text: string, row: number, fail: Fail): string | null {
  const value = listedValue(column, text);
  if (value) return value;
  fail(row, column.field, 'not_listed', `must be one of: ${column.values!.map((v) => `${v.zh} (${v.en})`).join(', ')}`, { zh: column.values!.map((v) => v.zh).join('、'), en: column.values!.map((v) => v.en).join(', ') });
  return null;
}

/**
 * Validates a row's fields with the rules of the API's body, errors reported under the column's
 * field (`renamed`). A field without a value is left out: blank, it was reported as required
 * (when it is), and unresolved (a chain, a tier), by what failed to resolve it.
 */
function check<T extends object>(type: new () => T, plain: object, row: number, fail: Fail, renamed: Record<string, string>): boolean {
  const errors = fieldErrors(validateSync(plainToInstance(type, plain) as object)).filter((e) => (plain as Record<string, unknown>)[e.field] !== undefined);
  for (const error of errors) fail(row, renamed[error.field] ?? error.field, 'invalid', error.messages.map((m) => m.replace(/^\S+ /, '')).join('; '));
  return errors.length === 0;
}

/** Whether a key is new, both in the store and in the file so far; an error naming the earlier row otherwise. */
function unique(seen: Map<string, number>, taken: Set<string>, key: string, row: number, field: string, fail: Fail, takenMessage: string): boolean {
  const earlier = seen.get(key);
  if (earlier !== undefined) return fail(row, field, 'repeats', `repeats row ${earlier}`, { row: earlier });
  seen.set(key, row);
  if (taken.has(key)) return fail(row, field, 'taken', takenMessage);
  return true;
}
