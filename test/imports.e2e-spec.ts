import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type Client, type Org, seedOrganisation, type TestApp, TestStack } from './harness.js';

/**
 * Bulk import of departments, enterprises and users (issue 15, part 4): Chinese or English
 * headings, CSV or XLSX, a dry run that names every bad row, an import that is all or nothing,
 * one-time passwords for the importing administrator only, and files that lie refused.
 */
describe(`bulk import (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;

  beforeAll(async () => {
    stack = await TestStack.create();
    app = await stack.start();
    org = await seedOrganisation(app);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  const db = () => app.get(DataSource);
  const count = async (table: string) => Number(((await db().query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0]!.n);
  const csv = (...lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
  const upload = (kind: string, file: Buffer, name: string, dryRun?: boolean, as: Client = org.admin) =>
    as.post(`/api/imports/${kind}${dryRun === undefined ? '' : `?dryRun=${dryRun}`}`).attach('file', file, name);

  async function workbook(rows: unknown[][], edit?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('导入');
    for (const row of rows) sheet.addRow(row);
    edit?.(sheet);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  describe('templates', () => {
    it('offers each kind as XLSX (drop-downs, a sheet explaining each column) and CSV, in Chinese and English', async () => {
      const xlsx = await org.admin.get('/api/imports/users/template').buffer(true).parse(binary).expect(200);
      expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
      expect(xlsx.headers['content-disposition']).toContain('users-template.xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.body as Buffer as unknown as ArrayBuffer);
      expect(book.worksheets.map((s) => s.name)).toEqual(['导入', '填写说明']);
      expect(book.worksheets[0]!.getRow(1).values).toEqual([undefined, '用户名', '角色', '姓名', '产业链（编码或名称）', '企业（名称）', '部门（编码或名称）']);
      expect(book.worksheets[0]!.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['"企业,企业服务专员,产业链党委,职能部门,分管领导,营商环境监督员"'] });
      expect(String(book.worksheets[1]!.getCell('C2').value)).toMatch(/唯一/);

      const en = await org.admin.get('/api/imports/enterprises/template?format=csv&lang=en-US').expect(200);
      expect(en.headers['content-type']).toMatch(/text\/csv/);
      expect(en.text).toBe('\uFEFFname,chain (code or name),tier,address\r\n');
      await org.admin.get('/api/imports/widgets/template').expect(400);
      await org.admin.get('/api/imports/users/template?format=xls').expect(400);
      await org.dispatcher.get('/api/imports/users/template').expect(403);
    });

    it('imports its own template once filled in', async () => {
      const template = await org.admin.get('/api/imports/departments/template?lang=en-US').buffer(true).parse(binary).expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(template.body as Buffer as unknown as ArrayBuffer);
      book.worksheets[0]!.addRow(['TPL1', '区统计局', 'leader.fin']);
      const filled = Buffer.from(await book.xlsx.writeBuffer());
      const res = await upload('departments', filled, 'departments.xlsx', false).expect(201);
      expect(res.body).toMatchObject({ kind: 'departments', dryRun: false, rows: 1, created: 1, errors: [] });
      const created = ((await org.admin.get('/api/departments').expect(200)).body as { code: string; leaderUserId: string | null }[]).find((d) => d.code === 'TPL1');
      expect(created?.leaderUserId).toBe(org.finLeader.id);
    });
  });

  describe('departments', () => {
    it('lists every bad row with its field and reason in a dry run, creates nothing, then imports the corrected file', async () => {
      const before = await count('departments');
      const file = csv(
        'code,name,leader (username)',
        'STAT,区统计局,', // fine
        'FIN,区财政局（重复）,', // the seed's code
        'bad code!,区城管局,', // not a code
        'STAT,区统计局（又一次）,', // repeats row 2
        'ENV,,', // no name
        'LAND,区自然资源局,acme', // not a leader
        '',
        'WATER,区水利局,leader.hr', // fine (after a blank line: row 9)
      );
      const res = await upload('departments', file, 'departments.csv').expect(200);
      expect(res.body).toMatchObject({ kind: 'departments', dryRun: true, rows: 7, created: 0 });
      expect(res.body.errors).toMatchObject([
        { row: 3, field: 'code', column: 'code', message: 'a department with this code already exists', code: 'taken' },
        { row: 4, field: 'code', column: 'code', message: expect.stringMatching(/1-32 letters/), code: 'invalid' },
        { row: 5, field: 'code', column: 'code', message: 'repeats row 2', code: 'repeats', params: { row: 2 } },
        { row: 6, field: 'name', column: 'name', message: 'is required' },
        { row: 7, field: 'leader', column: 'leader (username)', message: 'is not the username of an active leader in charge' },
      ]);
      expect(await count('departments')).toBe(before);

      // The same file for real: 422, still nothing.
      const refused = await upload('departments', file, 'departments.csv', false).expect(422);
      expect(refused.body.errors).toHaveLength(5);
      expect(refused.body.created).toBe(0);
      expect(await count('departments')).toBe(before);

      const fixed = csv('code,name,leader (username)', 'STAT,区统计局,', 'WATER,区水利局,leader.hr');
      expect((await upload('departments', fixed, 'departments.csv', false).expect(201)).body).toMatchObject({ rows: 2, created: 2, errors: [] });
      expect(await count('departments')).toBe(before + 2);
    });

    it('reads headings whatever their language, case, spacing or notes, and names an unknown or missing column', async () => {
      const res = await upload('departments', csv(' 部门编码 *,Name,分管领导', 'HEAD1,区审计局,'), 'd.csv').expect(200);
      expect(res.body).toMatchObject({ rows: 1, errors: [] });
      const unknown = await upload('departments', csv('编码,电话', 'X1,123'), 'd.csv').expect(200);
      expect(unknown.body.errors).toMatchObject([
        { row: 1, field: 'file', column: '电话', message: expect.stringMatching(/is not a column of this import/) },
        { row: 1, field: 'name', column: null, message: 'the column 部门名称 (name) is missing' },
      ]);
      const twice = await upload('departments', csv('code,编码,name', 'A,B,C'), 'd.csv').expect(200);
      expect(twice.body.errors).toMatchObject([{ row: 1, field: 'code', column: '编码', message: 'is a second column for the same field' }]);
    });

    it('reads CSV saved by Excel on a Chinese Windows (GB18030) and with semicolons', async () => {
      // "部门编码,部门名称\r\nGBK1,区统计局\r\n" in GB18030.
      const gb = Buffer.from('b2bfc3c5b1e0c2eb2cb2bfc3c5c3fbb3c60d0a47424b312cc7f8cdb3bcc6bed60d0a', 'hex');
      expect((await upload('departments', gb, 'gb.csv', false).expect(201)).body).toMatchObject({ created: 1 });
      expect(((await org.admin.get('/api/departments').expect(200)).body as { code: string; name: string }[]).find((d) => d.code === 'GBK1')?.name).toBe('区统计局');
      expect((await upload('departments', csv('code;name', 'SEMI1;区信访局'), 'semi.csv').expect(200)).body).toMatchObject({ rows: 1, errors: [] });
    });
  });

  describe('enterprises', () => {
    it('imports from XLSX with Chinese headings and words, finding the chain by code or name, and refuses a retired chain', async () => {
      const retired = (await org.admin.post('/api/chains', { name: '旧产业链', code: 'OLD' }).expect(201)).body as { id: string };
      await org.admin.patch(`/api/chains/${retired.id}`, { active: false }).expect(200);
      const rows = [
        ['企业名称', '产业链（编码或名称）', '企业层级', '地址'],
        ['湘药集团', 'PHARMA', '链主企业', '常德经开区 8 号'],
        ['德山包装', '装备制造产业链', '成员', null],
        ['常德制药', 'PHARMA', 'core', null], // the seed's enterprise, same chain
        ['旧厂', 'OLD', 'member', null],
        ['无名链企业', 'NOPE', '巨头', null],
      ];
      const res = await upload('enterprises', await workbook(rows), '企业.xlsx').expect(200);
      expect(res.body.errors).toMatchObject([
        { row: 4, field: 'name', column: '企业名称', message: 'an enterprise of this name already exists in this chain' },
        { row: 5, field: 'chain', column: '产业链（编码或名称）', message: 'is a retired chain' },
        { row: 6, field: 'chain', column: '产业链（编码或名称）', message: 'is not the code or name of a chain' },
        { row: 6, field: 'tier', column: '企业层级', message: expect.stringContaining('链主企业 (chain leader), 核心企业 (core), 成员企业 (member)') },
      ]);
      const ok = await upload('enterprises', await workbook(rows.slice(0, 3)), '企业.xlsx', false).expect(201);
      expect(ok.body).toMatchObject({ rows: 2, created: 2 });
      const enterprises = (await org.admin.get('/api/enterprises').expect(200)).body as { name: string; chainId: string; tier: string; address: string | null }[];
      expect(enterprises.find((e) => e.name === '湘药集团')).toMatchObject({ chainId: org.ids.chain, tier: 'leader', address: '常德经开区 8 号' });
      expect(enterprises.find((e) => e.name === '德山包装')).toMatchObject({ chainId: org.ids.otherChain, tier: 'member', address: null });
    });
  });

  describe('users', () => {
    it('imports every role but the administrator, with bindings by name or code, and hands their one-time passwords to the administrator only', async () => {
      await org.admin.post('/api/enterprises', { name: '同名企业', chainId: org.ids.chain, tier: 'member' }).expect(201);
      await org.admin.post('/api/enterprises', { name: '同名企业', chainId: org.ids.otherChain, tier: 'member' }).expect(201);
      const header = '用户名,角色,姓名,产业链,企业,部门';
      const bad = csv(
        header,
        'imp.ent,企业,王经理,,常德制药,',
        'imp.admin,系统管理员,,,,',
        'imp.disp,产业链党委,,,,', // no chain
        'imp.twin,enterprise,,,同名企业,', // two of that name
        'imp.twin2,enterprise,,EQUIP,同名企业,', // told apart by the chain
        'imp.dept,职能部门,,,,FIN', // department by code
        'imp.dept2,department,,,,区人社局', // department by name
        'imp.sup,supervisor,,PHARMA,,',
        'acme,企业,,,常德制药,', // taken
        'imp.ent,企业,,,常德制药,', // repeats row 2
        'imp.lead,分管领导,,PHARMA,,', // a leader has no chain
        'x,企业,,,常德制药,', // too short
      );
      const dry = await upload('users', bad, 'users.csv').expect(200);
      expect(dry.body.credentials).toEqual([]);
      expect(dry.body.errors).toMatchObject([
        { row: 3, field: 'role', column: '角色', message: expect.stringMatching(/^must be one of: 企业 \(enterprise\), 企业服务专员/) },
        { row: 4, field: 'chain', column: '产业链', message: 'is required for role dispatcher' },
        { row: 5, field: 'enterprise', column: '企业', message: 'names 2 active enterprises: give the chain to tell them apart', code: 'enterprise_ambiguous', params: { count: 2 } },
        { row: 10, field: 'username', column: '用户名', message: 'this username is taken' },
        { row: 11, field: 'username', column: '用户名', message: 'repeats row 2' },
        { row: 12, field: 'chain', column: '产业链', message: 'is not used by role leader', code: 'not_used', params: { role: 'leader' } },
        { row: 13, field: 'username', column: '用户名', message: expect.stringMatching(/3-64/) },
      ]);
      const before = await count('users');
      await upload('users', bad, 'users.csv', false).expect(422);
      expect(await count('users')).toBe(before);

      const good = csv(header, 'imp.ent,企业,王经理,,常德制药,', 'imp.twin2,enterprise,,EQUIP,同名企业,', 'imp.dept,职能部门,,,,FIN', 'imp.sup,supervisor,,PHARMA,,', 'imp.lead,分管领导,刘局长,,,');
      const res = await upload('users', good, 'users.csv', false).expect(201);
      expect(res.body).toMatchObject({ rows: 5, created: 5, errors: [] });
      expect(res.body.credentials.map((c: { row: number; username: string; role: string }) => [c.row, c.username, c.role])).toEqual([
        [2, 'imp.ent', 'enterprise'],
        [3, 'imp.twin2', 'enterprise'],
        [4, 'imp.dept', 'department'],
        [5, 'imp.sup', 'supervisor'],
        [6, 'imp.lead', 'leader'],
      ]);
      const users = (await org.admin.get('/api/users').expect(200)).body as { username: string; chainId: string | null; enterpriseId: string | null; departmentId: string | null; mustChangePassword: boolean }[];
      expect(users.find((u) => u.username === 'imp.ent')).toMatchObject({ enterpriseId: org.ids.acme, chainId: org.ids.chain, mustChangePassword: true });
      expect(users.find((u) => u.username === 'imp.twin2')).toMatchObject({ chainId: org.ids.otherChain });
      expect(users.find((u) => u.username === 'imp.dept')).toMatchObject({ departmentId: org.ids.fin, chainId: null });
      expect(users.find((u) => u.username === 'imp.sup')).toMatchObject({ chainId: org.ids.chain });

      // The password is stored as a hash only, and works once: to change it.
      const { oneTimePassword } = res.body.credentials[0] as { oneTimePassword: string };
      expect(oneTimePassword).toMatch(/^[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}$/);
      const [stored] = (await db().query(`SELECT password_hash FROM users WHERE username = 'imp.ent'`)) as { password_hash: string }[];
      expect(stored!.password_hash).not.toContain(oneTimePassword);
      const login = await request(app.http).post('/api/auth/login').send({ username: 'imp.ent', password: oneTimePassword }).expect(200);
      expect(login.body.user.mustChangePassword).toBe(true);
      const token = login.body.accessToken as string;
      expect((await request(app.http).get('/api/tickets').set('Authorization', `Bearer ${token}`).expect(403)).body.code).toBe('password_change_required');
      await request(app.http).post('/api/auth/password').set('Authorization', `Bearer ${token}`).send({ currentPassword: oneTimePassword, newPassword: 'my-own-password-7' }).expect(204);
      await request(app.http).post('/api/auth/login').send({ username: 'imp.ent', password: oneTimePassword }).expect(401);
      const again = await request(app.http).post('/api/auth/login').send({ username: 'imp.ent', password: 'my-own-password-7' }).expect(200);
      expect(again.body.user.mustChangePassword).toBe(false);
      const [argon] = (await db().query(`SELECT password_hash FROM users WHERE username = 'imp.ent'`)) as { password_hash: string }[];
      expect(argon!.password_hash).toMatch(/^\$argon2id\$/);

      // Every created row is in the audit trail, without a password, and the chain still holds.
      const audit = (await org.admin.get('/api/audit?entity=user').expect(200)).body as { action: string; actorUsername: string; after: Record<string, unknown> }[];
      const imported = audit.filter((r) => r.action === 'imported');
      expect(imported.map((r) => r.after.username).sort()).toEqual(['imp.dept', 'imp.ent', 'imp.lead', 'imp.sup', 'imp.twin2']);
      expect(imported.every((r) => r.actorUsername === 'admin' && !('passwordHash' in r.after))).toBe(true);
      expect((await org.admin.get('/api/audit/verify').expect(200)).body).toMatchObject({ intact: true });
    });

    it('imports 5,000 users in one go, all or nothing', async () => {
      const rows = Array.from({ length: 5000 }, (_, i) => `bulk.${i},${i % 2 ? '职能部门' : '企业'},批量 ${i},,${i % 2 ? '' : '常德制药'},${i % 2 ? 'HR' : ''}`);
      const before = await count('users');
      const auditBefore = await count('admin_audit');
      // A failure half-way through the insert leaves nothing behind: here row 3,002's username
      // taken by someone else after the checks (a trigger stands in for that other writer).
      await db().query(`CREATE FUNCTION refuse_bulk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'taken meanwhile' USING ERRCODE = 'unique_violation'; END $$`);
      await db().query(`CREATE TRIGGER refuse_bulk BEFORE INSERT ON users FOR EACH ROW WHEN (NEW.username = 'bulk.3000') EXECUTE FUNCTION refuse_bulk()`);
      try {
        const conflict = await upload('users', csv('username,role,display name,chain,enterprise,department', ...rows), 'bulk.csv', false).expect(409);
        expect(conflict.body.message).toMatch(/run the dry run again/);
      } finally {
        await db().query(`DROP TRIGGER refuse_bulk ON users`);
        await db().query(`DROP FUNCTION refuse_bulk()`);
      }
      expect(await count('users')).toBe(before);
      expect(await count('admin_audit')).toBe(auditBefore);

      const res = await upload('users', csv('username,role,display name,chain,enterprise,department', ...rows), 'bulk.csv', false).expect(201);
      expect(res.body).toMatchObject({ rows: 5000, created: 5000, errors: [] });
      expect(new Set(res.body.credentials.map((c: { oneTimePassword: string }) => c.oneTimePassword)).size).toBe(5000);
      expect(await count('users')).toBe(before + 5000);
      expect(await count('admin_audit')).toBe(auditBefore + 5000);
      const last = res.body.credentials[4999] as { username: string; oneTimePassword: string };
      expect(last.username).toBe('bulk.4999');
      await request(app.http).post('/api/auth/login').send({ username: last.username, password: last.oneTimePassword }).expect(200);
      expect((await org.admin.get('/api/audit/verify').expect(200)).body).toMatchObject({ intact: true });
    }, 120_000);
  });

  describe('bad files and intruders', () => {
    it('refuses formulas and formula-like text in cells (CSV and XLSX injection)', async () => {
      const res = await upload('departments', csv('code,name', 'F1,=HYPERLINK("http://evil","x")', 'F2,+1+1', 'F3,@SUM(A1)', 'F4,-2+3', 'F5,"\t=1"', 'F6, =1'), 'f.csv').expect(200);
      expect(res.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
        [2, 'name'],
        [3, 'name'],
        [4, 'name'],
        [5, 'name'],
        [6, 'name'],
        [7, 'name'],
      ]);
      expect(res.body.errors[0].message).toMatch(/CSV injection/);
      const book = await workbook([['code', 'name'], ['F7', '区某局']], (sheet) => {
        sheet.getCell('B2').value = { formula: 'CONCAT("区","局")', result: '区局' };
      });
      const xlsx = await upload('departments', book, 'f.xlsx').expect(200);
      expect(xlsx.body.errors).toEqual([{ row: 2, field: 'name', column: 'name', message: expect.stringMatching(/formula/), code: 'formula', params: {} }]);
    });

    it('refuses files that are not what their name says, naming the file', async () => {
      const xlsx = await workbook([['code', 'name'], ['Z1', '区某局']]);
      const cases: [Buffer, string, RegExp][] = [
        [Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'photo.csv', /not text|neither UTF-8/],
        [csv('code,name', 'Z1,区某局'), 'text.xlsx', /is called .xlsx but is not an XLSX workbook/],
        [xlsx, 'workbook.csv', /is called .csv but is a ZIP package/],
        [Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex'), 'old.xlsx', /Excel 97–2003/],
        [xlsx.subarray(0, Math.floor(xlsx.length / 2)), 'cut.xlsx', /not a readable XLSX workbook/],
        [csv('code,name', 'Z1,区某局'), 'departments.txt', /must be a .csv or .xlsx file/],
        [Buffer.alloc(0), 'empty.csv', /is empty/],
        [Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'utf16.csv', /not text|neither/],
        [csv('code,name', '"Z1,区某局'), 'broken.csv', /not well-formed CSV/],
      ];
      for (const [bytes, name, message] of cases) {
        const res = await upload('departments', bytes, name).expect(400);
        expect(res.body.errors).toEqual([{ field: 'file', messages: [expect.stringMatching(message)] }]);
      }
      await org.admin.post('/api/imports/departments').send({ file: 'code,name' }).expect(400);
      const wrongField = await org.admin.post('/api/imports/departments').attach('upload', csv('code,name'), 'd.csv').expect(400);
      expect(wrongField.body.errors[0].field).toBe('file');
      const tooBig = await upload('departments', Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), 'big.csv').catch((error: Error) => error);
      if (!(tooBig instanceof Error)) expect(tooBig.status).toBe(413);
      const dryRun = await org.admin.post('/api/imports/departments?dryRun=maybe').attach('file', csv('code,name'), 'd.csv').expect(400);
      expect(dryRun.body.errors[0].field).toBe('dryRun');
      expect((await org.admin.post('/api/imports/widgets').attach('file', csv('code,name'), 'd.csv').expect(400)).body.errors[0].field).toBe('kind');
    });

    it('lets nobody but an administrator import', async () => {
      for (const client of [org.dispatcher, org.acme, org.finLeader, org.supervisor, org.finStaff, org.commissioner]) {
        await upload('users', csv('username,role', 'sneaky,supervisor'), 'u.csv', false, client).expect(403);
      }
      await request(app.http).post('/api/imports/users').attach('file', csv('username,role', 'sneaky,supervisor'), 'u.csv').expect(401);
      expect(((await db().query(`SELECT count(*)::int AS n FROM users WHERE username = 'sneaky'`)) as { n: number }[])[0]!.n).toBe(0);
    });
  });
});

/** Collects a binary answer into a Buffer (supertest parses only text types by itself). */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
