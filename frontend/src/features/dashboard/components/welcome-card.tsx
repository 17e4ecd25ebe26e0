import { Card, Descriptions, Flex, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { RoleTag } from '@/components/role-tag';
import { isFunctionalRole } from '@/lib/auth/roles';
import { useLocalizedName } from '@/lib/i18n/use-localized-name';
import type { Me } from '@/types/api';

type WelcomeCardProps = {
  /** The caller from `GET /api/v1/me`; undefined while loading or after an error. */
  me: Me | undefined;
  isPending: boolean;
  error: unknown;
  onRetry: () => void;
};

/** Greets the signed-in user: name, department and functional roles. */
export function WelcomeCard({ me, isPending, error, onRetry }: WelcomeCardProps) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();

  if (isPending) {
    return (
      <Card data-testid="welcome-loading">
        <Skeleton active avatar paragraph={{ rows: 2 }} />
      </Card>
    );
  }
  if (error || !me) {
    return (
      <Card>
        <ApiErrorAlert error={error} onRetry={onRetry} />
      </Card>
    );
  }

  const roles = (me.roles ?? []).filter(isFunctionalRole);
  return (
    <Card data-testid="welcome-card">
      <Flex vertical gap={12}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('dashboard.welcome', { name: me.displayName || me.username })}
          </Typography.Title>
          <Typography.Text type="secondary">{t('dashboard.welcomeSubtitle', { app: t('app.fullName') })}</Typography.Text>
        </div>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'username', label: t('dashboard.username'), children: me.username },
            {
              key: 'department',
              label: t('dashboard.department'),
              children: me.department ? localizedName(me.department) : t('header.noDepartment'),
            },
            {
              key: 'roles',
              label: t('dashboard.roles'),
              children:
                roles.length > 0 ? (
                  <Space size={[0, 4]} wrap>
                    {roles.map((role) => (
                      <RoleTag key={role} role={role} />
                    ))}
                  </Space>
                ) : (
                  t('dashboard.noRoles')
                ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
