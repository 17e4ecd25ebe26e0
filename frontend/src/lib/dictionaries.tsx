/**
 * 数据字典: every coded value of the API (industries, gender, education, skill levels, states,
 * audit actions, client systems…) shown by its label from `GET /api/v1/dictionaries`, in the UI's
 * language. The one place the SPA turns codes into words; there is no second label table.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { api } from '@/lib/api-client';
import type { Dictionaries, DictionaryItem } from '@/types/api';

/** The kinds the API answers (dictionary_kind); open kinds (industry, client…) can grow. */
export type DictionaryKind =
  | 'industry'
  | 'gender'
  | 'education'
  | 'skill_level'
  | 'ownership'
  | 'enterprise_size'
  | 'honour_kind'
  | 'honour_category'
  | 'award_level'
  | 'post_type'
  | 'programme_kind'
  | 'fund_source'
  | 'application_state'
  | 'task_status'
  | 'task_priority'
  | 'policy_area'
  | 'task_event_kind'
  | 'competition_kind'
  | 'competition_stage'
  | 'competition_field'
  | 'award_grade'
  | 'participant_status'
  | 'objection_status'
  | 'audit_action'
  | 'audit_outcome'
  | 'record_kind'
  | 'client'
  | 'system_actor'
  | 'data_tag'
  | 'escalation_level'
  | 'extension_status'
  | 'notification_kind';

export const dictionaryKeys = {
  all: ['dictionaries'] as const,
};

/** `GET /api/v1/dictionaries`: read once per session and kept; the admin page invalidates it after a change. */
export const getDictionariesQueryOptions = () =>
  queryOptions({
    queryKey: dictionaryKeys.all,
    queryFn: ({ signal }) => api.get<Dictionaries>('/api/v1/dictionaries', { signal }),
    staleTime: 10 * 60 * 1000,
  });

/**
 * The field of a record (as the change history and forms name it) → its dictionary, so that a
 * recorded `FEMALE` reads 女 and `biomedicine` 生物医药 wherever the field appears.
 */
export const FIELD_KINDS: Record<string, DictionaryKind> = {
  gender: 'gender',
  education: 'education',
  skillLevel: 'skill_level',
  minSkillLevel: 'skill_level',
  grantSkillLevel: 'skill_level',
  industryCode: 'industry',
  industry: 'industry',
  ownership: 'ownership',
  size: 'enterprise_size',
  honourKind: 'honour_kind',
  category: 'honour_category',
  level: 'award_level',
  post: 'post_type',
  postType: 'post_type',
  kind: 'competition_kind',
  stage: 'competition_stage',
  field: 'competition_field',
  grade: 'award_grade',
  state: 'application_state',
  status: 'task_status',
  priority: 'task_priority',
  area: 'policy_area',
  programmeKind: 'programme_kind',
  source: 'fund_source',
};

export type Dictionary = {
  /** The label of a code in the UI's language; the code itself when the dictionary does not know it; '—' for none. */
  label: (kind: DictionaryKind, code: string | null | undefined) => string;
  /** The active items of a kind as Select options, in display order (plus `keep`, an inactive code a record still carries). */
  options: (kind: DictionaryKind, keep?: string | null) => { value: string; label: string }[];
  /** All items of a kind (inactive included), in display order. */
  items: (kind: DictionaryKind) => DictionaryItem[];
  /** The kind's own name (行业, Industry). */
  kindLabel: (kind: string) => string;
  /** A recorded value of a field by its label, when the field is coded; undefined otherwise. */
  fieldValue: (field: string, value: unknown) => string | undefined;
  isLoading: boolean;
};

/** The dictionaries in the UI's language. */
export function useDictionaries(): Dictionary {
  const { i18n } = useTranslation();
  const query = useQuery(getDictionariesQueryOptions());
  const en = i18n.language === 'en';
  const data = query.data;
  const index = useMemo(() => {
    const byKind = new Map<string, { name: string; items: DictionaryItem[]; byCode: Map<string, DictionaryItem> }>();
    for (const k of data?.kinds ?? []) {
      const items = k.items ?? [];
      byKind.set(k.kind ?? '', {
        name: (en ? k.labelEn : k.labelZh) ?? k.kind ?? '',
        items,
        byCode: new Map(items.map((i) => [i.code ?? '', i])),
      });
    }
    return byKind;
  }, [data, en]);

  const label = useCallback(
    (kind: DictionaryKind, code: string | null | undefined) => {
      if (code === null || code === undefined || code === '') return '—';
      const item = index.get(kind)?.byCode.get(code);
      return (item && (en ? item.labelEn : item.labelZh)) ?? code;
    },
    [index, en],
  );
  const options = useCallback(
    (kind: DictionaryKind, keep?: string | null) =>
      (index.get(kind)?.items ?? [])
        .filter((i) => i.active || i.code === keep)
        .map((i) => ({ value: i.code ?? '', label: (en ? i.labelEn : i.labelZh) ?? i.code ?? '' })),
    [index, en],
  );
  const items = useCallback((kind: DictionaryKind) => index.get(kind)?.items ?? [], [index]);
  const kindLabel = useCallback((kind: string) => index.get(kind)?.name ?? kind, [index]);
  const fieldValue = useCallback(
    (field: string, value: unknown) => {
      const kind = FIELD_KINDS[field];
      if (!kind || typeof value !== 'string') return undefined;
      return label(kind, value);
    },
    [label],
  );
  return { label, options, items, kindLabel, fieldValue, isLoading: query.isLoading };
}

/** A coded value by its label: `<DictLabel kind="industry" code="biomedicine" />` → 生物医药. */
export function DictLabel({ kind, code }: { kind: DictionaryKind; code: string | null | undefined }) {
  const { label } = useDictionaries();
  return <>{label(kind, code)}</>;
}

/**
 * A person (or system) as people read it: the name at the time of the act with the department
 * (张明华 · 区总工会); the login only as a tooltip, for the admin.
 */
export function PersonName({
  name,
  login,
  department,
}: {
  name?: string | null;
  login?: string | null;
  department?: string | null;
}) {
  const { label } = useDictionaries();
  const shown = name || (login ? label('system_actor', login) : '—');
  return (
    <span title={login ?? undefined} data-testid="person-name">
      {shown}
      {department ? <Typography.Text type="secondary">{` · ${department}`}</Typography.Text> : null}
    </span>
  );
}
