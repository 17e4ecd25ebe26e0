import { ImportWizard } from '@/features/registry/components/import-wizard';

/** 导入: the worker import wizard. */
export function ImportPage() {
  return <ImportWizard />;
}
