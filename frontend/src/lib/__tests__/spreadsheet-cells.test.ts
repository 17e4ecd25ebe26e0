import { describe, expect, it } from 'vitest';

import { csvCell, neutralise } from '../spreadsheet-cells';

describe('spreadsheet cells (formula injection)', () => {
  it('quotes text a spreadsheet would run, and only that', () => {
    for (const attack of ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(1)', '\t=1', '\r=1']) {
      expect(neutralise(attack)).toBe(`'${attack}`);
    }
    expect(neutralise('张三')).toBe('张三');
    expect(neutralise('a=1')).toBe('a=1');
  });

  it('writes CSV cells: numbers as numbers, text neutralised and quoted', () => {
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
  });
});
