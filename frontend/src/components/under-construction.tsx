import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder for a module that is planned but not built yet. */
export function UnderConstruction({ feature }: { feature: string }) {
  const { t } = useTranslation();
  return (
    <Empty
      data-testid="under-construction"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <strong>{t('placeholder.title')}</strong>
          <div>{t('placeholder.description', { feature })}</div>
        </>
      }
      style={{ padding: '64px 0' }}
    />
  );
}
