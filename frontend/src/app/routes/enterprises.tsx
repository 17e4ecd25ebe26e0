import { EnterprisesList } from '@/features/registry/components/enterprises-list';
import { useLocalizedName } from '@/lib/i18n/use-localized-name';
import { useIndustries } from '@/lib/lookups';

/** 企业: the enterprise list, with the industries (reference data) for its filter and form. */
export function EnterprisesPage() {
  const localizedName = useLocalizedName();
  const industries = useIndustries();
  return <EnterprisesList industries={(industries.data ?? []).map((i) => ({ value: i.code ?? '', label: localizedName(i) }))} />;
}
