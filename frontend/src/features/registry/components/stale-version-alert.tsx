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
      title={t('registry.staleTitle')}
      description={t('registry.staleDescription')}
      action={
        <Button size="small" data-testid="stale-reload" onClick={onReload}>
          {t('registry.reload')}
        </Button>
      }
    />
  );
}
