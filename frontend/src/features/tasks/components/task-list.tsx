import { AppstoreOutlined, PlusOutlined, TableOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Checkbox, Col, DatePicker, Empty, Flex, Progress, Row, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { QueryState } from '@/components/query/query-state';
import { useDepartments } from '@/lib/lookups';

import { type TaskFilter, useTasks } from '../api/tasks';
import { toTask } from '../paths';
import { POLICY_AREAS, TASK_STATUSES, type Task, type TaskStatus } from '../types';
import { involvement, mineFirst, useDepartmentName, useTaskPermissions } from '../utils/use-task-helpers';

import { TaskForm } from './task-form';
import { TaskStatusTag } from './task-status-tag';

type View = 'table' | 'kanban';

function TargetCell({ task }: { task: Task }) {
  const { t } = useTranslation();
  if (task.targetValue == null) return <>{t('tasks.list.noTarget')}</>;
  return (
    <span>
      {task.achieved ?? 0} / {task.targetValue} {task.targetUnit}
    </span>
  );
}

function DaysLeft({ task }: { task: Task }) {
  const { t } = useTranslation();
  if (task.daysLeft == null || task.status === 'COMPLETED' || task.status === 'SUSPENDED') return null;
  return task.daysLeft < 0 ? (
    <Typography.Text type="danger">{t('tasks.list.daysOver', { count: -task.daysLeft })}</Typography.Text>
  ) : (
    <Typography.Text type="secondary">{t('tasks.list.daysLeft', { count: task.daysLeft })}</Typography.Text>
  );
}

/** 任务清单: filters, then the tasks as a table or as a kanban by status; the own department's first. */
export function TaskList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { department, isLead } = useTaskPermissions();
  const departmentName = useDepartmentName();
  const departments = useDepartments();
  const [filter, setFilter] = useState<TaskFilter>({});
  const [view, setView] = useState<View>('table');
  const [creating, setCreating] = useState(false);
  const tasks = useTasks(filter);
  const rows = mineFirst(tasks.data?.items ?? [], department);

  const mineTag = (task: Task) =>
    involvement(task, department) ? (
      <Tag color="blue" data-testid="mine-tag">
        {t('tasks.list.mine')}
      </Tag>
    ) : null;

  const columns: ColumnsType<Task> = [
    {
      title: t('tasks.list.columns.title'),
      dataIndex: 'title',
      render: (_, task) => (
        <Space size={4} wrap>
          {mineTag(task)}
          <Link to={toTask(task.id ?? 0)}>{task.title}</Link>
          {(task.openNotices ?? 0) > 0 && <Badge count={task.openNotices} title={t('tasks.list.openNotices', { count: task.openNotices })} />}
        </Space>
      ),
    },
    { title: t('tasks.list.columns.lead'), key: 'lead', render: (_, task) => departmentName(task.leadDepartment) },
    {
      title: t('tasks.list.columns.cooperating'),
      key: 'cooperating',
      render: (_, task) => task.cooperatingDepartments?.map((d) => departmentName(d)).join('、'),
    },
    { title: t('tasks.list.columns.area'), key: 'area', render: (_, task) => (task.area ? t(`tasks.area.${task.area}`) : '') },
    { title: t('tasks.list.columns.target'), key: 'target', render: (_, task) => <TargetCell task={task} /> },
    {
      title: t('tasks.list.columns.progress'),
      key: 'progress',
      width: 140,
      render: (_, task) =>
        task.completionPercent == null ? null : (
          <Progress
            aria-label={t('tasks.list.columns.progress')}
            percent={task.completionPercent}
            size="small"
            status={task.status === 'OVERDUE' ? 'exception' : undefined}
          />
        ),
    },
    {
      title: t('tasks.list.columns.deadline'),
      dataIndex: 'deadline',
      render: (_, task) => (
        <Flex vertical>
          <span>{task.deadline}</span>
          <DaysLeft task={task} />
        </Flex>
      ),
    },
    { title: t('tasks.list.columns.priority'), key: 'priority', render: (_, task) => (task.priority ? t(`tasks.priority.${task.priority}`) : '') },
    { title: t('tasks.list.columns.status'), key: 'status', render: (_, task) => <TaskStatusTag status={task.status} /> },
  ];

  const filters = (
    <Flex gap={8} wrap align="center" data-testid="task-filters">
      <Select
        aria-label={t('tasks.list.allDepartments')}
        allowClear
        data-testid="filter-department"
        placeholder={t('tasks.list.allDepartments')}
        style={{ minWidth: 160 }}
        value={filter.department}
        onChange={(value?: string) => setFilter((f) => ({ ...f, department: value }))}
        options={(departments.data?.items ?? []).map((d) => ({ value: d.code ?? '', label: departmentName(d.code) }))}
      />
      <Select
        aria-label={t('tasks.list.allStatuses')}
        allowClear
        data-testid="filter-status"
        placeholder={t('tasks.list.allStatuses')}
        style={{ minWidth: 120 }}
        value={filter.status}
        onChange={(value?: TaskStatus) => setFilter((f) => ({ ...f, status: value }))}
        options={TASK_STATUSES.map((s) => ({ value: s, label: t(`tasks.status.${s}`) }))}
      />
      <Select
        aria-label={t('tasks.list.allAreas')}
        allowClear
        data-testid="filter-area"
        placeholder={t('tasks.list.allAreas')}
        style={{ minWidth: 120 }}
        value={filter.area}
        onChange={(value?: string) => setFilter((f) => ({ ...f, area: value }))}
        options={POLICY_AREAS.map((a) => ({ value: a, label: t(`tasks.area.${a}`) }))}
      />
      <DatePicker
        aria-label={t('tasks.list.year')}
        picker="year"
        data-testid="filter-year"
        placeholder={t('tasks.list.year')}
        value={filter.year ? dayjs(`${filter.year}-01-01`) : null}
        onChange={(value) => setFilter((f) => ({ ...f, year: value ? value.year() : undefined }))}
      />
      <Checkbox
        data-testid="filter-overdue"
        checked={filter.overdue === true}
        onChange={(e) => setFilter((f) => ({ ...f, overdue: e.target.checked ? true : undefined }))}
      >
        {t('tasks.list.overdueOnly')}
      </Checkbox>
    </Flex>
  );

  return (
    <Card
      data-testid="task-list"
      title={
        <Space>
          <span>{t('tasks.list.total', { count: tasks.data?.total ?? 0 })}</span>
          {department && <Typography.Text type="secondary">{t('tasks.list.mineFirst')}</Typography.Text>}
        </Space>
      }
      extra={
        <Space>
          <Segmented<View>
            data-testid="task-view"
            value={view}
            onChange={setView}
            options={[
              { value: 'table', label: t('tasks.list.table'), icon: <TableOutlined /> },
              { value: 'kanban', label: t('tasks.list.kanban'), icon: <AppstoreOutlined /> },
            ]}
          />
          {isLead && (
            <Button type="primary" icon={<PlusOutlined />} data-testid="task-create" onClick={() => setCreating(true)}>
              {t('tasks.list.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Flex vertical gap={16}>
        {filters}
        <QueryState query={tasks} isEmpty={() => false}>
          {() =>
            view === 'table' ? (
              <Table<Task>
                data-testid="tasks-table"
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={rows}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                locale={{ emptyText: <Empty description={t('tasks.list.empty')} /> }}
              />
            ) : (
              <Row gutter={12} data-testid="tasks-kanban" wrap={false} style={{ overflowX: 'auto' }}>
                {TASK_STATUSES.map((status) => {
                  const column = rows.filter((task) => task.status === status);
                  return (
                    <Col key={status} flex="1 0 220px">
                      <Card
                        size="small"
                        data-testid={`kanban-${status}`}
                        title={
                          <Space>
                            <TaskStatusTag status={status} />
                            <span>{column.length}</span>
                          </Space>
                        }
                        styles={{ body: { display: 'flex', flexDirection: 'column', gap: 8, minHeight: 120 } }}
                      >
                        {column.map((task) => (
                          <Card
                            key={task.id}
                            size="small"
                            hoverable
                            data-testid="kanban-card"
                            onClick={() => void navigate(toTask(task.id ?? 0))}
                          >
                            <Flex vertical gap={4}>
                              <Space size={4} wrap>
                                {mineTag(task)}
                                <Typography.Text strong>{task.title}</Typography.Text>
                              </Space>
                              <Typography.Text type="secondary">{departmentName(task.leadDepartment)}</Typography.Text>
                              {task.completionPercent != null && <Progress aria-label={t('tasks.list.columns.progress')} percent={task.completionPercent} size="small" />}
                              <Space size={8}>
                                <span>{task.deadline}</span>
                                <DaysLeft task={task} />
                              </Space>
                            </Flex>
                          </Card>
                        ))}
                      </Card>
                    </Col>
                  );
                })}
              </Row>
            )
          }
        </QueryState>
      </Flex>
      {creating && (
        <TaskForm open onClose={() => setCreating(false)} onSaved={(task) => task.id && void navigate(toTask(task.id))} />
      )}
    </Card>
  );
}
