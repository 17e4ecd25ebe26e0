import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { dictionaryKeys } from '@/lib/dictionaries';
import type { DictionaryItem, HistoryEntry } from '@/types/api';

export type DictionaryItemCreate = { code: string; labelZh: string; labelEn: string; sortOrder?: number };
export type DictionaryItemUpdate = { labelZh: string; labelEn: string; sortOrder: number; active: boolean; version: number };

export const dictionaryItemHistoryQueryOptions = (kind: string, code: string) =>
  queryOptions({
    queryKey: [...dictionaryKeys.all, 'history', kind, code] as const,
    queryFn: ({ signal }) =>
      api.get<HistoryEntry[]>(`/api/v1/dictionaries/${encodeURIComponent(kind)}/items/${encodeURIComponent(code)}/history`, { signal }),
  });

export const useDictionaryItemHistory = (kind: string, code: string | undefined) =>
  useQuery({ ...dictionaryItemHistoryQueryOptions(kind, code ?? ''), enabled: !!code });

/** Writes of the admin page; each refreshes the dictionaries every page reads its labels from. */
export function useDictionaryWrites(kind: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: dictionaryKeys.all });
  const base = `/api/v1/dictionaries/${encodeURIComponent(kind)}/items`;
  return {
    create: useMutation({
      mutationFn: (body: DictionaryItemCreate) => api.post<DictionaryItem>(base, body),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ code, body }: { code: string; body: DictionaryItemUpdate }) =>
        api.put<DictionaryItem>(`${base}/${encodeURIComponent(code)}`, body),
      onSuccess: refresh,
    }),
    deactivate: useMutation({
      mutationFn: (code: string) => api.post<DictionaryItem>(`${base}/${encodeURIComponent(code)}/deactivate`),
      onSuccess: refresh,
    }),
  };
}
