/**
 * Pages of 部门工作记录 (department records): one generic page, one menu entry per record type.
 * Every staff member and lead reads the records in their scope (the API decides which); new and
 * import appear on the page only for an owner department (the type's `creatable`).
 */
import {
  AlertOutlined,
  BookOutlined,
  CarOutlined,
  FlagOutlined,
  ReadOutlined,
  SafetyOutlined,
  SolutionOutlined,
  SoundOutlined,
  StarOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Spin } from 'antd';
import { Suspense, type ReactNode } from 'react';

import { toRecords } from '@/features/records/paths';
import { ROLES } from '@/lib/auth/roles';
import type { TranslationKey } from '@/lib/i18n/i18n';

import { lazyNamed } from '../lazy-named';
import type { AppRoute, MenuGroup } from '../routes';

const RecordPage = lazyNamed(() => import('@/features/records/components/record-page'), 'RecordPage');
const ImportWizard = lazyNamed(() => import('@/features/registry/components/import-wizard'), 'ImportWizard');

const RECORDS_MENU: MenuGroup = { key: 'records', labelKey: 'records.menu.group', icon: <SolutionOutlined /> };
const RECORD_READERS = [ROLES.staff, ROLES.lead] as const;

/** The record types in menu order: their codes (the API's) and menu labels. */
const RECORD_TYPES: { code: string; labelKey: TranslationKey; icon: ReactNode }[] = [
  { code: 'publicity-sessions', labelKey: 'records.menu.publicitySessions', icon: <SoundOutlined /> },
  { code: 'learning-enrolments', labelKey: 'records.menu.learningEnrolments', icon: <ReadOutlined /> },
  { code: 'model-worker-stories', labelKey: 'records.menu.modelWorkerStories', icon: <StarOutlined /> },
  { code: 'enterprise-visits', labelKey: 'records.menu.enterpriseVisits', icon: <CarOutlined /> },
  { code: 'union-demo-sites', labelKey: 'records.menu.unionDemoSites', icon: <FlagOutlined /> },
  { code: 'party-member-development', labelKey: 'records.menu.partyMemberDevelopment', icon: <TeamOutlined /> },
  { code: 'child-schooling', labelKey: 'records.menu.childSchooling', icon: <BookOutlined /> },
  { code: 'labour-disputes', labelKey: 'records.menu.labourDisputes', icon: <AlertOutlined /> },
  { code: 'safety-inspections', labelKey: 'records.menu.safetyInspections', icon: <SafetyOutlined /> },
];

export const recordsRoutes: AppRoute[] = RECORD_TYPES.map(({ code, labelKey, icon }) => ({
  path: toRecords(code),
  // the registry's import wizard serves the records' imports too (the same import jobs)
  element: <RecordPage key={code} typeCode={code} renderImport={(source) => (
        <Suspense fallback={<Spin />}>
          <ImportWizard source={source} />
        </Suspense>
      )} />,
  handle: {
    access: RECORD_READERS,
    breadcrumb: labelKey,
    menu: { labelKey, icon, group: RECORDS_MENU },
  },
}));
