import { fileTypeFromFile } from 'file-type';
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';

/** What may be attached, as read from the bytes: images, PDF, Office and OpenDocument documents, plain text. */
export const ATTACHMENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/heic',
  'image/tiff',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'text/plain',
] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const ALLOWED: ReadonlySet<string> = new Set(ATTACHMENT_TYPES);

/**
 * Word, Excel and PowerPoint 97–2003 files (and WPS Office's, common in government offices)
 * are all Compound File Binary containers: the bytes say CFB, the name says which.
 */
const COMPOUND_FILES: Record<string, AttachmentType> = {
  '.doc': 'application/msword',
  '.wps': 'application/msword',
  '.xls': 'application/vnd.ms-excel',
  '.et': 'application/vnd.ms-excel',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.dps': 'application/vnd.ms-powerpoint',
};

/** `contentType` is one of ATTACHMENT_TYPES, plain text with its charset (`text/plain; charset=gb18030`). */
export type Detected = { contentType: string } | { refused: string };

/**
 * The type of the file at `path`, from its bytes (file-type's signatures, which look inside ZIP
 * containers for OOXML and OpenDocument); a file without a signature is plain text when it is
 * valid UTF-8 or GB 18030 without control characters. Anything else is refused, with what it
 * was found to be.
 */
export async function detectType(path: string, name: string): Promise<Detected> {
  const found = await fileTypeFromFile(path);
  if (found) {
    if (found.mime === 'application/x-cfb') {
      const type = COMPOUND_FILES[extname(name).toLowerCase()];
      return type ? { contentType: type } : { refused: 'a compound document that is not a Word, Excel or PowerPoint file (.doc, .xls, .ppt)' };
    }
    return ALLOWED.has(found.mime) ? { contentType: found.mime as AttachmentType } : { refused: `${found.mime} (.${found.ext})` };
  }
  const charset = await plainTextCharset(path);
  return charset ? { contentType: `text/plain; charset=${charset}` } : { refused: 'binary data of no known type' };
}

/** Control characters other than tab, line feed, form feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

async function plainTextCharset(path: string): Promise<'utf-8' | 'gb18030' | null> {
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const decoder = new TextDecoder(encoding, { fatal: true });
    try {
      let clean = true;
      for await (const chunk of createReadStream(path)) {
        if (CONTROL.test(decoder.decode(chunk as Buffer, { stream: true }))) {
          clean = false;
          break;
        }
      }
      if (clean && !CONTROL.test(decoder.decode())) return encoding;
    } catch {
      // not this encoding
    }
  }
  return null;
}

/**
 * A file name as people see it, made safe: the last part of any path, without control
 * characters, NFC, at most 200 characters (keeping the extension); `file` when nothing is left.
 * The name is never a path on disk (files are kept by hash); this is for the download's name.
 */
export function cleanName(raw: string | undefined): string {
  const last = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const name = last.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').trim().replace(/^\.+/, '');
  if (!name) return 'file';
  if (name.length <= 200) return name;
  const ext = extname(name).slice(0, 20);
  return name.slice(0, 200 - ext.length) + ext;
}
