import type { dictionariesZhCN } from './dictionaries.zh-CN';

/** Dictionary admin (English). */
export const dictionariesEn: typeof dictionariesZhCN = {
  title: 'Reference data',
  hint: 'Chinese and English names of the codes; codes marked “system” are used by the program: names and order may change, they cannot be deactivated',
  kinds: 'Dictionary',
  code: 'Code',
  labelZh: 'Chinese name',
  labelEn: 'English name',
  sortOrder: 'Order',
  status: 'Status',
  active: 'Active',
  inactive: 'Inactive',
  behavioural: 'System',
  open: 'Extensible',
  add: 'Add item',
  edit: 'Edit',
  deactivate: 'Deactivate',
  activate: 'Activate',
  confirmDeactivate: 'Deactivate “{{label}}”? It will no longer be offered; existing records keep showing its name.',
  saved: 'Saved',
  added: 'Added',
  deactivated: 'Deactivated',
  closedKind: 'The codes of this dictionary are defined by the system: only names and order can change',
  history: 'History',
  actions: 'Actions',
};
