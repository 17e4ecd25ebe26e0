import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { applyServerFieldErrors } from '@/components/forms/server-errors';
import { EnterprisePicker } from '@/components/pickers/enterprise-picker';
import { ApiError } from '@/lib/api-client';

import { useAddJudge, useJudges, useRemoveJudge } from '../api/judges';
import { useParticipants } from '../api/participants';
import type { Competition, Judge, JudgeRequest, Participant } from '../types';


/** Same enterprise: the judge stands aside for that contestant (回避), as the API rules. */
export const conflicts = (judge: Judge, participant: Participant) =>
  judge.enterprise?.id !== undefined && participant.enterprise?.id !== undefined && judge.enterprise.id === participant.enterprise.id;

/** 评委: the judge list with each judge's enterprise and the contestants they must stand aside for; locked from scoring on. */
export function JudgePanel({ competition, manages }: { competition: Competition; manages: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const judges = useJudges(competition.id!);
  const participants = useParticipants(competition.id!);
  const add = useAddJudge(competition.id!);
  const remove = useRemoveJudge(competition.id!);
  const [form] = Form.useForm<JudgeRequest>();
  const [otherError, setOtherError] = useState<unknown>();
  const locked = competition.judgesLocked ?? false;
  const contestants = (participants.data ?? []).filter((p) => p.status !== 'REFUSED');

  const submit = async (v: JudgeRequest) => {
    setOtherError(undefined);
    try {
      await add.mutateAsync({ name: v.name.trim(), enterpriseId: v.enterpriseId, affiliation: v.affiliation?.trim() || undefined, username: v.username?.trim() || undefined });
      void message.success(t('competitions.judges.added'));
      form.resetFields();
    } catch (error) {
      const unmatched = applyServerFieldErrors(form, error, ['name', 'enterpriseId', 'affiliation', 'username']);
      if (!(error instanceof ApiError) || error.fieldErrors.length === 0 || unmatched.length > 0) setOtherError(error);
    }
  };

  if (judges.error) return <ApiErrorAlert error={judges.error} onRetry={() => void judges.refetch()} />;
  return (
    <Flex vertical gap={16} data-testid="judge-panel">
      {locked && <Alert type="warning" showIcon icon={<LockOutlined />} title={t('competitions.judges.locked')} data-testid="judges-locked" />}
      {manages && !locked && (
        <Card size="small" title={t('competitions.judges.add')}>
          <Form form={form} layout="inline" onFinish={(v) => void submit(v)} data-testid="judge-form">
            <Form.Item name="name" label={t('competitions.judges.name')} rules={[{ required: true, whitespace: true, message: t('competitions.form.required', { field: t('competitions.judges.name') }) }, { max: 50 }]}>
              <Input maxLength={50} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="enterpriseId" label={t('competitions.judges.enterprise')}>
              <EnterprisePicker style={{ minWidth: 260 }} testId="judge-enterprise" placeholder={t('competitions.judges.enterprisePlaceholder')} />
            </Form.Item>
            <Form.Item name="affiliation" label={t('competitions.judges.affiliation')} rules={[{ max: 200 }]}>
              <Input maxLength={200} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="username" label={t('competitions.judges.username')} tooltip={t('competitions.judges.usernameHint')} rules={[{ max: 255 }]}>
              <Input maxLength={255} style={{ width: 150 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending} data-testid="judge-add">
              {t('competitions.judges.add')}
            </Button>
          </Form>
          {otherError !== undefined && (
            <div style={{ marginTop: 12 }}>
              <ApiErrorAlert error={otherError} />
            </div>
          )}
        </Card>
      )}
      {remove.error && <ApiErrorAlert error={remove.error} />}
      <Card size="small" title={t('competitions.judges.title')}>
        <Typography.Paragraph type="secondary">{t('competitions.judges.conflictRule')}</Typography.Paragraph>
        <Table<Judge>
          data-testid="judges-table"
          rowKey="id"
          size="small"
          pagination={false}
          loading={judges.isPending}
          dataSource={judges.data ?? []}
          locale={{ emptyText: t('competitions.judges.empty') }}
          columns={[
            { title: t('competitions.judges.name'), dataIndex: 'name', key: 'name', width: 140 },
            { title: t('competitions.judges.enterprise'), key: 'enterprise', width: 200, render: (_, j) => j.enterprise?.name ?? '—' },
            { title: t('competitions.judges.affiliation'), dataIndex: 'affiliation', key: 'affiliation' },
            { title: t('competitions.judges.username'), dataIndex: 'username', key: 'username', width: 150 },
            {
              title: t('competitions.judges.conflicts'),
              key: 'conflicts',
              render: (_, j) => {
                const aside = contestants.filter((p) => conflicts(j, p));
                return aside.length === 0 ? (
                  <Typography.Text type="secondary">{t('competitions.judges.noConflicts')}</Typography.Text>
                ) : (
                  <Space wrap size={4} data-testid={`judge-conflicts-${j.id}`}>
                    {aside.map((p) => (
                      <Tag key={p.id} color="volcano">
                        {t('competitions.scores.standAside')} · {p.displayName}
                      </Tag>
                    ))}
                  </Space>
                );
              },
            },
            ...(manages && !locked
              ? [
                  {
                    title: '',
                    key: 'remove',
                    width: 80,
                    render: (_: unknown, j: Judge) => (
                      <Popconfirm
                        title={t('competitions.judges.removeConfirm', { name: j.name })}
                        okText={t('competitions.stage.confirmOk')}
                        cancelText={t('competitions.stage.cancel')}
                        onConfirm={() =>
                          remove
                            .mutateAsync({ judgeId: j.id!, version: j.version ?? 0 })
                            .then(() => void message.success(t('competitions.judges.removed')))
                            .catch(() => undefined)
                        }
                      >
                        <Button size="small" danger data-testid={`judge-remove-${j.id}`}>
                          {t('competitions.judges.remove')}
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </Flex>
  );
}
