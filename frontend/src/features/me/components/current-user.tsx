import { UserOutlined } from '@ant-design/icons';
import { Avatar, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useAuth } from '@/lib/auth/auth-context';
import { useLocalizedName } from '@/lib/i18n/use-localized-name';

import { useMe } from '../api/get-me';

/** Header block: who is signed in and for which department. */
export function CurrentUser() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const localizedName = useLocalizedName();
  const me = useMe();

  // The token's name shows at once; /me replaces it with the API's when it answers.
  const displayName = me.data?.displayName || user.displayName || user.username;
  let department: string;
  if (me.isPending) {
    department = t('common.loading');
  } else if (me.isError) {
    department = t('header.departmentUnavailable');
  } else {
    department = me.data.department ? localizedName(me.data.department) : t('header.noDepartment');
  }

  return (
    <Flex align="center" gap={8}>
      <Avatar icon={<UserOutlined />} style={{ flexShrink: 0 }} />
      <Flex vertical style={{ lineHeight: 1.35 }}>
        <Typography.Text strong data-testid="user-name">
          {displayName}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="user-department">
          {department}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
