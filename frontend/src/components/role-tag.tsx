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

// antd writes a light preset colour's text in its 7th shade (gold 2.8:1 on the tag's background);
// the 8th shade reaches WCAG AA (4.5:1). Blue, red, magenta, purple and geekblue pass as they are.
const DARKER_TEXT: Partial<Record<string, string>> = { gold: '#874d00', cyan: '#00474f', green: '#135200', lime: '#3f6600' };

/** A functional role, labelled in the UI language. */
export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Tag color={ROLE_COLORS[role]} data-role={role} style={{ color: DARKER_TEXT[ROLE_COLORS[role]] }}>
      {t(`roles.${role}`)}
    </Tag>
  );
}
