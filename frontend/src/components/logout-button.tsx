import { LogoutOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

import { useAuth } from '@/lib/auth/auth-context';

export function LogoutButton() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  return (
    <Popconfirm
      title={t('header.logoutConfirmTitle')}
      description={t('header.logoutConfirm')}
      okText={t('header.logoutOk')}
      cancelText={t('header.cancel')}
      placement="bottomRight"
      onConfirm={logout}
    >
      <Button type="text" icon={<LogoutOutlined />} data-testid="logout">
        {t('header.logout')}
      </Button>
    </Popconfirm>
  );
}
