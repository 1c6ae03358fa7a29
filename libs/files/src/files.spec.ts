import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DiskFileStore } from './file-store.js';
import { cleanName, detectType } from './file-types.js';
import { Staging, StreamTooLargeError } from './staging.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
/** The header of a Compound File Binary (Word 97–2003 and its kin), padded to a sector. */
const CFB = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);

describe('attachment files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'whistle-files-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const file = async (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return path;
  };

  it('reads the type from the bytes and says what a refused file is', async () => {
    expect(await detectType(await file('a', PNG), '合同.pdf')).toEqual({ contentType: 'image/png' });
    expect(await detectType(await file('b', CFB), '报告.DOC')).toEqual({ contentType: 'application/msword' });
    expect(await detectType(await file('c', CFB), '报表.et')).toEqual({ contentType: 'application/vnd.ms-excel' });
    expect(await detectType(await file('d', CFB), 'setup.msi')).toEqual({ refused: expect.stringContaining('compound document') });
    expect(await detectType(await file('e', Buffer.from('GIF89a\x01\x00\x01\x00')), 'x')).toEqual({ contentType: 'image/gif' });
    expect(await detectType(await file('f', Buffer.from('{\\rtf1 hello}')), 'x.doc')).toEqual({ refused: expect.stringContaining('rtf') });
    expect(await detectType(await file('g', Buffer.from('第一行\r\n\t第二行\n')), 'x')).toEqual({ contentType: 'text/plain; charset=utf-8' });
    expect(await detectType(await file('h', Buffer.from('a\u0000b')), 'x.txt')).toEqual({ refused: 'binary data of no known type' });
  });

  it('keeps only the last part of a name, without control characters, at most 200 characters with the extension', () => {
    expect(cleanName('../../etc/passwd')).toBe('passwd');
    expect(cleanName('C:\\fakepath\\营业执照.jpg')).toBe('营业执照.jpg');
    expect(cleanName('a\u0000b\u001f.txt')).toBe('ab.txt');
    expect(cleanName('...hidden')).toBe('hidden');
    expect(cleanName('  ')).toBe('file');
    expect(cleanName(undefined)).toBe('file');
    const long = cleanName(`${'长'.repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('stages a stream with its hash and size, and removes what passes the limit or fails half-way', async () => {
    const staging = new Staging(join(dir, '.staging'));
    const staged = await staging.receive(Readable.from([PNG]), PNG.length);
    expect(staged).toMatchObject({ size: PNG.length, sha256: createHash('sha256').update(PNG).digest('hex') });
    await expect(staging.receive(Readable.from([PNG, PNG]), PNG.length)).rejects.toBeInstanceOf(StreamTooLargeError);
    const failing = new Readable({
      read() {
        this.push(PNG);
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(staging.receive(failing, 1_000_000)).rejects.toThrow('connection reset');
    expect(await readdir(join(dir, '.staging'))).toEqual([staged.path.split('/').pop()]);

    // The store keeps it under its hash, once; the staged file is gone.
    const store = new DiskFileStore(join(dir, 'files'));
    await store.keep(staged);
    const again = await staging.receive(Readable.from([PNG]), PNG.length);
    await store.keep(again);
    expect(await readdir(join(dir, '.staging'))).toEqual([]);
    expect(await readdir(join(dir, 'files', staged.sha256.slice(0, 2), staged.sha256.slice(2, 4)))).toEqual([staged.sha256]);
    const chunks: Buffer[] = [];
    for await (const chunk of await store.open(staged.sha256)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks)).toEqual(PNG);
    await expect(store.open('0'.repeat(64))).rejects.toThrow('attachment not found');
  });

  it('sweeps the parts a killed process left, not the uploads still streaming', async () => {
    const staging = new Staging(join(dir, '.staging'));
    const old = await staging.receive(Readable.from([PNG]), 1_000);
    const fresh = await staging.receive(Readable.from([PNG]), 1_000);
    const dayAgo = new Date(Date.now() - 25 * 3_600_000);
    await utimes(old.path, dayAgo, dayAgo);
    expect(await staging.sweep(24 * 3_600_000)).toBe(1);
    expect(await readdir(join(dir, '.staging'))).toEqual([fresh.path.split('/').pop()]);
  });
});
