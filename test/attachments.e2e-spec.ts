import ExcelJS from 'exceljs';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import { type Client, eventually, type Org, place, seedOrganisation, type TestApp, TestStack } from './harness.js';

/**
 * Attachments (附件, issue 16 part 3) through HTTP: the type read from the bytes, the limits,
 * who may attach and download, files carried by actions and named in the hash-chained timeline,
 * uploads cut off half-way, and a fuzz of odd uploads. The stack's limits are small
 * (64 KiB, 8 files an order) so that the limits are cheap to reach.
 */
const MAX_BYTES = 64 * 1024;
const MAX_FILES = 8;

/** The smallest files of each kind whose signatures file-type knows. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), randomBytes(64), Buffer.from('ffd9', 'hex')]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), randomBytes(200)]);
const ZIP = Buffer.from('504b03041400000000000000000000000000000000000000000005000000612e747874', 'hex');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function xlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('台账').addRow(['企业', '问题']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe(`attachments (${TestStack.mode} database)`, () => {
  let stack: TestStack;
  let app: TestApp;
  let org: Org;
  const staged = async () => readdir(join(stack.env.DATA_DIR!, 'files', '.staging')).catch(() => [] as string[]);
  const upload = (client: Client, ticketId: string, bytes: Buffer, filename: string) =>
    client.post(`/api/tickets/${ticketId}/attachments`).attach('file', bytes, { filename, contentType: 'application/octet-stream' });

  beforeAll(async () => {
    stack = await TestStack.create({ ATTACHMENT_MAX_BYTES: String(MAX_BYTES), ATTACHMENT_MAX_PER_TICKET: String(MAX_FILES) });
    app = await stack.start();
    org = await seedOrganisation(app);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.dispose();
  });

  it('keeps a photo by its hash, names it in the timeline, and lets whoever sees the order download it', async () => {
    const ticket = await place(org.acme);
    const res = await upload(org.acme, ticket.id, PNG, '现场照片.png').expect(201);
    expect(res.body).toMatchObject({ name: '现场照片.png', size: PNG.length, contentType: 'image/png', sha256: sha256(PNG), ticketId: ticket.id, usedSeq: null });

    const events = (await org.acme.get(`/api/tickets/${ticket.id}/events`).expect(200)).body as { type: string; seq: number; payload: { attachment?: { sha256: string } } }[];
    const named = events.find((e) => e.type === 'attachment_added')!;
    expect(named).toMatchObject({ seq: res.body.seq, payload: { attachment: { id: res.body.id, name: '现场照片.png', sha256: sha256(PNG) } } });
    expect((await org.supervisor.get(`/api/tickets/${ticket.id}/events/verify`).expect(200)).body).toMatchObject({ intact: true });
    expect((await org.dispatcher.get(`/api/tickets/${ticket.id}/attachments`).expect(200)).body).toEqual([res.body]);

    // The committee and a supervisor download the same bytes, as a download with the file's name.
    const file = await org.dispatcher.download(`/api/attachments/${res.body.id}`).expect(200);
    expect(Buffer.compare(file.body as Buffer, PNG)).toBe(0);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="????.png"; filename*=UTF-8''${encodeURIComponent('现场照片.png')}`);
    expect(file.headers.etag).toBe(`"${sha256(PNG)}"`);
    await org.supervisor.get(`/api/attachments/${res.body.id}`).expect(200);

    // Nobody else: 404, as for an unknown id; an unknown or malformed id is 404 or 400.
    await org.rival.get(`/api/attachments/${res.body.id}`).expect(404);
    await org.rival.get(`/api/tickets/${ticket.id}/attachments`).expect(404);
    await upload(org.rival, ticket.id, PNG, 'x.png').expect(404);
    await org.finStaff.get(`/api/attachments/${res.body.id}`).expect(404);
    await org.acme.get(`/api/attachments/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`).expect(404);
    await org.acme.get('/api/attachments/not-a-uuid').expect(400);
    // Readers read: a supervisor does not attach.
    await upload(org.supervisor, ticket.id, PNG, 'x.png').expect(403);
    await request(app.http).get(`/api/attachments/${res.body.id}`).expect(401);
  });

  it('reads the type from the bytes, not the name, and refuses what is not on the list', async () => {
    const ticket = await place(org.acme);
    const type = async (bytes: Buffer, name: string) => (await upload(org.acme, ticket.id, bytes, name).expect(201)).body.contentType;
    expect(await type(PNG, '营业执照.pdf')).toBe('image/png');
    expect(await type(PDF, '申请书')).toBe('application/pdf');
    expect(await type(await xlsx(), '台账.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await type(Buffer.from('用地面积约20亩,请协调。\n'), '说明.txt')).toBe('text/plain; charset=utf-8');
    // 用地 in GBK (GB 18030), as an old Windows editor saves it.
    expect(await type(Buffer.from([0xd3, 0xc3, 0xb5, 0xd8, 0x0a]), '说明-gbk.txt')).toBe('text/plain; charset=gb18030');

    const refused = await upload(org.acme, ticket.id, EXE, '照片.jpg').expect(415);
    expect(refused.body).toMatchObject({ error: 'unsupported_type', errors: [{ field: 'file' }] });
    expect(refused.body.message).toMatch(/application\/x-msdownload|exe/);
    await upload(org.acme, ticket.id, ZIP, '材料.docx').expect(415);
    await upload(org.acme, ticket.id, Buffer.from([0, 1, 2, 3, 0, 255, 254]), 'data.txt').expect(415);
    const empty = await upload(org.acme, ticket.id, Buffer.alloc(0), 'empty.png').expect(400);
    expect(empty.body.errors).toEqual([{ field: 'file', messages: ['is empty (0 bytes)'] }]);
    // A path is not a name: only its last part is kept (files are stored by hash in any case).
    expect((await upload(org.acme, ticket.id, JPEG, '../../etc/passwd.jpg').expect(201)).body.name).toBe('passwd.jpg');
    expect((await upload(org.acme, ticket.id, JPEG, 'C:\\Users\\张三\\照片.jpg').expect(201)).body.name).toBe('照片.jpg');
    expect(await staged()).toEqual([]);
  });

  it('refuses a file over ATTACHMENT_MAX_BYTES, a form without the file, and a ninth file; nothing is left behind', async () => {
    const ticket = await place(org.acme);
    const big = Buffer.concat([PNG, randomBytes(MAX_BYTES)]);
    const tooBig = await upload(org.acme, ticket.id, big, 'big.png').expect(413);
    expect(tooBig.body).toMatchObject({ error: 'too_large', limit: MAX_BYTES, errors: [{ field: 'file' }] });
    // A declared length far over the limit is refused before the body is read.
    const declared = await org.acme.post(`/api/tickets/${ticket.id}/attachments`).set('Content-Type', 'multipart/form-data; boundary=x').set('Content-Length', String(10 * MAX_BYTES)).send('--x--').catch((e) => e.response);
    expect(declared.status).toBe(413);
    // Not a file field named file; not multipart at all.
    await org.acme.post(`/api/tickets/${ticket.id}/attachments`).attach('photo', PNG, 'a.png').expect(400);
    const json = await org.acme.post(`/api/tickets/${ticket.id}/attachments`, { file: 'x' }).expect(400);
    expect(json.body.errors[0].field).toBe('file');
    await org.acme.post(`/api/tickets/${ticket.id}/attachments`).attach('file', PNG, 'a.png').attach('file', PNG, 'b.png').expect(400);
    expect((await org.acme.get(`/api/tickets/${ticket.id}/attachments`).expect(200)).body).toEqual([]);
    expect(await staged()).toEqual([]);

    for (let i = 0; i < MAX_FILES; i++) await upload(org.acme, ticket.id, Buffer.concat([PNG, Buffer.from([i])]), `${i}.png`).expect(201);
    const full = await upload(org.acme, ticket.id, PNG, 'more.png').expect(409);
    expect(full.body.message).toMatch(/ATTACHMENT_MAX_PER_TICKET=8/);
  });

  it('leaves nothing behind when an upload is cut off half-way, and the server carries on', async () => {
    const ticket = await place(org.acme);
    const [host, port] = app.address.split(':');
    const boundary = 'whistle-cut-off';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.png"\r\nContent-Type: image/png\r\n\r\n`;
    const socket = connect(Number(port), host);
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /api/tickets/${ticket.id}/attachments HTTP/1.1\r\nHost: ${app.address}\r\nAuthorization: Bearer ${org.acme.token}\r\n` +
        `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${head.length + 40_000}\r\n\r\n${head}`,
    );
    socket.write(Buffer.concat([PNG, randomBytes(20_000)]));
    // The staging area holds the part while it streams in …
    await eventually(async () => (await staged()).length === 1, 5_000, 'the upload being staged');
    socket.destroy();
    // … and nothing once the client is gone.
    await eventually(async () => (await staged()).length === 0, 5_000, 'the cut-off upload removed');
    expect((await org.acme.get(`/api/tickets/${ticket.id}/attachments`).expect(200)).body).toEqual([]);
    expect((await org.acme.get(`/api/tickets/${ticket.id}/events`).expect(200)).body.map((e: { type: string }) => e.type)).toEqual(['placed']);
    await upload(org.acme, ticket.id, PNG, 'after.png').expect(201);
  });

  it('sends files with actions: the feedback carries the department’s evidence, the answer the enterprise’s documents', async () => {
    const ticket = await place(org.acme);
    await org.dispatcher.post(`/api/tickets/${ticket.id}/dispatch`, { departmentId: org.ids.fin, priority: 'normal' }).expect(200);
    await org.finStaff.post(`/api/tickets/${ticket.id}/accept`).expect(200);
    await upload(org.finStaff, ticket.id, PNG, 'x.png').expect(201);
    const question = (await upload(org.finStaff, ticket.id, PDF, '清单.pdf').expect(201)).body;
    await org.finStaff.post(`/api/tickets/${ticket.id}/request-info`, { question: '请补充财务报表', attachmentIds: [question.id] }).expect(200);
    const report = (await upload(org.acme, ticket.id, await xlsx(), '财务报表.xlsx').expect(201)).body;
    // Someone else's file, or one an action already carried, is not this action's to send.
    const notMine = await org.acme.post(`/api/tickets/${ticket.id}/provide-info`, { answer: '见附件', attachmentIds: [question.id] }).expect(400);
    expect(notMine.body.errors[0].field).toBe('attachmentIds');
    await org.acme.post(`/api/tickets/${ticket.id}/provide-info`, { answer: '见附件', attachmentIds: [report.id] }).expect(200);
    const evidence = (await upload(org.finStaff, ticket.id, JPEG, '放款凭证.jpg').expect(201)).body;
    await org.finStaff.post(`/api/tickets/${ticket.id}/feedback`, { result: 'resolved', content: '已放款', attachmentIds: [question.id] }).expect(400);
    const fedBack = (await org.finStaff.post(`/api/tickets/${ticket.id}/feedback`, { result: 'resolved', content: '已放款', attachmentIds: [evidence.id] }).expect(200)).body;
    expect(fedBack.feedback.attachments).toEqual([{ id: evidence.id, name: '放款凭证.jpg', size: JPEG.length, contentType: 'image/jpeg', sha256: sha256(JPEG) }]);

    const events = (await org.acme.get(`/api/tickets/${ticket.id}/events`).expect(200)).body as { type: string; seq: number; payload: Record<string, unknown> }[];
    const feedback = events.find((e) => e.type === 'feedback_given')!;
    expect(feedback.payload.attachments).toEqual([expect.objectContaining({ id: evidence.id, sha256: sha256(JPEG) })]);
    expect(feedback.payload).not.toHaveProperty('attachmentIds');
    expect(events.find((e) => e.type === 'info_provided')?.payload.attachments).toEqual([expect.objectContaining({ id: report.id })]);
    const list = (await org.acme.get(`/api/tickets/${ticket.id}/attachments`).expect(200)).body as { id: string; usedSeq: number | null; usedAction: string | null }[];
    expect(list.find((a) => a.id === evidence.id)).toMatchObject({ usedSeq: feedback.seq, usedAction: 'feedback' });
    expect(list.find((a) => a.id === report.id)).toMatchObject({ usedAction: 'provide-info' });
    expect((await org.supervisor.get(`/api/tickets/${ticket.id}/events/verify`).expect(200)).body).toMatchObject({ intact: true, events: events.length });

    // Closed: nothing more is attached.
    await org.acme.post(`/api/tickets/${ticket.id}/rate`, { score: 5 }).expect(200);
    const closed = await upload(org.acme, ticket.id, PNG, 'late.png').expect(409);
    expect(closed.body.state).toBe('closed');
  });

  it('sends evidence with a rectification report (整改佐证): its department attaches, the committee downloads, nobody else', async () => {
    const evaluation = (
      await org.dispatcher
        .post('/api/evaluations', { title: '整改佐证测评会', periodFrom: '2026-11-01', periodTo: '2026-11-30', departmentIds: [org.ids.hr], scorerIds: [org.supervisor.id] })
        .expect(201)
    ).body;
    await org.supervisor.post(`/api/evaluations/${evaluation.id}/scores`, { departmentId: org.ids.hr, score: 30 }).expect(200);
    const closed = (await org.dispatcher.post(`/api/evaluations/${evaluation.id}/close`, {}).expect(200)).body;
    const orderId = closed.departments[0].rectificationId as string;
    const attach = (client: Client, bytes: Buffer, filename: string) =>
      client.post(`/api/rectifications/${orderId}/attachments`).attach('file', bytes, { filename, contentType: 'application/octet-stream' });

    // Only its department attaches (other roles 403, another department 404); the type is read from the bytes.
    await attach(org.dispatcher, PNG, 'x.png').expect(403);
    await attach(org.finStaff, PNG, 'x.png').expect(404);
    await attach(org.acme, PNG, 'x.png').expect(403); // the role is refused before the order is looked up, as for an order's files
    expect((await attach(org.hrStaff, EXE, '整改照片.jpg').expect(415)).body.errors[0].field).toBe('file');
    const photo = (await attach(org.hrStaff, JPEG, '整改现场.jpg').expect(201)).body;
    expect(photo).toMatchObject({ rectificationId: orderId, name: '整改现场.jpg', size: JPEG.length, contentType: 'image/jpeg', sha256: sha256(JPEG), usedSeq: null });
    // A file of an order is not a rectification report's to carry, nor is a file of nobody.
    const ticket = await place(org.acme);
    const ticketFile = (await upload(org.acme, ticket.id, PDF, 'x.pdf').expect(201)).body;
    for (const ids of [[ticketFile.id], [randomUUID()]]) {
      const refused = await org.hrStaff.post(`/api/rectifications/${orderId}/report`, { report: '已整改', attachmentIds: ids }).expect(400);
      expect(refused.body.errors[0].field).toBe('attachmentIds');
    }
    const reported = (await org.hrStaff.post(`/api/rectifications/${orderId}/report`, { report: '已建立台账销号制度', attachmentIds: [photo.id] }).expect(200)).body;
    expect(reported.reportAttachments).toEqual([{ id: photo.id, name: '整改现场.jpg', size: JPEG.length, contentType: 'image/jpeg', sha256: sha256(JPEG) }]);
    expect((await org.dispatcher.get(`/api/rectifications/${orderId}/attachments`).expect(200)).body).toEqual([{ ...photo, usedSeq: reported.version, usedAction: 'report' }]);
    // Reported: nothing more until the committee sends it back.
    await attach(org.hrStaff, PNG, 'late.png').expect(409);

    const bytes = async (client: Client, id: string) => (await client.download(`/api/attachments/${id}`).expect(200)).body as Buffer;
    expect(Buffer.compare(await bytes(org.dispatcher, photo.id), JPEG)).toBe(0);
    expect(Buffer.compare(await bytes(org.supervisor, photo.id), JPEG)).toBe(0);
    await org.acme.get(`/api/attachments/${photo.id}`).expect(404);
    await org.finStaff.get(`/api/attachments/${photo.id}`).expect(404);
    await org.acme.get(`/api/rectifications/${orderId}/attachments`).expect(404);

    // Sent back: the department adds to its evidence and reports again; the second report names its own files.
    await org.dispatcher.post(`/api/rectifications/${orderId}/reject`, { note: '缺少制度文件' }).expect(200);
    const rules = (await attach(org.hrStaff, PDF, '销号制度.pdf').expect(201)).body;
    // Up to ATTACHMENT_MAX_PER_TICKET files in all, as for an order.
    for (let i = 2; i < MAX_FILES; i++) await attach(org.hrStaff, Buffer.concat([PNG, Buffer.from([i])]), `${i}.png`).expect(201);
    const full = await attach(org.hrStaff, PNG, 'more.png').expect(409);
    expect(full.body).toMatchObject({ error: 'conflict', limit: MAX_FILES });
    expect(full.body.message).toMatch(`ATTACHMENT_MAX_PER_TICKET=${MAX_FILES}`);
    await org.hrStaff.post(`/api/rectifications/${orderId}/report`, { report: '补充', attachmentIds: [photo.id] }).expect(400);
    const again = (await org.hrStaff.post(`/api/rectifications/${orderId}/report`, { report: '补充制度文件', attachmentIds: [rules.id] }).expect(200)).body;
    expect(again.reportAttachments.map((a: { id: string }) => a.id)).toEqual([rules.id]);
    await org.dispatcher.post(`/api/rectifications/${orderId}/sign-off`, { note: '同意销号' }).expect(200);
    await attach(org.hrStaff, PNG, 'after.png').expect(409);
  });

  it('keeps the same bytes once, however many orders they are attached to', async () => {
    const bytes = Buffer.concat([PDF, randomBytes(32)]);
    const first = await place(org.acme);
    const second = await place(org.acme);
    await upload(org.acme, first.id, bytes, '授权书.pdf').expect(201);
    await upload(org.acme, second.id, bytes, '授权书副本.pdf').expect(201);
    const digest = sha256(bytes);
    expect(await readdir(join(stack.env.DATA_DIR!, 'files', digest.slice(0, 2), digest.slice(2, 4)))).toEqual([digest]);
  });

  it('survives a fuzz of odd uploads: renamed, truncated, oversized, empty, path-like names; never a 500, nothing left staged', async () => {
    const tickets = [await place(org.acme), await place(org.acme), await place(org.acme), await place(org.acme), await place(org.acme), await place(org.acme), await place(org.acme), await place(org.acme)];
    const samples = [PNG, JPEG, PDF, EXE, ZIP, await xlsx(), Buffer.from('纯文本\n')];
    const names = ['a.png', 'b.pdf', '../../x.exe', '..\\..\\boot.ini', '', '   ', '.htaccess', 'a'.repeat(300) + '.pdf', 'nul\u0000byte.txt', '合同(终稿).docx', '%2e%2e%2fetc.jpg'];
    // mulberry32: a fixed seed, so that a failure can be replayed.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
    };
    const statuses = new Map<number, number>();
    for (let i = 0; i < 64; i++) {
      const sample = samples[random(samples.length)]!;
      const cut = random(4) === 0 ? sample.subarray(0, random(sample.length + 1)) : sample;
      const bytes = random(8) === 0 ? Buffer.concat([cut, randomBytes(MAX_BYTES)]) : random(5) === 0 ? Buffer.concat([randomBytes(random(64)), cut]) : cut;
      const res = await upload(org.commissioner, tickets[Math.floor(i / 8)]!.id, bytes, names[random(names.length)]!);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 400) expect(res.body.errors[0].field).toBe('file');
      expect([201, 400, 409, 413, 415]).toContain(res.status);
      if (res.status === 201) {
        expect(res.body.sha256).toBe(sha256(bytes));
        expect(res.body.name).not.toMatch(/[\\/\u0000]/);
        expect(res.body.name.length).toBeLessThanOrEqual(200);
      }
    }
    process.stdout.write(`attachments fuzz: ${JSON.stringify(Object.fromEntries(statuses))}\n`);
    expect(statuses.get(201)).toBeGreaterThan(0);
    expect(statuses.get(415)).toBeGreaterThan(0);
    expect(await staged()).toEqual([]);
    for (const ticket of tickets) expect((await org.supervisor.get(`/api/tickets/${ticket.id}/events/verify`).expect(200)).body).toMatchObject({ intact: true });
  });
});
