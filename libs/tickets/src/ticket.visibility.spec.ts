import { PGlite } from '@electric-sql/pglite';
import type { Actor, Role } from '@whistle/common';
import { listScope, visibleTo } from './ticket.visibility.js';

/**
 * Who sees which order, judged by running the scopes' SQL on PostgreSQL's own engine (PGlite, in
 * memory) over a few orders, rather than by reading the SQL: a scope that names the wrong column
 * or the wrong part state shows here as the wrong set of orders.
 *
 * Departments D1 and D3 (leaders L1, L3) and D2 (leader L2); chains A and B.
 *   t1: chain A, enterprise E1, led by D1
 *   t2: chain A, enterprise E2, led by D2, D1 asked to assist (requested)
 *   t3: chain B, enterprise E3, led by D2, D3 gave its part
 *   t4: chain B, enterprise E3, led by D3, its leader in charge L9 (D3's leader since changed to L3)
 *   t5: chain A, enterprise E1, led by D2, D1 assisting (accepted), D3 declined
 */
const ORDERS: [string, string, string, string, string, object[]][] = [
  ['t1', 'A', 'E1', 'D1', 'L1', []],
  ['t2', 'A', 'E2', 'D2', 'L2', [{ departmentId: 'D1', state: 'requested' }]],
  ['t3', 'B', 'E3', 'D2', 'L2', [{ departmentId: 'D3', state: 'given' }]],
  ['t4', 'B', 'E3', 'D3', 'L9', []],
  ['t5', 'A', 'E1', 'D2', 'L2', [{ departmentId: 'D1', state: 'accepted' }, { departmentId: 'D3', state: 'declined' }]],
];
const ALL = ['t1', 't2', 't3', 't4', 't5'];

const actor = (role: Role, bindings: Partial<Pick<Actor, 'id' | 'chainId' | 'enterpriseId' | 'departmentId'>> = {}): Actor => ({
  id: 'U0',
  username: role,
  role,
  chainId: null,
  enterpriseId: null,
  departmentId: null,
  ...bindings,
});

let db: PGlite;

beforeAll(async () => {
  db = await PGlite.create();
  await db.exec(`
    CREATE TABLE departments (id text PRIMARY KEY, leader_user_id text);
    CREATE TABLE tickets (id text PRIMARY KEY, chain_id text, enterprise_id text, department_id text, leader_user_id text, assists jsonb NOT NULL);
    INSERT INTO departments VALUES ('D1', 'L1'), ('D2', 'L2'), ('D3', 'L3');
  `);
  for (const [id, chain, enterprise, department, leader, assists] of ORDERS) {
    await db.query('INSERT INTO tickets VALUES ($1, $2, $3, $4, $5, $6)', [id, chain, enterprise, department, leader, JSON.stringify(assists)]);
  }
});

afterAll(async () => {
  await db?.close();
});

/** The orders a scope admits, with its named parameters (TypeORM's `:name`) bound as the query builder would. */
async function admitted(scope: { where: string; params: Record<string, string> }): Promise<string[]> {
  const values: string[] = [];
  const sql = scope.where.replace(/(?<!:):(\w+)/g, (_, name: string) => {
    if (!(name in scope.params)) throw new Error(`the scope names :${name} but gives no such parameter`);
    values.push(scope.params[name]!);
    return `$${values.length}`;
  });
  const { rows } = await db.query<{ id: string }>(`SELECT t.id FROM tickets t WHERE ${sql} ORDER BY t.id`, values);
  return rows.map((row) => row.id);
}

describe('visibleTo: the orders an actor may open and act on', () => {
  it.each<[string, Actor, string[]]>([
    ['an administrator: every order', actor('admin'), ALL],
    ['an enterprise: its own', actor('enterprise', { enterpriseId: 'E1' }), ['t1', 't5']],
    ['a dispatcher: its chain’s', actor('dispatcher', { chainId: 'A' }), ['t1', 't2', 't5']],
    ['a commissioner: its chain’s', actor('commissioner', { chainId: 'B' }), ['t3', 't4']],
    ['a supervisor of no chain: every order', actor('supervisor'), ALL],
    ['a supervisor of a chain: that chain’s', actor('supervisor', { chainId: 'B' }), ['t3', 't4']],
    ['a department: what it leads and what it assists, asked or accepted', actor('department', { departmentId: 'D1' }), ['t1', 't2', 't5']],
    ['a department: what it leads and the parts it gave or declined', actor('department', { departmentId: 'D3' }), ['t3', 't4', 't5']],
    ['a department leading only', actor('department', { departmentId: 'D2' }), ['t2', 't3', 't5']],
    ['a leader: its departments’ orders, led and assisted', actor('leader', { id: 'L1' }), ['t1', 't2', 't5']],
    ['a leader: those of the department it now leads', actor('leader', { id: 'L3' }), ['t3', 't4', 't5']],
    ['a leader in charge of an order, of no department now', actor('leader', { id: 'L9' }), ['t4']],
  ])('%s', async (_, who, expected) => {
    expect(await admitted(visibleTo(who))).toEqual(expected);
  });
});

describe('listScope: what a list runs over', () => {
  it.each<[string, Actor, 'open' | 'all' | undefined, string[]]>([
    ['a department lists what it leads', actor('department', { departmentId: 'D1' }), undefined, ['t1']],
    ['a department’s owed parts: asked or accepted', actor('department', { departmentId: 'D1' }), 'open', ['t2', 't5']],
    ['a department’s parts, owed or not', actor('department', { departmentId: 'D1' }), 'all', ['t2', 't5']],
    ['a department with parts given or declined owes none', actor('department', { departmentId: 'D3' }), 'open', []],
    ['a department’s given and declined parts', actor('department', { departmentId: 'D3' }), 'all', ['t3', 't5']],
    ['a leader lists its departments’ led orders and its own', actor('leader', { id: 'L1' }), undefined, ['t1']],
    ['a leader in charge of an order of another department', actor('leader', { id: 'L9' }), undefined, ['t4']],
    ['a leader’s owed parts', actor('leader', { id: 'L1' }), 'open', ['t2', 't5']],
    ['a leader whose department owes nothing', actor('leader', { id: 'L3' }), 'open', []],
    ['a leader’s parts, owed or not', actor('leader', { id: 'L3' }), 'all', ['t3', 't5']],
    ['an administrator lists every order', actor('admin'), undefined, ALL],
    ['an administrator: orders with a part owed', actor('admin'), 'open', ['t2', 't5']],
    ['an administrator: orders with parts', actor('admin'), 'all', ['t2', 't3', 't5']],
    ['a dispatcher: its chain’s orders with parts', actor('dispatcher', { chainId: 'B' }), 'all', ['t3']],
    ['a dispatcher: its chain’s orders with a part owed', actor('dispatcher', { chainId: 'B' }), 'open', []],
    ['an enterprise: its orders with a part owed', actor('enterprise', { enterpriseId: 'E1' }), 'open', ['t5']],
    ['a supervisor of a chain lists that chain', actor('supervisor', { chainId: 'A' }), undefined, ['t1', 't2', 't5']],
  ])('%s', async (_, who, assist, expected) => {
    expect(await admitted(listScope(who, assist))).toEqual(expected);
  });
});
