import type { TFunction } from 'i18next';

/**
 * The detail of an audit event as a sentence in the language in use. The API records the detail in
 * English for the log and its exports (`list: 1,2,3`, `lookup by name "王" in enterprise 4 → 2
 * match(es)`); a clerk or an inspector reads it here as 在列表中查看了 3 条(编号 1, 2, 3). A detail
 * of no known shape is shown as it is.
 */
const SHAPES: { pattern: RegExp; key: string; values: (m: RegExpMatchArray) => Record<string, string | number> }[] = [
  { pattern: /^list: ([\d,]+)$/, key: 'list', values: (m) => ids(m[1]) },
  { pattern: /^list \(contact phones\): (.+)$/, key: 'listPhones', values: (m) => ids(m[1]) },
  { pattern: /^history$/, key: 'history', values: () => ({}) },
  { pattern: /^detail$/, key: 'detail', values: () => ({}) },
  { pattern: /^detail \(contact phone\)$/, key: 'detailPhone', values: () => ({}) },
  { pattern: /^lookup by name "(.*)" in enterprise (\d+) → (\d+) match\(es\)$/, key: 'lookupByName', values: (m) => ({ name: m[1], enterprise: m[2], count: Number(m[3]) }) },
  { pattern: /^lookup by ID number (\S+) → (\d+) match\(es\)$/, key: 'lookupById', values: (m) => ({ id: m[1], count: Number(m[2]) }) },
  { pattern: /^id search: (\S+) → (\S+) match\(es\)$/, key: 'idSearch', values: (m) => ({ id: m[1], count: m[2] }) },
  { pattern: /^unmasked (\w+) export$/, key: 'unmaskedExport', values: (m) => ({ format: m[1].toUpperCase() }) },
  { pattern: /^change feed: (.+)$/, key: 'changeFeed', values: (m) => ({ what: m[1] }) },
  { pattern: /^webhook: (.+)$/, key: 'webhook', values: (m) => ({ what: m[1] }) },
  { pattern: /^error list page (\d+)$/, key: 'errorPage', values: (m) => ({ page: Number(m[1]) + 1 }) },
];

function ids(list: string): Record<string, string | number> {
  const all = list.split(',').filter(Boolean);
  return { count: all.length, ids: all.join(', ') };
}

export function describeDetail(detail: string | undefined | null, t: TFunction): string {
  if (!detail) return '';
  for (const shape of SHAPES) {
    const m = detail.match(shape.pattern);
    // interpolation without escaping: the text goes into React, which escapes it
    if (m) return t(`audit.details.${shape.key}` as never, { ...shape.values(m), interpolation: { escapeValue: false } });
  }
  return detail;
}
