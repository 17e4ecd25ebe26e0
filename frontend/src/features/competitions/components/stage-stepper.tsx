import { ArrowRightOutlined } from '@ant-design/icons';
import { App, Button, Flex, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';

import { useChangeStage } from '../api/change-stage';
import type { Competition } from '../types';
import { STAGES, useCompetitionLabels } from '../utils/enums';

/** 阶段: the five stages as a stepper; the organiser moves to the next one after confirming what it does. */
export function StageStepper({ competition, manages }: { competition: Competition; manages: boolean }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { label } = useCompetitionLabels();
  const change = useChangeStage();
  const [error, setError] = useState<unknown>();
  const current = STAGES.indexOf(competition.stage ?? 'REGISTRATION');
  const next = competition.nextStage;

  const confirmNext = () => {
    if (!next) return;
    setError(undefined);
    modal.confirm({
      title: t('competitions.stage.confirmTitle', { stage: label('stage', next) }),
      content: t(`competitions.stage.consequences.${next as Exclude<typeof next, 'REGISTRATION'>}`),
      okText: t('competitions.stage.confirmOk'),
      cancelText: t('competitions.stage.cancel'),
      okButtonProps: { 'data-testid': 'stage-confirm' } as never,
      onOk: async () => {
        try {
          await change.mutateAsync({ id: competition.id!, target: next, version: competition.version });
          void message.success(t('competitions.stage.moved', { stage: label('stage', next) }));
        } catch (e) {
          setError(e);
        }
      },
    });
  };

  return (
    <Flex vertical gap={12} data-testid="stage-stepper">
      <Steps
        current={current}
        status={competition.stage === 'CLOSED' ? 'finish' : 'process'}
        items={STAGES.map((s) => ({ title: label('stage', s) }))}
        size="small"
      />
      <Flex justify="flex-end" align="center" gap={12}>
        {!next && <Typography.Text type="secondary">{t('competitions.stage.closed')}</Typography.Text>}
        {manages && next && (
          <Button type="primary" icon={<ArrowRightOutlined />} onClick={confirmNext} loading={change.isPending} data-testid="stage-next">
            {t('competitions.stage.next', { stage: label('stage', next) })}
          </Button>
        )}
      </Flex>
      {error !== undefined && <ApiErrorAlert error={error} />}
    </Flex>
  );
}
