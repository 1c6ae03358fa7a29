import { describe, expect, it } from 'vitest';
import { csvCell, csvFile } from './credentials';

describe('the one-time password sheet', () => {
  it('quotes what CSV needs quoted and defuses what a spreadsheet would run', () => {
    expect(csvCell('k7Qm-2xPa-9vRt')).toBe('k7Qm-2xPa-9vRt');
    expect(csvCell('王, 经理')).toBe('"王, 经理"');
    expect(csvCell('说 "好"')).toBe('"说 ""好"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(null)).toBe('');
    expect(csvCell(7)).toBe('7');
  });

  it('is UTF-8 with a byte-order mark and CRLF lines, one row per line', () => {
    expect(csvFile([['用户名', '临时密码'], ['imp.ent', 'abcd-efgh-ijkm']])).toBe('\uFEFF用户名,临时密码\r\nimp.ent,abcd-efgh-ijkm\r\n');
  });
});
