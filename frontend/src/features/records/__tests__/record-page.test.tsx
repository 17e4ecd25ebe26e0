import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';
import type { DepartmentRecord, RecordType } from '@/types/api';

const sessions = (creatable: boolean): RecordType => ({
  code: 'publicity-sessions',
  label: '宣讲活动',
  labelEn: 'Publicity sessions',
  description: '“双宣讲”每场一条记录',
  titleField: 'title',
  owners: ['publicity'],
  creatable,
  kinds: {
    'publicity-session-kind': [
      { code: 'THEORY', label: '理论宣讲', labelEn: 'Theory session' },
      { code: 'PUBLIC', label: '百姓宣讲', labelEn: 'Grassroots session' },
    ],
  },
  fields: [
    { key: 'date', label: '日期', labelEn: 'Date', type: 'DATE', required: true, min: null, max: null, dictionary: null, help: null, unique: false },
    { key: 'kind', label: '类型', labelEn: 'Kind', type: 'KIND', required: true, dictionary: 'publicity-session-kind', min: null, max: null, help: null, unique: false },
    { key: 'title', label: '题目', labelEn: 'Title', type: 'TEXT', required: true, max: 200, min: null, dictionary: null, help: null, unique: false },
    { key: 'audience', label: '听众人数', labelEn: 'Audience', type: 'INTEGER', required: true, min: 1, max: 100000, dictionary: null, help: null, unique: false },
  ],
});

const record: DepartmentRecord = {
  id: 7,
  type: 'publicity-sessions',
  ownerDepartment: 'publicity',
  ownerDepartmentName: '区委宣传部',
  date: '2020-05-12',
  fields: { date: '2020-05-12', kind: 'THEORY', title: '学习改革方案', audience: 80 },
  display: { date: '2020-05-12', kind: '理论宣讲', title: '学习改革方案', audience: '80' },
  editable: false,
  version: 0,
  taskId: null,
  taskTitle: null,
  createdBy: 'publicity-staff',
  createdByName: '陈静',
  updatedBy: 'publicity-staff',
  updatedByName: '陈静',
  createdAt: '2020-05-12T02:00:00Z',
  updatedAt: '2020-05-12T02:00:00Z',
};

function handlers(creatable: boolean, sent: unknown[] = []) {
  return [
    http.get(apiUrl('/api/v1/records/types'), () => HttpResponse.json([sessions(creatable)])),
    http.get(apiUrl('/api/v1/records/publicity-sessions'), () =>
      HttpResponse.json({ items: [record], total: 1, page: 0, size: 20, totalExact: true }),
    ),
    http.post(apiUrl('/api/v1/records/publicity-sessions'), async ({ request }) => {
      sent.push(await request.json());
      return HttpResponse.json({ ...record, id: 8 }, { status: 201 });
    }),
  ];
}

describe('部门工作记录 department records', () => {
  it('lists records by label; a reader of another department gets no new or import button', async () => {
    server.use(...handlers(false));
    renderApp('/records/publicity-sessions', { user: testUsers.federationLead });
    const page = await screen.findByTestId('records-publicity-sessions');
    expect(await within(page).findByText('理论宣讲')).toBeInTheDocument();
    expect(within(page).getByText('学习改革方案')).toBeInTheDocument();
    expect(within(page).getByText('区委宣传部')).toBeInTheDocument();
    expect(within(page).getByRole('button', { name: /导出 Excel/ })).toBeInTheDocument();
    expect(screen.queryByTestId('record-create')).not.toBeInTheDocument();
    expect(screen.queryByTestId('record-import')).not.toBeInTheDocument();
  }, 60_000);

  it('the owner department creates a record through the generated form', async () => {
    const sent: unknown[] = [];
    server.use(...handlers(true, sent));
    const { user } = renderApp('/records/publicity-sessions', { user: testUsers.publicityStaff });
    await user.click(await screen.findByTestId('record-create'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('题目'));
    await user.paste('草稿');
    await user.click(within(dialog).getByLabelText('日期'));
    await user.paste('2020-06-01');
    await user.keyboard('{Enter}');
    await user.click(within(dialog).getByLabelText('类型'));
    await user.click(await screen.findByTitle('百姓宣讲'));
    await user.click(within(dialog).getByLabelText('听众人数'));
    await user.paste('45');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ fields: { date: '2020-06-01', kind: 'PUBLIC', title: '草稿', audience: 45 } });
  }, 60_000);
});
