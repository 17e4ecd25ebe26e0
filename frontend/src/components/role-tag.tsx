import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { Role } from '@/lib/auth/roles';

const ROLE_COLORS: Record<Role, string> = {
  admin: 'red',
  lead: 'gold',
  staff: 'blue',
  'registry-editor': 'cyan',
  'pii-reader': 'magenta',
  'subsidy-reviewer': 'green',
  'subsidy-approver': 'lime',
  'competition-organizer': 'purple',
  analyst: 'geekblue',
};

/** A functional role, labelled in the UI language. */
export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Tag color={ROLE_COLORS[role]} data-role={role}>
      {t(`roles.${role}`)}
    </Tag>
  );
}
