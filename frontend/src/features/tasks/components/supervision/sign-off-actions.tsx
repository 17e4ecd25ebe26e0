import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';

import { useSignOff } from '../../api/supervision';
import type { Task } from '../../types';
import { ReasonModal } from '../reason-modal';

/** 验收 (the lead unit, on a task waiting for it): sign off after a confirmation, or send back with a reason. */
export function SignOffActions({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const signOff = useSignOff();
  const [sendingBack, setSendingBack] = useState(false);
  if (task.status !== 'PENDING_SIGN_OFF') return null;
  const id = task.id ?? 0;
  const version = task.version ?? 0;
  return (
    <>
      {signOff.error && !sendingBack ? <ApiErrorAlert error={signOff.error} /> : null}
      <Popconfirm
        title={t('tasks.signOff.confirm')}
        okButtonProps={{ 'data-testid': 'sign-off-confirm' }}
        onConfirm={() =>
          signOff.mutate(
            { id, action: 'sign-off', version },
            { onSuccess: () => void message.success(t('tasks.signOff.signedOff')) },
          )
        }
      >
        <Button type="primary" data-testid="sign-off" loading={signOff.isPending && !sendingBack}>
          {t('tasks.signOff.signOff')}
        </Button>
      </Popconfirm>
      <Button danger data-testid="send-back" onClick={() => setSendingBack(true)}>
        {t('tasks.signOff.sendBack')}
      </Button>
      {sendingBack && (
        <ReasonModal
          title={t('tasks.signOff.sendBackTitle')}
          confirm={t('tasks.signOff.sendBackConfirm')}
          okText={t('tasks.signOff.sendBack')}
          loading={signOff.isPending}
          error={signOff.error}
          onClose={() => {
            signOff.reset();
            setSendingBack(false);
          }}
          onSubmit={(reason) =>
            signOff.mutate(
              { id, action: 'send-back', reason, version },
              {
                onSuccess: () => {
                  void message.success(t('tasks.signOff.sentBack'));
                  setSendingBack(false);
                },
              },
            )
          }
        />
      )}
    </>
  );
}
