import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { ProgressReport, ProgressReportRequest, ReportAttachment } from '../types';

import { taskKeys } from './keys';

/** `GET /api/v1/tasks/{id}/progress-reports`: newest first, with attachments. */
export const useProgressReports = (taskId: number) =>
  useQuery({
    queryKey: taskKeys.reports(taskId),
    queryFn: ({ signal }) => api.get<ProgressReport[]>(`/api/v1/tasks/${taskId}/progress-reports`, { signal }),
  });

export type ReportSubmission = {
  request: ProgressReportRequest;
  files: File[];
  /** Progress of all files together, 0–100. */
  onProgress?: (percent: number) => void;
};

/**
 * Files a report (JSON first), then uploads each evidence file to it one after the other. A failed
 * upload rejects with the report already filed: `{ report, error }` lets the form say which.
 */
export class AttachmentUploadError extends Error {
  constructor(
    readonly report: ProgressReport,
    readonly fileName: string,
    readonly error: unknown,
  ) {
    super(`upload of ${fileName} failed`);
  }
}

export async function fileProgressReport(taskId: number, { request, files, onProgress }: ReportSubmission) {
  const report = await api.post<ProgressReport>(`/api/v1/tasks/${taskId}/progress-reports`, request);
  const attachments: ReportAttachment[] = [];
  for (const [index, file] of files.entries()) {
    try {
      attachments.push(
        await api.upload<ReportAttachment>(`/api/v1/tasks/${taskId}/progress-reports/${report.id}/attachments`, file, {
          fileName: file.name,
          onProgress: (percent) => onProgress?.(Math.round(((index + percent / 100) * 100) / files.length)),
        }),
      );
    } catch (error) {
      throw new AttachmentUploadError(report, file.name, error);
    }
  }
  onProgress?.(100);
  return { ...report, attachments };
}

export const useFileProgressReport = (taskId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (submission: ReportSubmission) => fileProgressReport(taskId, submission),
    onSettled: () => queryClient.invalidateQueries({ queryKey: taskKeys.all }),
  });
};

/** Downloads an evidence file through the API client (token, scope, nosniff). */
export const downloadAttachment = (taskId: number, reportId: number, attachmentId: number) =>
  api.download(`/api/v1/tasks/${taskId}/progress-reports/${reportId}/attachments/${attachmentId}`);
