import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Someone saved the record after this form read it (409 stale version): say so and, when the form
 * can read the record again, offer a reload. A feature may name its record in the title.
 */
export function StaleVersionAlert({ onReload, title, description }: { onReload?: () => void; title?: string; description?: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="stale-version"
      style={{ marginBottom: 16 }}
      title={title ?? t('common.staleTitle')}
      description={description ?? t('common.staleDescription')}
      action={
        onReload && (
          <Button size="small" data-testid="stale-reload" onClick={onReload}>
            {t('common.reload')}
          </Button>
        )
      }
    />
  );
}
