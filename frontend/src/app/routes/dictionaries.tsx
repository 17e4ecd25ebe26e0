import { DictionariesAdmin } from '@/features/dictionaries/components/dictionaries-admin';

/** 数据字典: reference data, for administrators. The page header above names it (one title per page). */
export function DictionariesPage() {
  return <DictionariesAdmin />;
}
