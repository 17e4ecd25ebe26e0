import { useParams } from 'react-router';

import { NotFoundResult } from '@/components/errors/not-found-result';
import { EnterpriseDetail } from '@/features/registry/components/enterprise-detail';
import { useLocalizedName } from '@/lib/i18n/use-localized-name';
import { useIndustries } from '@/lib/lookups';

/** 企业详情 at /registry/enterprises/:id, with the industries (reference data) for its form. */
export function EnterpriseDetailPage() {
  const { id } = useParams();
  const localizedName = useLocalizedName();
  const industries = useIndustries();
  const enterpriseId = Number(id);
  if (!Number.isSafeInteger(enterpriseId) || enterpriseId <= 0) return <NotFoundResult />;
  return (
    <EnterpriseDetail
      key={enterpriseId}
      id={enterpriseId}
      industries={(industries.data ?? []).map((i) => ({ value: i.code ?? '', label: localizedName(i) }))}
    />
  );
}
