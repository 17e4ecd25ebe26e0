import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { AnnualReviewDocument } from '@/types/api';

import { reviewKeys } from './keys';

/** `GET /api/v1/reports/annual-review?format=docx`: the Word draft, handed to the browser as a download (audited by the API). */
export const useDownloadAnnualReview = () =>
  useMutation({
    mutationFn: (year: number) => api.download('/api/v1/reports/annual-review', { year, format: 'docx' }),
  });

/** `GET /api/v1/reports/annual-review?year=` with `Accept: application/json`: the review with each sentence's sources. */
export const useAnnualReview = (year: number) =>
  useQuery({
    queryKey: reviewKeys.annual(year),
    queryFn: ({ signal }) => api.get<AnnualReviewDocument>('/api/v1/reports/annual-review', { params: { year }, signal }),
    placeholderData: keepPreviousData,
  });
