import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { WorkersList } from '@/features/registry/components/workers-list';
import { useIndustries } from '@/features/statistics/api/get-industries';
import { useLocalizedName } from '@/lib/i18n/use-localized-name';

/** 工人名册: the worker list, with the industries (reference data) for its filter. */
export function RegistryPage() {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  const industries = useIndustries();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('menu.registry')}
      </Typography.Title>
      <WorkersList industries={(industries.data ?? []).map((i) => ({ value: i.code ?? '', label: localizedName(i) }))} />
    </Flex>
  );
}
