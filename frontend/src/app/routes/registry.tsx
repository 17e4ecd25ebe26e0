import { WorkersList } from '@/features/registry/components/workers-list';
import { useLocalizedName } from '@/lib/i18n/use-localized-name';
import { useIndustries } from '@/lib/lookups';

/** 工人名册: the worker list, with the industries (reference data) for its filter. */
export function RegistryPage() {
  const localizedName = useLocalizedName();
  const industries = useIndustries();
  // the page header above says 工人名册 already (one title per page)
  return <WorkersList industries={(industries.data ?? []).map((i) => ({ value: i.code ?? '', label: localizedName(i) }))} />;
}
