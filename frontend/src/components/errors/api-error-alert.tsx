import { Alert, Button } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { ApiError } from '@/lib/api-client';
import type { FieldError } from '@/types/api';

export type ReadableError = { title: string; detail?: string; fieldErrors: FieldError[]; requestId?: string };

function genericMessage(status: number, t: TFunction): string {
  if (status === 0) return t('errors.network');
  if (status === 401) return t('errors.unauthorized');
  if (status === 403) return t('errors.forbidden');
  if (status === 404) return t('errors.notFound');
  if (status === 409 || status === 412) return t('errors.conflict');
  if (status === 429) return t('errors.tooMany');
  if (status >= 500) return t('errors.server');
  return t('errors.status', { status });
}

/** What to tell a person about a failed call: the server's own words when it gave any, else ours. */
export function readableError(error: unknown, t: TFunction): ReadableError {
  if (error instanceof ApiError) {
    return {
      title: error.title ?? t('errors.requestFailed'),
      detail: error.detail ?? (error.title ? undefined : genericMessage(error.status, t)),
      fieldErrors: error.fieldErrors,
      requestId: error.requestId,
    };
  }
  return {
    title: t('errors.requestFailed'),
    detail: error instanceof Error ? error.message : undefined,
    fieldErrors: [],
  };
}

/** The failure in one line, for a toast or a one-line alert: "title: detail". */
export function errorSentence(error: unknown, t: TFunction): string {
  const { title, detail } = readableError(error, t);
  return [title, detail].filter(Boolean).join(': ');
}

/** Shows a failed API call readably: title, detail and the list of invalid fields, with a retry. */
export function ApiErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { title, detail, fieldErrors, requestId } = readableError(error, t);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="api-error"
      title={title}
      description={
        detail || fieldErrors.length > 0 || requestId ? (
          <>
            {detail && <div>{detail}</div>}
            {fieldErrors.length > 0 && (
              <>
                <div>{t('errors.fieldErrors')}</div>
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {fieldErrors.map((e, index) => (
                    <li key={`${e.field ?? ''}-${index}`}>{e.field ? `${e.field}：${e.message ?? ''}` : e.message}</li>
                  ))}
                </ul>
              </>
            )}
            {requestId && (
              <div data-testid="api-error-request-id" style={{ fontSize: 12 }}>
                {t('errors.requestId', { id: requestId })}
              </div>
            )}
          </>
        ) : undefined
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )
      }
    />
  );
}
