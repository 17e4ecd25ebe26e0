import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';

import { useCompetition } from '../api/get-competition';
import { DETAIL_TABS, toCertificates, type DetailTab } from '../paths';
import type { Competition } from '../types';
import { useCompetitionLabels, isPublished } from '../utils/enums';

import { CompetitionFormModal } from './competition-form';
import { HistoryPanel } from './history-panel';
import { JudgePanel } from './judge-panel';
import { PublicationPanel } from './publication-panel';
import { RankingTable } from './ranking-table';
import { RegistrationPanel } from './registration-panel';
import { ResultsPanel } from './results-panel';
import { ScoreSheetGrid } from './score-sheet';
import { StageStepper } from './stage-stepper';
import { StageTag } from './stage-tag';
import { useManages } from './use-competition-access';

export type WorkerLink = (workerId: number) => string;

/** 竞赛详情: the rules, the stage stepper and one tab per step of the contest. */
export function CompetitionDetail({ id, workerLink }: { id: number; workerLink: WorkerLink }) {
  const { t } = useTranslation();
  const competition = useCompetition(id);
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const manages = useManages(competition.data);

  if (competition.error) return <ApiErrorAlert error={competition.error} onRetry={() => void competition.refetch()} />;
  if (!competition.data) return <Skeleton active />;
  const c = competition.data;
  const tabParam = params.get('tab') as DetailTab | null;
  const tab: DetailTab = tabParam && (DETAIL_TABS as readonly string[]).includes(tabParam) ? tabParam : 'overview';
  const published = isPublished(c.stage);
  const items = [
    { key: 'overview', label: t('competitions.detail.tabs.overview'), children: <Overview competition={c} /> },
    {
      key: 'registration',
      label: t('competitions.detail.tabs.registration'),
      children: <RegistrationPanel competition={c} manages={manages} workerLink={workerLink} />,
    },
    ...(c.kind === 'LABOUR_COMPETITION'
      ? [{ key: 'results', label: t('competitions.detail.tabs.results'), children: <ResultsPanel competition={c} manages={manages} /> }]
      : [
          { key: 'judges', label: t('competitions.detail.tabs.judges'), children: <JudgePanel competition={c} manages={manages} /> },
          { key: 'scores', label: t('competitions.detail.tabs.scores'), children: <ScoreSheetGrid competition={c} manages={manages} /> },
          { key: 'ranking', label: t('competitions.detail.tabs.ranking'), children: <RankingTable competition={c} /> },
        ]),
    {
      key: 'publication',
      label: t('competitions.detail.tabs.publication'),
      children: <PublicationPanel competition={c} manages={manages} workerLink={workerLink} />,
    },
    { key: 'history', label: t('competitions.detail.tabs.history'), children: <HistoryPanel competition={c} /> },
  ];
  // a tab of the other kind (judges of a labour competition, results of a contest) falls back to the overview
  const shownTab = items.some((item) => item.key === tab) ? tab : 'overview';

  return (
    <Flex vertical gap={16} data-testid="competition-detail">
      <Card
        title={
          <Space wrap>
            <span data-testid="competition-name">{c.name}</span>
            <StageTag stage={c.stage} />
            {c.demo && <Tag>demo</Tag>}
          </Space>
        }
        extra={
          <Space>
            {published && (
              <Link to={toCertificates(c.id!)}>
                <Button icon={<PrinterOutlined />} data-testid="open-certificates">
                  {t('competitions.detail.certificates')}
                </Button>
              </Link>
            )}
            {manages && c.stage !== 'SCORING' && c.stage !== 'PUBLICATION' && c.stage !== 'CLOSED' && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="competition-edit">
                {t('competitions.detail.edit')}
              </Button>
            )}
          </Space>
        }
      >
        <StageStepper competition={c} manages={manages} />
      </Card>
      {!manages && <Alert type="info" showIcon title={t('competitions.detail.readOnly', { department: c.department?.name ?? '' })} />}
      <Tabs
        activeKey={shownTab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={items.map((item) => ({ ...item, label: <span data-testid={`tab-${item.key}`}>{item.label}</span> }))}
      />
      {editing && <CompetitionFormModal open competition={c} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </Flex>
  );
}

function Overview({ competition: c }: { competition: Competition }) {
  const { t } = useTranslation();
  const { label } = useCompetitionLabels();
  const grade = (g: string | null | undefined) => (g ? t('competitions.form.gradeOrBetter', { grade: label('grade', g) }) : t('competitions.form.none'));
  return (
    <Card size="small">
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="competition-overview">
        <Descriptions.Item label={t('competitions.detail.department')}>{c.department?.name}</Descriptions.Item>
        <Descriptions.Item label={t('competitions.detail.kind')}>{label('kind', c.kind)}</Descriptions.Item>
        {c.kind === 'LABOUR_COMPETITION' ? (
          <Descriptions.Item label={t('competitions.detail.field')}>{label('field', c.field)}</Descriptions.Item>
        ) : (
          <Descriptions.Item label={t('competitions.detail.occupation')}>{c.occupation}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('competitions.detail.level')}>{label('level', c.level)}</Descriptions.Item>
        <Descriptions.Item label={t('competitions.detail.dates')}>
          {c.startDate} ~ {c.endDate}
        </Descriptions.Item>
        <Descriptions.Item label={t('competitions.detail.registered')}>
          {c.registered} / {c.places}
        </Descriptions.Item>
        {c.kind !== 'LABOUR_COMPETITION' && (
          <>
            <Descriptions.Item label={t('competitions.detail.skillRange')}>
              {c.minSkillLevel || c.maxSkillLevel
                ? `${c.minSkillLevel ? label('skillLevel', c.minSkillLevel) : '—'} ~ ${c.maxSkillLevel ? label('skillLevel', c.maxSkillLevel) : '—'}`
                : t('competitions.detail.anyLevel')}
            </Descriptions.Item>
            <Descriptions.Item label={t('competitions.detail.ageRange')}>
              {c.minAge != null || c.maxAge != null
                ? t('competitions.detail.ageBetween', { min: c.minAge ?? '—', max: c.maxAge ?? '—' })
                : t('competitions.detail.anyAge')}
            </Descriptions.Item>
          </>
        )}
        <Descriptions.Item label={t('competitions.detail.publicationDays')}>{t('competitions.detail.days', { count: c.publicationDays })}</Descriptions.Item>
        <Descriptions.Item label={t('competitions.detail.prizes')} span={2}>
          {t('competitions.detail.prizeCounts', { first: c.firstPrizes, second: c.secondPrizes, third: c.thirdPrizes, excellence: c.excellencePrizes })}
        </Descriptions.Item>
        <Descriptions.Item label={t('competitions.detail.technicalExpert')}>{grade(c.technicalExpertUpTo)}</Descriptions.Item>
        <Descriptions.Item label={t('competitions.detail.skillRaise')}>{grade(c.skillRaiseUpTo)}</Descriptions.Item>
        <Descriptions.Item label={t('competitions.detail.items')} span={3}>
          {(c.items ?? []).map((i) => (
            <Tag key={i.id}>
              {i.name}({i.weight})
            </Tag>
          ))}
        </Descriptions.Item>
        {c.description && (
          <Descriptions.Item label={t('competitions.detail.description')} span={3}>
            {c.description}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
