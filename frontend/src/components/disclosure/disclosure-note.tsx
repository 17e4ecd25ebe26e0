import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The note on an aggregate answered under the disclosure policy (docs/privacy.md): hidden cells,
 * and for dated answers the month end the figures are for.
 */
export function DisclosureNote({ asOf, testId = 'suppression-note' }: { asOf?: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      data-testid={testId}
      title={t('common.disclosure.note')}
      description={asOf ? t('common.disclosure.asOf', { date: asOf }) : undefined}
    />
  );
}
