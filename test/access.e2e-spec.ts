import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { ORDER, type Org, place, seedOrganisation, type TestApp, TestStack, timeline } from './harness.js';

/** Who sees what (404), who may do what (403), who is signed in (401), and bad input (400). */
describe(`access and input (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;
  let finTicket: { id: string };
  let hrTicket: { id: string };

  beforeAll(async () => {
    stack = await TestStack.create();
    app = await stack.start({ PROCESS_ROLE: 'api' });
    org = await seedOrganisation(app);
    finTicket = await place(org.acme);
    await org.dispatcher.post(`/api/tickets/${finTicket.id}/dispatch`, { departmentId: org.ids.fin, priority: 'normal' }).expect(200);
    hrTicket = await place(org.rival);
    await org.dispatcher.post(`/api/tickets/${hrTicket.id}/dispatch`, { departmentId: org.ids.hr, priority: 'normal' }).expect(200);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  describe('401 without a valid token', () => {
    it.each(['/api/tickets', '/api/notifications', '/api/chains'])('GET %s', async (path) => {
      await request(app.http).get(path).expect(401);
    });

    it('refuses forged, expired and malformed tokens', async () => {
      const forged = new JwtService({ secret: 'not-the-secret-of-this-deployment-at-all' }).sign({ sub: org.acme.id, role: 'admin' });
      await app.client(forged).get('/api/tickets').expect(401);
      const expired = app.get(JwtService).sign({ sub: org.acme.id, role: 'enterprise' }, { expiresIn: -60 });
      await app.client(expired).get('/api/tickets').expect(401);
      await request(app.http).get('/api/tickets').set('Authorization', 'Bearer not.a.jwt').expect(401);
      await request(app.http).get('/api/tickets').set('Authorization', 'Basic YWRtaW46YWRtaW4=').expect(401);
      const wrongPassword = await request(app.http).post('/api/auth/login').send({ username: 'acme', password: 'wrong-password' }).expect(401);
      expect(wrongPassword.body.message).toBe('wrong username or password');
      await request(app.http).post('/api/auth/login').send({ username: 'nobody', password: 'wrong-password' }).expect(401);
    });
  });

  describe('404 for tickets one may not see', () => {
    it('hides an enterprise’s ticket from another enterprise, in every form', async () => {
      await org.rival.get(`/api/tickets/${finTicket.id}`).expect(404);
      await org.rival.get(`/api/tickets/${finTicket.id}/events`).expect(404);
      await org.rival.post(`/api/tickets/${finTicket.id}/withdraw`, { reason: 'x' }).expect(404);
      const list = (await org.rival.get('/api/tickets').expect(200)).body;
      expect(list.items.map((t: { id: string }) => t.id)).toEqual([hrTicket.id]);
      expect(list.total).toBe(1);
      // Even filtering by the other enterprise finds nothing.
      expect((await org.rival.get(`/api/tickets?enterpriseId=${org.ids.acme}`).expect(200)).body.total).toBe(0);
    });

    it('shows a department only what was dispatched to it', async () => {
      await org.hrStaff.get(`/api/tickets/${finTicket.id}`).expect(404);
      await org.hrStaff.post(`/api/tickets/${finTicket.id}/accept`).expect(404);
      const list = (await org.finStaff.get('/api/tickets').expect(200)).body;
      expect(list.items.map((t: { id: string }) => t.id)).toEqual([finTicket.id]);
    });

    it('shows a leader the tickets of the departments in its charge', async () => {
      await org.finLeader.get(`/api/tickets/${finTicket.id}`).expect(200);
      await org.finLeader.get(`/api/tickets/${hrTicket.id}`).expect(404);
      expect((await org.hrLeader.get('/api/tickets').expect(200)).body.items.map((t: { id: string }) => t.id)).toEqual([hrTicket.id]);
    });

    it('keeps chain roles to their chain; a supervisor without a chain sees all', async () => {
      await org.otherDispatcher.get(`/api/tickets/${finTicket.id}`).expect(404);
      await org.otherDispatcher.post(`/api/tickets/${finTicket.id}/remind`, {}).expect(404);
      await org.otherSupervisor.get(`/api/tickets/${finTicket.id}`).expect(404);
      await org.supervisor.get(`/api/tickets/${finTicket.id}`).expect(200);
      await org.commissioner.get(`/api/tickets/${finTicket.id}`).expect(200);
      await org.foreign.get(`/api/tickets/${finTicket.id}`).expect(404);
    });

    it('answers 404 for a ticket that does not exist', async () => {
      await org.dispatcher.get('/api/tickets/00000000-0000-4000-8000-000000000000').expect(404);
    });
  });

  describe('403 for actions a role never takes', () => {
    it.each([
      ['finStaff', 'dispatch', { departmentId: '00000000-0000-4000-8000-000000000000', priority: 'high' }],
      ['acme', 'accept', {}],
      ['dispatcher', 'feedback', { result: 'resolved', content: 'x' }],
      ['supervisor', 'remind', {}],
      ['finLeader', 'return', { reason: 'other', note: 'x' }],
      ['commissioner', 'rate', { score: 5 }],
      ['admin', 'withdraw', { reason: 'x' }],
    ] as const)('%s may not %s', async (who, action, body) => {
      const res = await org[who].post(`/api/tickets/${finTicket.id}/${action}`, body).expect(403);
      expect(res.body.statusCode).toBe(403);
    });

    it('forbids placing orders to roles that do not order, and organisation changes to non-admins', async () => {
      await org.dispatcher.post('/api/tickets', ORDER).expect(403);
      await org.supervisor.post('/api/tickets', ORDER).expect(403);
      await org.acme.post('/api/chains', { name: 'x', code: 'X' }).expect(403);
      await org.dispatcher.get('/api/users').expect(403);
    });

    it('never reveals a ticket through 403: the role check comes first and says nothing about the ticket', async () => {
      const res = await org.acme.post('/api/tickets/00000000-0000-4000-8000-000000000000/accept', {}).expect(403);
      expect(res.body.message).not.toMatch(/ticket/);
    });
  });

  describe('400 naming the field', () => {
    const fields = (res: request.Response) => res.body.errors.map((e: { field: string }) => e.field);

    it('rejects unknown fields, including ones that would assign state', async () => {
      const res = await org.dispatcher
        .post(`/api/tickets/${hrTicket.id}/remind`, { note: 'x', state: 'closed', version: 99, escalationLevel: 0, chainId: org.ids.otherChain })
        .expect(400);
      expect(fields(res).sort()).toEqual(['chainId', 'escalationLevel', 'state', 'version']);
    });

    it.each([
      ['a string score', { score: 'five' }, 'score'],
      ['a score above 5', { score: 6 }, 'score'],
      ['a score below 1', { score: 0 }, 'score'],
      ['a fractional score', { score: 2.5 }, 'score'],
      ['a comment over 2000 characters', { score: 4, comment: 'x'.repeat(2001) }, 'comment'],
    ])('rate with %s', async (_label, body, field) => {
      expect(fields(await org.acme.post(`/api/tickets/${finTicket.id}/rate`, body).expect(400))).toEqual([field]);
    });

    it('validates orders, dispatches and queries', async () => {
      expect(fields(await org.acme.post('/api/tickets', { ...ORDER, category: 'bribery' }).expect(400))).toEqual(['category']);
      expect(fields(await org.acme.post('/api/tickets', { description: 'x', category: 'other' }).expect(400))).toEqual(['title']);
      expect(fields(await org.acme.post('/api/tickets', { ...ORDER, enterpriseId: 'acme' }).expect(400))).toEqual(['enterpriseId']);
      expect(
        fields(await org.dispatcher.post(`/api/tickets/${hrTicket.id}/dispatch`, { departmentId: 'fin', priority: 'asap' }).expect(400)).sort(),
      ).toEqual(['departmentId', 'priority']);
      expect(fields(await org.dispatcher.get('/api/tickets?pageSize=1000').expect(400))).toEqual(['pageSize']);
      expect(fields(await org.dispatcher.get('/api/tickets?overdue=maybe').expect(400))).toEqual(['overdue']);
      expect(fields(await org.dispatcher.get('/api/tickets?state=lost').expect(400))).toEqual(['state']);
      expect(fields(await org.dispatcher.get('/api/tickets?sort=title').expect(400))).toEqual(['sort']);
      const badId = await org.dispatcher.get('/api/tickets/not-a-uuid').expect(400);
      expect(badId.body.message).toBe('id: must be a UUID');
    });

    it('refuses references to things that do not exist, and writes nothing', async () => {
      const ticket = await place(org.acme);
      const res = await org.dispatcher
        .post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: '00000000-0000-4000-8000-000000000000', priority: 'high' })
        .expect(400);
      expect(res.body.message).toBe('departmentId: no such department');
      const leader = await org.dispatcher
        .post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.fin, priority: 'high', leaderUserId: org.acme.id })
        .expect(400);
      expect(leader.body.message).toBe('leaderUserId: must be the id of an active user with role leader');
      const past = await org.dispatcher
        .post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.fin, priority: 'high', feedbackBy: '2020-01-01T00:00:00Z' })
        .expect(400);
      expect(past.body.message).toBe('feedbackBy: must be in the future');
      const after = (await org.acme.get(`/api/tickets/${ticket.id}`).expect(200)).body;
      expect(after).toMatchObject({ state: 'placed', version: 1 });
      expect(await timeline(org.acme, ticket.id)).toEqual(['placed']);
    });

    it('answers malformed JSON and oversized bodies with 4xx, not 5xx', async () => {
      const malformed = await request(app.http)
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"username": "admin",')
        .expect(400);
      expect(malformed.body.statusCode).toBe(400);
      await org.acme
        .post('/api/tickets', { ...ORDER, description: 'x'.repeat(300_000) })
        .expect(413);
    });

    it('checks organisation input: role bindings and unique codes', async () => {
      const missing = await org.admin.post('/api/users', { username: 'dispatcher2', password: 'password-123', role: 'dispatcher' }).expect(400);
      expect(missing.body.message).toBe('chainId: is required for role dispatcher');
      const extra = await org.admin
        .post('/api/users', { username: 'leader2', password: 'password-123', role: 'leader', chainId: org.ids.chain })
        .expect(400);
      expect(extra.body.message).toBe('chainId: is not used by role leader');
      await org.admin.post('/api/chains', { name: '重复', code: 'PHARMA' }).expect(409);
      await org.admin.post('/api/users', { username: 'acme', password: 'password-123', role: 'leader' }).expect(409);
      const created = (await org.admin.post('/api/users', { username: 'enterprise2', password: 'password-123', role: 'enterprise', enterpriseId: org.ids.acme }).expect(201)).body;
      expect(created).not.toHaveProperty('passwordHash');
      expect(created.chainId).toBe(org.ids.chain);
    });
  });
});
