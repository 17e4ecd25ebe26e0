import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

/** `GET /api/v1/reports/annual-review?format=docx`: the Word draft, handed to the browser as a download. */
export const useDownloadAnnualReview = () =>
  useMutation({
    mutationFn: (year: number) => api.download('/api/v1/reports/annual-review', { year, format: 'docx' }),
  });

/** `GET /api/v1/reports/annual-review?year=`: the draft as HTML, for the preview. */
export const useAnnualReviewHtml = (year: number) =>
  useQuery({
    queryKey: ['annual-review', year],
    queryFn: ({ signal }) => api.getText('/api/v1/reports/annual-review', { params: { year }, signal }),
    placeholderData: keepPreviousData,
  });
