import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { ImportErrorPage, ImportJob } from '@/types/api';

import { enterpriseKeys, importKeys, statisticsKeys, workerKeys } from './keys';

/** Job states that still change: the wizard polls while the job is in one of them. */
export const RUNNING_STATUSES: readonly string[] = ['QUEUED', 'VALIDATING', 'IMPORTING'];

/** `GET /api/v1/imports/workers/template`: the import template as a download. */
export const downloadImportTemplate = (format: 'xlsx' | 'csv') =>
  api.download('/api/v1/imports/workers/template', { format });

/** `POST /api/v1/imports/workers`: uploads the file and starts a job (202), a dry run unless told. */
export const submitImport = ({ file, dryRun }: { file: File; dryRun: boolean }) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.postForm<ImportJob>('/api/v1/imports/workers', form, { params: { dryRun } });
};

/** The upload of an import wizard: workers unless another import (department records) is given. */
export const useSubmitImport = (submit: typeof submitImport = submitImport) => useMutation({ mutationFn: submit });

/** `GET /api/v1/imports/{id}`, polled every second until the job has finished. */
export const useImportJob = (id: number | undefined, pollMs = 1000) =>
  useQuery({
    queryKey: importKeys.job(id),
    queryFn: ({ signal }) => api.get<ImportJob>(`/api/v1/imports/${id}`, { signal }),
    enabled: id !== undefined,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === undefined || RUNNING_STATUSES.includes(status) ? pollMs : false;
    },
  });

/**
 * `POST /api/v1/imports/{id}/retry`: runs a job that failed for a system reason (its server stopped,
 * an error) again from its kept upload (202, queued); the job's query polls again until it ends.
 */
export const retryImport = (id: number) => api.post<ImportJob>(`/api/v1/imports/${id}/retry`);

export const useRetryImport = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryImport,
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.job(job.id), job);
    },
  });
};

/** `GET /api/v1/imports/{id}/errors`: bad cells (row, column, message), one page. */
export const useImportErrors = (id: number | undefined, page: { page: number; size: number }, enabled: boolean) =>
  useQuery({
    queryKey: importKeys.errors(id, page),
    queryFn: ({ signal }) => api.get<ImportErrorPage>(`/api/v1/imports/${id}/errors`, { params: page, signal }),
    enabled: enabled && id !== undefined,
    placeholderData: keepPreviousData,
  });

/** `GET /api/v1/imports/{id}/errors.xlsx`: the uploaded rows with bad cells marked. */
export const downloadImportErrors = (id: number) => api.download(`/api/v1/imports/${id}/errors.xlsx`);

/** After a real import the registry and its statistics have changed. */
export const useInvalidateAfterImport = (keys: readonly (readonly unknown[])[] = [workerKeys.all, enterpriseKeys.all, statisticsKeys.all]) => {
  const queryClient = useQueryClient();
  return () => Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
};
