import dayjs from 'dayjs';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';

import type { CompetitionResult } from '../types';

import { competitionHandlers, enterpriseParticipants, history, labour, results } from './fixtures';

const rowOf = (table: HTMLElement, text: string) => within(table).getByText(text).closest('tr')!;

describe('企业成果 enterprise results', () => {
  it('lists the reported results of the first measure with a chart, and turns to another measure', async () => {
    server.use(...competitionHandlers(labour, { participants: enterpriseParticipants, results }));
    const { user } = renderApp('/competitions/8?tab=results', { user: testUsers.publicityStaff });

    const table = await screen.findByTestId('results-table');
    expect(await within(table).findByText('12.5 吨')).toBeInTheDocument();
    expect(within(rowOf(table, '12.5 吨')).getByText('华宇防腐有限公司')).toBeInTheDocument();
    expect(within(rowOf(table, '12.5 吨')).getByText('余热回收改造')).toBeInTheDocument();
    expect(within(rowOf(table, '8 吨')).getByText('三得利有限公司')).toBeInTheDocument();
    // another measure's row waits for its own choice
    expect(within(table).queryByText('30 条')).not.toBeInTheDocument();
    expect(screen.getByTestId('results-chart')).toHaveTextContent('各企业「节约标准煤」(吨)');

    await user.click(within(screen.getByTestId('results-measure')).getByRole('combobox'));
    await user.click(await screen.findByTitle('合理化建议(条)'));
    expect(await within(table).findByText('30 条')).toBeInTheDocument();
    expect(within(table).queryByText('12.5 吨')).not.toBeInTheDocument();
    expect(screen.getByTestId('results-chart')).toHaveTextContent('各企业「合理化建议」(条)');

    await user.click(within(screen.getByTestId('results-measure')).getByRole('combobox'));
    await user.click(await screen.findByTitle('全部指标'));
    expect(await within(table).findByText('12.5 吨')).toBeInTheDocument();
    expect(within(table).getByText('30 条')).toBeInTheDocument();
    expect(screen.queryByTestId('results-chart')).not.toBeInTheDocument();
  }, 60_000);

  it('reports a result: sends the form’s body and shows the new row under its measure', async () => {
    const stored: CompetitionResult[] = [...results];
    const sent: unknown[] = [];
    server.use(
      // the fixture answers the results GET from `stored`, as the POST leaves it
      ...competitionHandlers(labour, { participants: enterpriseParticipants, results: stored }),
      http.post(apiUrl('/api/v1/competitions/8/results'), async ({ request }) => {
        const body = (await request.json()) as Omit<CompetitionResult, 'id' | 'participantName'>;
        sent.push(body);
        const created = { ...body, id: 9, participantName: '三得利有限公司' };
        stored.push(created);
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    const { user } = renderApp('/competitions/8?tab=results', { user: testUsers.federationLead });
    await user.click(await screen.findByTestId('result-report'));
    const dialog = await screen.findByRole('dialog');

    // the browser's checks first: nothing is sent
    await user.click(screen.getByTestId('result-submit'));
    expect(await within(dialog).findByText('请选择企业')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写指标')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写数值')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.click(within(screen.getByTestId('result-participant')).getByRole('combobox'));
    // a refused registration cannot report
    expect(screen.queryByTitle('金盛纺织有限公司')).not.toBeInTheDocument();
    await user.click(await screen.findByTitle('三得利有限公司'));
    await user.type(within(dialog).getByLabelText('指标'), '合理化建议');
    // a known measure brings its unit
    await waitFor(() => expect(within(dialog).getByLabelText('单位')).toHaveValue('条'));
    await user.type(within(dialog).getByLabelText('数值'), '12');
    await user.click(screen.getByTestId('result-submit'));

    await waitFor(() =>
      expect(sent).toEqual([{ participantId: 602, measure: '合理化建议', value: 12, unit: '条', reportedOn: dayjs().format('YYYY-MM-DD') }]),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const table = screen.getByTestId('results-table');
    expect(await within(table).findByText('12 条')).toBeInTheDocument();
    expect(within(rowOf(table, '12 条')).getByText('三得利有限公司')).toBeInTheDocument();
    expect(within(table).getByText('30 条')).toBeInTheDocument();
  }, 60_000);

  it('puts the server’s field error on the field it names', async () => {
    server.use(
      ...competitionHandlers(labour, { participants: enterpriseParticipants, results }),
      http.post(apiUrl('/api/v1/competitions/8/results'), () =>
        HttpResponse.json(
          { type: '/problems/validation', title: '输入有误', status: 400, errors: [{ field: 'report.request.unit', message: '单位最多 20 个字符' }] },
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderApp('/competitions/8?tab=results', { user: testUsers.federationLead });
    await user.click(await screen.findByTestId('result-report'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(screen.getByTestId('result-participant')).getByRole('combobox'));
    await user.click(await screen.findByTitle('华宇防腐有限公司'));
    await user.type(within(dialog).getByLabelText('指标'), '减少不良品');
    await user.type(within(dialog).getByLabelText('数值'), '5');
    await user.type(within(dialog).getByLabelText('单位'), '件');
    await user.click(screen.getByTestId('result-submit'));

    const message = await within(dialog).findByText('单位最多 20 个字符');
    expect(message.closest('.ant-form-item')).toContainElement(within(dialog).getByLabelText('单位'));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  }, 60_000);

  it('shows the results but no report button to staff of another department, nor to the organiser after publication', async () => {
    server.use(...competitionHandlers(labour, { participants: enterpriseParticipants, results }));
    const first = renderApp('/competitions/8?tab=results', { user: testUsers.publicityStaff });
    expect(await within(await screen.findByTestId('results-table')).findByText('12.5 吨')).toBeInTheDocument();
    expect(screen.queryByTestId('result-report')).not.toBeInTheDocument();
    first.unmount();

    server.use(...competitionHandlers({ ...labour, stage: 'PUBLICATION', nextStage: 'CLOSED' }, { participants: enterpriseParticipants, results }));
    renderApp('/competitions/8?tab=results', { user: testUsers.federationLead });
    // the stage by its dictionary label, once the dictionaries have arrived
    const closed = await screen.findByTestId('results-closed');
    await waitFor(() => expect(closed).toHaveTextContent('竞赛已进入「公示」阶段,不能再登记成果。'));
    expect(screen.queryByTestId('result-report')).not.toBeInTheDocument();
  }, 60_000);
});

describe('变更记录 history', () => {
  it('lists who changed what and when, newest first, with fields and values by name', async () => {
    server.use(...competitionHandlers(labour, { history }));
    const { user } = renderApp('/competitions/8', { user: testUsers.publicityStaff });
    await user.click(await screen.findByTestId('tab-history'));

    const entries = await screen.findAllByTestId('history-entry');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent('federation-lead');
    expect(entries[0]).toHaveTextContent('修改');
    expect(entries[0]).toHaveTextContent('阶段 资格审核 → 评分');
    expect(entries[0]).toHaveTextContent('名额 30 → 40');
    expect(entries[1]).toHaveTextContent('新建');
    expect(entries[1]).toHaveTextContent('竞赛名称 2026年咸安区节能减排劳动竞赛');
  }, 60_000);

  it('says so when nothing was recorded', async () => {
    server.use(...competitionHandlers(labour));
    renderApp('/competitions/8?tab=history', { user: testUsers.publicityStaff });
    expect(await screen.findByText('没有变更记录')).toBeInTheDocument();
  }, 60_000);
});
