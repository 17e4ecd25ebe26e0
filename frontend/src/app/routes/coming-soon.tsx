import { Card } from 'antd';
import { useTranslation } from 'react-i18next';

import { UnderConstruction } from '@/components/under-construction';
import type { TranslationKey } from '@/lib/i18n/i18n';

/** A module that is planned but not built yet (建设中). */
export function ComingSoonPage({ feature }: { feature: TranslationKey }) {
  const { t } = useTranslation();
  return (
    <Card>
      <UnderConstruction feature={t(feature)} />
    </Card>
  );
}
