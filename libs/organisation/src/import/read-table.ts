import { InvalidInputError } from '@whistle/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A cell as read: its text, and whether the file holds a formula there (XLSX). */
export interface Cell {
  text: string;
  formula: boolean;
}

/** The first sheet of a file: its heading row, then every row under it, numbered as a spreadsheet shows them. */
export interface Table {
  headingRow: number;
  headings: string[];
  rows: { row: number; cells: Cell[] }[];
}

/** More rows than this is not a park's organisation but a mistake (or an attack): refused before any check. */
export const MAX_IMPORT_ROWS = 20_000;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Reads an uploaded CSV or XLSX file by what its bytes are, and refuses one whose name says
 * otherwise: a workbook must be a ZIP package that ExcelJS can open; a CSV must be text, in
 * UTF-8 (with or without a BOM) or in GB18030 (what Excel on a Chinese Windows saves), with a
 * comma, semicolon or tab between its fields.
 */
export async function readTable(file: { buffer: Buffer; originalname: string }): Promise<Table> {
  const name = file.originalname.toLowerCase();
  const bytes = file.buffer;
  const declared = name.endsWith('.xlsx') ? 'xlsx' : name.endsWith('.csv') ? 'csv' : null;
  if (!declared) throw new InvalidInputError('file', 'must be a .csv or .xlsx file');
  if (bytes.length === 0) throw new InvalidInputError('file', 'is empty');
  if (bytes.subarray(0, OLE2.length).equals(OLE2)) throw new InvalidInputError('file', 'is an Excel 97–2003 (.xls) workbook: save it as .xlsx or .csv');
  const zip = bytes.subarray(0, ZIP.length).equals(ZIP);
  if (declared === 'xlsx' && !zip) throw new InvalidInputError('file', 'is called .xlsx but is not an XLSX workbook');
  if (declared === 'csv' && zip) throw new InvalidInputError('file', 'is called .csv but is a ZIP package (an XLSX workbook?): name it .xlsx');
  const table = declared === 'xlsx' ? await readWorkbook(bytes) : readCsv(bytes);
  if (table.rows.length > MAX_IMPORT_ROWS) throw new InvalidInputError('file', `has ${table.rows.length} rows; at most ${MAX_IMPORT_ROWS} are read at once`);
  return table;
}

async function readWorkbook(bytes: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new InvalidInputError('file', 'is not a readable XLSX workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new InvalidInputError('file', 'has no worksheet');
  const lines: { row: number; cells: Cell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellOf(cell);
    });
    lines.push({ row: number, cells: Array.from(cells, (cell) => cell ?? { text: '', formula: false }) });
  });
  return split(lines);
}

function cellOf(cell: ExcelJS.Cell): Cell {
  const value = cell.value;
  if (cell.type === ExcelJS.ValueType.Formula || (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value))) {
    return { text: cell.formula ?? '', formula: true };
  }
  if (value === null || value === undefined) return { text: '', formula: false };
  if (value instanceof Date) return { text: value.toISOString(), formula: false };
  if (typeof value === 'object' && 'richText' in value) return { text: value.richText.map((run) => run.text).join(''), formula: false };
  if (typeof value === 'object' && 'text' in value) return { text: String(value.text), formula: false };
  if (typeof value === 'object' && 'error' in value) return { text: String(value.error), formula: false };
  return { text: String(value), formula: false };
}

function readCsv(bytes: Buffer): Table {
  if (bytes.includes(0)) throw new InvalidInputError('file', 'is called .csv but is not text');
  const text = decode(bytes);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: false }) as string[][];
  } catch (error) {
    throw new InvalidInputError('file', `is not well-formed CSV: ${(error as Error).message}`);
  }
  // Numbered as a spreadsheet opening the file numbers them: one row per record, blank ones too.
  return split(records.map((record, index) => ({ row: index + 1, cells: record.map((text) => ({ text, formula: false })) })));
}

/** UTF-8 when the bytes are valid UTF-8, else GB18030 when they are valid GB18030, else refused. */
function decode(bytes: Buffer): string {
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // the next encoding
    }
  }
  throw new InvalidInputError('file', 'is called .csv but is neither UTF-8 nor GB18030 text');
}

function split(lines: { row: number; cells: Cell[] }[]): Table {
  const filled = lines.filter((line) => line.cells.some((cell) => cell.text.trim() !== '' || cell.formula));
  const [first, ...rest] = filled;
  if (!first) throw new InvalidInputError('file', 'has no heading row');
  return { headingRow: first.row, headings: first.cells.map((cell) => cell.text.trim()), rows: rest };
}
