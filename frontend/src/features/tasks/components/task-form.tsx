import { App, Form, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';
import { StaleVersionAlert } from '@/components/forms/stale-version-alert';

import { useSaveTask } from '../api/tasks';
import type { Task } from '../types';

import { BasicsSection } from './task-form/basics-section';
import { MilestonesSection } from './task-form/milestones-section';
import { ScheduleSection } from './task-form/schedule-section';
import { TargetSection } from './task-form/target-section';
import { FIELDS, toRequest, toValues, type FormValues } from './task-form/values';

/**
 * The lead unit's task form: create (no task) or edit (the task read, whose version goes with the
 * change; a 409 says someone saved in between and offers to reload).
 */
export function TaskForm({
  open,
  task,
  onClose,
  onSaved,
  onReload,
}: {
  open: boolean;
  task?: Task;
  onClose: () => void;
  onSaved?: (task: Task) => void;
  /** Reads the task again (after a 409); resolves with the fresh task. */
  onReload?: () => Promise<Task | undefined>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveTask();
  const [version, setVersion] = useState(task?.version);
  // nested: an error on `milestones[1].title` goes to that row's title
  const { stale, otherError, show: showError, clearOther, clearAll } = useServerErrors(form, FIELDS, version, { nested: true });
  const submit = async (values: FormValues) => {
    const request = toRequest(values, task ? version : undefined);
    clearOther();
    try {
      const saved = await save.mutateAsync({ id: task?.id, request });
      void message.success(t('tasks.form.saved'));
      onSaved?.(saved);
      onClose();
    } catch (error) {
      showError(error);
    }
  };

  const reload = async () => {
    const fresh = await onReload?.();
    if (fresh) {
      form.setFieldsValue(toValues(fresh));
      setVersion(fresh.version);
    }
    clearAll();
  };

  return (
    <Modal
      open={open}
      title={task ? t('tasks.form.editTitle') : t('tasks.form.createTitle')}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      okText={t('tasks.form.save')}
      cancelText={t('tasks.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'task-save' } as ButtonProps}
      onOk={() => form.submit()}
    >
      {stale && (
        <StaleVersionAlert title={t('tasks.form.staleTitle')} description={t('tasks.form.staleDescription')} onReload={() => void reload()} />
      )}
      {otherError !== undefined && (
        <div style={{ marginBottom: 16 }}>
          <ApiErrorAlert error={otherError} />
        </div>
      )}
      <Form form={form} layout="vertical" initialValues={toValues(task)} onFinish={(v) => void submit(v)} data-testid="task-form">
        <BasicsSection />
        <TargetSection />
        <ScheduleSection />
        <MilestonesSection />
      </Form>
    </Modal>
  );
}
