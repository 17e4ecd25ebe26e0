import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Keycloak could not be reached or refused the sign-in: say so, and offer to try again. */
export function SignInFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('auth.failedTitle')}
      subTitle={t('auth.failedDescription')}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('auth.retry')}
        </Button>
      }
    />
  );
}
