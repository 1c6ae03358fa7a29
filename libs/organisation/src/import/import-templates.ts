import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { heading, IMPORT_COLUMNS, type ImportKind, type ImportLanguage } from './import-columns.js';

/** How many rows of a template's sheet offer the lists of a listed column (a role, a tier). */
const LISTED_ROWS = 5000;

/**
 * The file an administrator fills in: the kind's headings in one language. The workbook adds
 * a drop-down on each listed column and a second sheet explaining every column; the CSV is the
 * heading row alone (UTF-8 with a BOM, so that Excel opens it in the right encoding).
 */
@Injectable()
export class ImportTemplates {
  csv(kind: ImportKind, language: ImportLanguage): Buffer {
    const row = IMPORT_COLUMNS[kind].map((column) => heading(column, language)).map((text) => (/[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text));
    return Buffer.from(`\uFEFF${row.join(',')}\r\n`, 'utf8');
  }

  async xlsx(kind: ImportKind, language: ImportLanguage): Promise<Buffer> {
    const zh = language === 'zh-CN';
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'whistle';
    const columns = IMPORT_COLUMNS[kind];
    const sheet = workbook.addWorksheet(zh ? '导入' : 'Import', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((column) => ({ header: heading(column, language), width: Math.max(16, heading(column, language).length * (zh ? 2.2 : 1.2)) }));
    sheet.getRow(1).font = { bold: true };
    columns.forEach((column, index) => {
      if (!column.values) return;
      const words = column.values.map((v) => (zh ? v.zh : v.en));
      const letter = sheet.getColumn(index + 1).letter;
      for (let row = 2; row <= LISTED_ROWS + 1; row += 1) {
        sheet.getCell(`${letter}${row}`).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${words.join(',')}"`] };
      }
    });
    const help = workbook.addWorksheet(zh ? '填写说明' : 'How to fill it in');
    help.columns = [
      { header: zh ? '列' : 'Column', width: 24 },
      { header: zh ? '必填' : 'Required', width: 10 },
      { header: zh ? '说明' : 'What it holds', width: 60 },
      { header: zh ? '可选值' : 'Values', width: 60 },
    ];
    help.getRow(1).font = { bold: true };
    for (const column of columns) {
      help.addRow([
        heading(column, language),
        column.required ? (zh ? '是' : 'yes') : zh ? '否' : 'no',
        zh ? column.note.zh : column.note.en,
        column.values?.map((v) => `${v.zh} / ${v.en}`).join('; ') ?? '',
      ]);
    }
    help.addRow([]);
    help.addRow([
      zh
        ? '第一个工作表的第一行是列名（中文或英文均可）；空行跳过。先“预检”列出每个问题行，无误后再导入：有任何错误则一行都不导入。单元格不得以 = + - @ 开头。'
        : 'The first sheet’s first row holds the headings (Chinese or English); blank rows are skipped. A dry run lists every bad row; the import then creates all rows or, on any error, none. No cell may begin with = + - @.',
    ]);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
