import { Button, Result } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** Router error element: a render error anywhere below shows this instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  useEffect(() => {
    console.error('Unexpected error while rendering a route', error);
  }, [error]);
  return (
    <Result
      status="500"
      title={t('errors.unexpectedTitle')}
      subTitle={t('errors.unexpectedDescription')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
      }
    />
  );
}
