import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { DictionariesAdmin } from '@/features/dictionaries/components/dictionaries-admin';

/** 数据字典: reference data, for administrators. */
export function DictionariesPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('menu.dictionaries')}
      </Typography.Title>
      <DictionariesAdmin />
    </Flex>
  );
}
