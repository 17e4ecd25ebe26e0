import { CalendarOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Badge, Button, Calendar, Card, Flex, Form, InputNumber, Segmented, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { FilteredList, useListState } from '@/components/list/filtered-list';
import { useAuth } from '@/lib/auth/auth-context';
import { ROLES } from '@/lib/auth/roles';

import { useCompetitions, type CompetitionFilter } from '../api/get-competitions';
import { toCompetition } from '../paths';
import type { Competition } from '../types';
import { KINDS, STAGES, useCompetitionLabels } from '../utils/enums';

import { CompetitionFormModal } from './competition-form';
import { StageTag } from './stage-tag';

type View = 'table' | 'calendar';

/** 竞赛列表: filters, a paged table or a month calendar, and the organiser's create button. */
export function CompetitionsList() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const navigate = useNavigate();
  const { label, options } = useCompetitionLabels();
  const [form] = Form.useForm<CompetitionFilter>();
  const { filter, setFilter, paging, setPaging, query: tableQuery } = useListState<CompetitionFilter>({});
  const [view, setView] = useState<View>('table');
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const [creating, setCreating] = useState(false);
  // the calendar asks for the month's year in one page large enough for it
  const query =
    view === 'calendar' ? { ...filter, year: filter.year ?? month.year(), page: 0, size: 200, sort: 'startDate' } : tableQuery;
  const list = useCompetitions(query);

  const onMonth = (date: Dayjs) => (date.isBefore(month.startOf('month')) || date.isAfter(month.endOf('month')) ? [] : inDay(list.data?.items ?? [], date));

  const columns: ColumnsType<Competition> = [
    {
      title: t('competitions.list.name'),
      key: 'name',
      render: (_, c) => <Link to={toCompetition(c.id!)}>{c.name}</Link>,
    },
    { title: t('competitions.list.kind'), key: 'kind', width: 110, render: (_, c) => label('kind', c.kind) },
    { title: t('competitions.list.year'), dataIndex: 'year', key: 'year', width: 70 },
    { title: t('competitions.list.department'), key: 'dept', width: 130, render: (_, c) => c.department?.name },
    { title: t('competitions.list.dates'), key: 'dates', width: 200, render: (_, c) => `${c.startDate} ~ ${c.endDate}` },
    {
      title: t('competitions.list.registered'),
      key: 'registered',
      width: 110,
      render: (_, c) => (c.kind === 'LABOUR_COMPETITION' ? `${c.registered}` : `${c.registered} / ${c.places}`),
    },
    { title: t('competitions.list.stage'), key: 'stage', width: 100, render: (_, c) => <StageTag stage={c.stage} /> },
  ];

  return (
    <>
      <FilteredList<CompetitionFilter, Competition>
        testId="competitions-list"
        form={form}
        name="competition-filter"
        submitTestId="competition-search"
        onSearch={(values) => setFilter({ kind: values.kind || undefined, stage: values.stage || undefined, year: values.year || undefined })}
        filters={
          <>
            <Form.Item name="kind" label={t('competitions.list.kind')}>
              <Select aria-label={t('competitions.list.allKinds')} allowClear style={{ width: 140 }} placeholder={t('competitions.list.allKinds')} options={options('kind', KINDS)} />
            </Form.Item>
            <Form.Item name="stage" label={t('competitions.list.stage')}>
              <Select aria-label={t('competitions.list.allStages')} allowClear style={{ width: 130 }} placeholder={t('competitions.list.allStages')} options={options('stage', STAGES)} />
            </Form.Item>
            <Form.Item name="year" label={t('competitions.list.year')}>
              <InputNumber aria-label={t('competitions.list.year')} min={2000} max={2100} style={{ width: 100 }} placeholder={t('competitions.list.year')} />
            </Form.Item>
          </>
        }
        between={
          <Flex justify="space-between" align="center">
            <Segmented<View>
              data-testid="competition-view"
              value={view}
              onChange={setView}
              options={[
                { value: 'table', label: t('competitions.list.table'), icon: <UnorderedListOutlined /> },
                { value: 'calendar', label: t('competitions.list.calendar'), icon: <CalendarOutlined /> },
              ]}
            />
            {hasRole(ROLES.competitionOrganizer) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="competition-create">
                {t('competitions.list.create')}
              </Button>
            )}
          </Flex>
        }
        bare
        content={
          view === 'calendar' ? (
            <Card size="small" data-testid="competitions-calendar">
              <Typography.Paragraph type="secondary">{t('competitions.list.calendarHint')}</Typography.Paragraph>
              <Calendar
                value={month}
                onPanelChange={(date) => setMonth(date)}
                onSelect={(date, info) => info.source !== 'date' && setMonth(date)}
                cellRender={(date, info) =>
                  info.type === 'date' ? (
                    <Flex vertical gap={2}>
                      {onMonth(date).map((c) => (
                        <Tag
                          key={c.id}
                          color={c.stage === 'CLOSED' ? 'default' : 'blue'}
                          style={{ cursor: 'pointer', whiteSpace: 'normal', marginInlineEnd: 0 }}
                          onClick={() => void navigate(toCompetition(c.id!))}
                        >
                          <Badge status={c.stage === 'CLOSED' ? 'default' : 'processing'} /> {c.name}
                        </Tag>
                      ))}
                    </Flex>
                  ) : null
                }
              />
            </Card>
          ) : undefined
        }
        query={list}
        columns={columns}
        rowKey="id"
        paging={paging}
        onPaging={setPaging}
        scrollX={false}
        pagination={{ showSizeChanger: undefined, pageSizeOptions: undefined, showTotal: (count) => t('competitions.list.total', { count }) }}
        tableTestId="competitions-table"
        tableProps={{ locale: { emptyText: t('competitions.list.empty') } }}
      />
      {creating && (
        <CompetitionFormModal
          open
          onClose={() => setCreating(false)}
          onSaved={(c) => {
            setCreating(false);
            void navigate(toCompetition(c.id!));
          }}
        />
      )}
    </>
  );
}

/** The competitions held on a day (start date to end date). */
function inDay(items: Competition[], date: Dayjs) {
  const day = date.format('YYYY-MM-DD');
  return items.filter((c) => c.startDate && c.endDate && c.startDate <= day && day <= c.endDate);
}
