import { LockOutlined } from '@ant-design/icons';
import { Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A personal number as the API gave it, with a lock and an explanation when it came masked. */
export function MaskedValue({ value, masked, testId }: { value?: string | null; masked?: boolean; testId?: string }) {
  const { t } = useTranslation();
  if (!value) return <>—</>;
  return (
    <Space size={4}>
      <Typography.Text code data-testid={testId}>
        {value}
      </Typography.Text>
      {masked && (
        <Tooltip title={t('registry.maskedHint')}>
          <LockOutlined data-testid="masked-icon" aria-label={t('registry.maskedHint')} />
        </Tooltip>
      )}
    </Space>
  );
}
