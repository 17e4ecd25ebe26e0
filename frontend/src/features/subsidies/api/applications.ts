import { keepPreviousData, queryOptions, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import {
  APPLICATION_STATES,
  type Application,
  type ApplicationEvent,
  type ApplicationPage,
  type ApplicationRequest,
  type ApplicationState,
  type Attachment,
  type DisbursementRequest,
  type TransitionRequest,
} from '../types';

import { subsidyKeys } from './keys';

export type ApplicationFilter = { state?: ApplicationState; programmeId?: number; enterpriseId?: number; year?: number };
export type ApplicationQuery = ApplicationFilter & { page: number; size: number; sort?: string };

/** `GET /api/v1/subsidy-applications`: one page, filtered and scoped on the server. */
export const getApplications = (query: ApplicationQuery, { signal }: { signal?: AbortSignal } = {}) =>
  api.get<ApplicationPage>('/api/v1/subsidy-applications', { params: query, signal });

export const useApplications = (query: ApplicationQuery) =>
  useQuery({
    queryKey: subsidyKeys.applications(query),
    queryFn: ({ signal }) => getApplications(query, { signal }),
    placeholderData: keepPreviousData,
  });

/** How many applications are in each state (the tabs' counts): one size-1 page per state. */
export const useStateCounts = (filter: Omit<ApplicationFilter, 'state'>) =>
  useQueries({
    queries: APPLICATION_STATES.map((state) => ({
      queryKey: subsidyKeys.applications({ ...filter, state, page: 0, size: 1 }),
      queryFn: ({ signal }: { signal: AbortSignal }) => getApplications({ ...filter, state, page: 0, size: 1 }, { signal }),
    })),
    combine: (results) =>
      Object.fromEntries(APPLICATION_STATES.map((state, i) => [state, results[i]?.data?.total])) as Partial<Record<ApplicationState, number>>,
  });

/** Every row matching the filter (pages of 200), for the export. */
export async function getAllApplications(filter: ApplicationFilter): Promise<Application[]> {
  const rows: Application[] = [];
  for (let page = 0; page < 50; page++) {
    const answer = await getApplications({ ...filter, page, size: 200, sort: 'id' });
    rows.push(...(answer.items ?? []));
    if (rows.length >= (answer.total ?? 0) || (answer.items ?? []).length === 0) break;
  }
  return rows;
}

export const getApplicationQueryOptions = (id: number) =>
  queryOptions({
    queryKey: subsidyKeys.application(id),
    queryFn: ({ signal }) => api.get<Application>(`/api/v1/subsidy-applications/${id}`, { signal }),
  });

export const useApplication = (id: number) => useQuery(getApplicationQueryOptions(id));

export const useApplicationHistory = (id: number) =>
  useQuery({
    queryKey: subsidyKeys.applicationHistory(id),
    queryFn: ({ signal }) => api.get<ApplicationEvent[]>(`/api/v1/subsidy-applications/${id}/history`, { signal }),
  });

/** `POST /api/v1/subsidy-applications`: a draft (the amount is computed by the server). */
export const useCreateApplication = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplicationRequest) => api.post<Application>('/api/v1/subsidy-applications', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subsidyKeys.all }),
  });
};

export type TransitionAction = 'submit' | 'review' | 'return' | 'approve' | 'reject';

/** A workflow step (`POST …/{id}/{action}`) with the version read; a stale or illegal one is a 409. */
export const useTransition = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: TransitionAction; body: TransitionRequest }) =>
      api.post<Application>(`/api/v1/subsidy-applications/${id}/${action}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subsidyKeys.all }),
  });
};

/** `POST …/{id}/disburse`: voucher, date and amount (at most the committed amount). */
export const useDisburse = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DisbursementRequest) => api.post<Application>(`/api/v1/subsidy-applications/${id}/disburse`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subsidyKeys.all }),
  });
};

/** `PUT /api/v1/subsidy-applications/{id}` while a draft (also after a return), with the version read. */
export const useUpdateApplication = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplicationRequest) => api.put<Application>(`/api/v1/subsidy-applications/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subsidyKeys.all }),
  });
};

/** `POST …/{id}/attachments`: one evidence file (PDF, PNG, JPEG, DOCX by content, ≤ 10 MB) with upload progress. */
export const useUploadAttachment = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress?: (percent: number) => void }) =>
      api.upload<Attachment>(`/api/v1/subsidy-applications/${id}/attachments`, file, { onProgress }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subsidyKeys.application(id) }),
  });
};

/** The evidence file as a download, through the one API client (token, scope, problem+json). */
export const downloadAttachment = (applicationId: number, attachmentId: number) =>
  api.download(`/api/v1/subsidy-applications/${applicationId}/attachments/${attachmentId}`);
