import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { formatBytes, mayAttach, uploadRefusal } from './attachments';
import { eventDetails } from './timeline';

const limits = { maxBytes: 20 * 1024 * 1024, maxPerTicket: 50 };
const file = { id: 'a1', name: '验收单.pdf', size: 774, contentType: 'application/pdf', sha256: 'ab'.repeat(32) };

describe('attachments in the console', () => {
  it('says sizes as a clerk reads them', () => {
    expect(formatBytes(980)).toBe('980 B');
    expect(formatBytes(1843)).toBe('1.8 KB');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
  });

  it('offers the upload to the parties of an open order only', () => {
    expect(mayAttach('enterprise', { state: 'placed' })).toBe(true);
    expect(mayAttach('department', { state: 'rectifying' })).toBe(true);
    expect(mayAttach('supervisor', { state: 'in_progress' })).toBe(false);
    expect(mayAttach('leader', { state: 'in_progress' })).toBe(false);
    expect(mayAttach('enterprise', { state: 'closed' })).toBe(false);
    expect(mayAttach(undefined, { state: 'placed' })).toBe(false);
  });

  it('puts each refusal of the server in words, with the limits', () => {
    const refusal = (status: number, body: object) => uploadRefusal(ApiError.fromResponse(status, body), limits);
    expect(refusal(413, { error: 'too_large', limit: 20971520 })).toEqual({ key: 'attachments.error.tooLarge', vars: { max: '20 MB' } });
    expect(refusal(415, { error: 'unsupported_type' })).toEqual({ key: 'attachments.error.type' });
    expect(refusal(409, { error: 'invalid_state', state: 'closed' })).toEqual({ key: 'attachments.error.closed' });
    expect(refusal(409, { error: 'conflict', limit: 50 })).toEqual({ key: 'attachments.error.full', vars: { max: 50 } });
    expect(refusal(400, { error: 'invalid_input', message: 'file: is empty (0 bytes)' })).toEqual({ key: 'attachments.error.empty' });
    expect(uploadRefusal(ApiError.network(), limits)).toEqual({ key: 'attachments.error.network' });
    expect(uploadRefusal(new Error('?'), limits)).toEqual({ key: 'attachments.error.failed' });
  });

  it('names the files an event carried, and the file an upload added', () => {
    expect(eventDetails({ type: 'attachment_added', payload: { attachment: file } })).toEqual([{ label: 'attachments.file', value: { kind: 'files', files: [file] } }]);
    expect(eventDetails({ type: 'feedback_given', payload: { result: 'resolved', attachments: [file] } }).at(-1)).toEqual({ label: 'attachments.heading', value: { kind: 'files', files: [file] } });
    expect(eventDetails({ type: 'feedback_given', payload: { attachments: [{ id: 'x' }] } })).toEqual([]);
  });
});
