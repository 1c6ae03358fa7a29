import { deflateSync, crc32 } from 'node:zlib';

/**
 * The demo's attachments, made here rather than shipped as binaries: a site plan as a PNG (a
 * few buildings on a plot, drawn pixel by pixel), a filing notice as a one-page PDF, and a
 * note as UTF-8 text.
 */
export function sitePlanPng(width = 480, height = 300): Buffer {
  const rgb = (hex: number) => [(hex >> 16) & 255, (hex >> 8) & 255, hex & 255] as const;
  const shapes: { x: number; y: number; w: number; h: number; colour: readonly [number, number, number] }[] = [
    { x: 20, y: 20, w: width - 40, h: height - 40, colour: rgb(0xd9f7be) }, // the plot, about 20 mu
    { x: 50, y: 50, w: 180, h: 110, colour: rgb(0x91caff) }, // the cold store
    { x: 260, y: 50, w: 160, h: 70, colour: rgb(0xffd591) }, // sorting hall
    { x: 260, y: 140, w: 70, h: 70, colour: rgb(0xffadd2) }, // power room
    { x: 20, y: height - 70, w: width - 40, h: 24, colour: rgb(0xbfbfbf) }, // the road
  ];
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3, 255);
    row[0] = 0; // no filter
    for (let x = 0; x < width; x++) {
      const shape = shapes.findLast((s) => x >= s.x && x < s.x + s.w && y >= s.y && y < s.y + s.h);
      const edge = shape && (x === shape.x || y === shape.y || x === shape.x + shape.w - 1 || y === shape.y + shape.h - 1);
      const [r, g, b] = edge ? [89, 89, 89] : (shape?.colour ?? [255, 255, 255]);
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** A one-page PDF with a few lines of Latin text (the standard Helvetica font needs no embedding). */
export function noticePdf(lines: string[]): Buffer {
  const text = lines.map((line, i) => `BT /F1 14 Tf 72 ${760 - i * 24} Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
