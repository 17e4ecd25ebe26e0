import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n/i18n';

import { describeDetail } from '../utils/describe-detail';

describe('describeDetail: the API’s audit detail as a sentence', () => {
  const zh = i18n.getFixedT('zh-CN');
  const en = i18n.getFixedT('en');

  it('reads the details the API records, in Chinese and in English', () => {
    expect(describeDetail('list: 1,2,3', zh)).toBe('在列表中查看了 3 条(编号 1, 2, 3)');
    expect(describeDetail('list: 1,2,3', en)).toBe('Viewed 3 in a list (ids 1, 2, 3)');
    expect(describeDetail('history', zh)).toBe('查看了变更历史');
    expect(describeDetail('detail (contact phone)', zh)).toBe('查看了详情(含联系电话)');
    expect(describeDetail('lookup by name "学员乙" in enterprise 12 → 1 match(es)', zh)).toBe('在企业 #12 中按姓名“学员乙”查找,1 条匹配');
    expect(describeDetail('lookup by ID number 421202********1234 → 0 match(es)', en)).toBe('Looked up ID number 421202********1234: 0 match(es)');
    expect(describeDetail('id search: 4212* → 100000+ match(es)', zh)).toBe('按身份证号 4212* 搜索,100000+ 条匹配');
    expect(describeDetail('unmasked csv export', zh)).toBe('未脱敏导出(CSV)');
    expect(describeDetail('error list page 0', zh)).toBe('查看了导入错误明细第 1 页');
  });

  it('keeps a name with markup as text (React escapes it), and shows an unknown detail as it is', () => {
    expect(describeDetail('lookup by name "<b>王</b>" in enterprise 3 → 2 match(es)', en)).toBe('Looked up the name “<b>王</b>” in enterprise #3: 2 match(es)');
    expect(describeDetail('edit labour-dispute of hrss', zh)).toBe('edit labour-dispute of hrss');
    expect(describeDetail(undefined, zh)).toBe('');
  });
});
