import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { DepartmentRecord, DepartmentRecordPage, DepartmentRecordRequest, HistoryEntry, ImportJob, RecordType } from '@/types/api';

import { recordKeys } from './keys';

/** The list's filters, as the API names them. */
export type RecordFilter = { year?: number; from?: string; to?: string; kind?: string; q?: string; enterpriseId?: number };

/** `GET /api/v1/records/types`: every record type with its fields; they change only with a release. */
export const useRecordTypes = () =>
  useQuery({
    queryKey: recordKeys.types(),
    queryFn: ({ signal }) => api.get<RecordType[]>('/api/v1/records/types', { signal }),
    staleTime: 10 * 60_000,
  });

/** `GET /api/v1/records/{type}`: one page of the records the caller reads. */
export const useRecords = (type: string, filter: RecordFilter & { page: number; size: number }) =>
  useQuery({
    queryKey: recordKeys.list(type, filter),
    queryFn: ({ signal }) => api.get<DepartmentRecordPage>(`/api/v1/records/${type}`, { params: filter, signal }),
    placeholderData: keepPreviousData,
  });

/** `GET /api/v1/records/{type}/{id}/history`. */
export const useRecordHistory = (type: string, id: number | undefined) =>
  useQuery({
    queryKey: recordKeys.history(type, id),
    queryFn: ({ signal }) => api.get<HistoryEntry[]>(`/api/v1/records/${type}/${id}/history`, { signal }),
    enabled: id !== undefined,
  });

/** `POST /api/v1/records/{type}` or, with an id, `PUT /api/v1/records/{type}/{id}`. */
export const useSaveRecord = (type: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: DepartmentRecordRequest }) =>
      id === undefined
        ? api.post<DepartmentRecord>(`/api/v1/records/${type}`, body)
        : api.put<DepartmentRecord>(`/api/v1/records/${type}/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordKeys.type(type) }),
  });
};

/** `GET /api/v1/records/{type}/export`: the filtered list as a download (audited by the API). */
export const downloadRecords = (type: string, filter: RecordFilter, format: 'xlsx' | 'csv') =>
  api.download(`/api/v1/records/${type}/export`, { ...filter, format });

/** `GET /api/v1/records/{type}/import-template`. */
export const downloadRecordTemplate = (type: string, format: 'xlsx' | 'csv') =>
  api.download(`/api/v1/records/${type}/import-template`, { format });

/** `POST /api/v1/records/{type}/imports`: starts an import job (followed at /api/v1/imports/{id}). */
export const submitRecordImport = (type: string, { file, dryRun }: { file: File; dryRun: boolean }) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.postForm<ImportJob>(`/api/v1/records/${type}/imports`, form, { params: { dryRun } });
};
