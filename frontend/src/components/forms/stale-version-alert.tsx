import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** Someone saved the record after this form read it (409 stale version): say so and offer a reload. */
export function StaleVersionAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="stale-version"
      style={{ marginBottom: 16 }}
      title={t('common.staleTitle')}
      description={t('common.staleDescription')}
      action={
        <Button size="small" data-testid="stale-reload" onClick={onReload}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
