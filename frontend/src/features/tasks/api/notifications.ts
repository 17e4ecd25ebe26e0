import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { NotificationPage } from '../types';

import { notificationKeys } from './keys';

/** `GET /api/v1/notifications`: the caller's, newest first, with the unread count; polled each minute. */
export const useNotifications = (enabled: boolean) =>
  useQuery({
    queryKey: notificationKeys.all,
    queryFn: ({ signal }) => api.get<NotificationPage>('/api/v1/notifications', { params: { size: 20 }, signal }),
    enabled,
    refetchInterval: 60_000,
    staleTime: 15_000,
  });

export const useMarkNotificationRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<void>(`/api/v1/notifications/${id}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
};

export const useMarkAllNotificationsRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ marked: number }>('/api/v1/notifications/read-all'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
};
