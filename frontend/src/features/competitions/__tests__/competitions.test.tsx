import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { cleanup, renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';

import { competitionHandlers, contest, judges, participants, ranking } from './fixtures';

describe('竞赛 list and form', () => {
  it('lists competitions and shows the form’s field errors, the browser’s and the server’s', async () => {
    const sent: unknown[] = [];
    server.use(
      http.get(apiUrl('/api/v1/competitions'), () => HttpResponse.json({ items: [contest], total: 1, page: 0, size: 20 })),
      http.post(apiUrl('/api/v1/competitions'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(
          { type: '/problems/validation', title: '输入有误', status: 400, errors: [{ field: 'create.request.items[1].name', message: '评分项目重复: 实际操作' }] },
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        );
      }),
    );
    const { user } = renderApp('/competitions', { user: testUsers.federationLead });
    const table = await screen.findByTestId('competitions-table');
    expect(await within(table).findByRole('link', { name: contest.name! })).toBeInTheDocument();
    expect(within(table).getByText('0 / 30')).toBeInTheDocument();

    await user.click(screen.getByTestId('competition-create'));
    const dialog = await screen.findByRole('dialog');
    await user.click(screen.getByTestId('competition-save'));
    expect(await within(dialog).findByText('请填写竞赛名称')).toBeInTheDocument();
    expect(within(dialog).getByText('技能竞赛和岗位练兵必须填写工种')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('竞赛名称'), '电子装配技能比武');
    await user.type(within(dialog).getByLabelText('工种'), '电子装配');
    await user.type(within(dialog).getByLabelText('开始日期'), `${new Date().getFullYear()}-06-01{Enter}`);
    await user.type(within(dialog).getByLabelText('结束日期'), `${new Date().getFullYear()}-05-01{Enter}`);
    await user.click(screen.getByTestId('competition-save'));
    expect(await within(dialog).findByText('结束日期不能早于开始日期')).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('结束日期'));
    await user.type(within(dialog).getByLabelText('结束日期'), `${new Date().getFullYear()}-06-02{Enter}`);
    await user.click(screen.getByTestId('competition-save'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ kind: 'SKILL_CONTEST', name: '电子装配技能比武', occupation: '电子装配', items: [{ name: '理论知识', weight: 30 }, { name: '实际操作', weight: 70 }] });
    // the server's error lands on the second item's name field
    expect(await within(dialog).findByText('评分项目重复: 实际操作')).toBeInTheDocument();
  }, 90_000);
});

describe('竞赛 detail', () => {
  it('finds entrants through the minimal lookup (name within the enterprise) and shows every refusal reason from the API', async () => {
    const calls: { dryRun: string | null; body: unknown }[] = [];
    const lookups: Record<string, string | null>[] = [];
    const people = [
      { id: 11, name: '王晓霞', idNumber: '421202********0029', enterprise: { id: 3, name: '华宇防腐有限公司' } },
      { id: 13, name: '王六', idNumber: '421202********0031', enterprise: { id: 3, name: '华宇防腐有限公司' } },
    ];
    server.use(
      ...competitionHandlers(),
      http.get(apiUrl('/api/v1/enterprises'), () =>
        HttpResponse.json({ items: [{ id: 3, name: '华宇防腐有限公司', creditCode: '91421202MA4901234X' }], total: 1, page: 0, size: 20 }),
      ),
      http.get(apiUrl('/api/v1/workers/lookup'), ({ request }) => {
        const params = new URL(request.url).searchParams;
        lookups.push({ name: params.get('name'), enterpriseId: params.get('enterpriseId') });
        return HttpResponse.json({ items: people.filter((p) => p.name.includes(params.get('name') ?? '')), total: 2, page: 0, size: 20 });
      }),
      // the registry's list is never asked by the picker
      http.get(apiUrl('/api/v1/workers'), () => HttpResponse.json({ type: '/problems/registry-scope', status: 403 }, { status: 403 })),
      http.post(apiUrl('/api/v1/competitions/7/participants/batch'), async ({ request }) => {
        calls.push({ dryRun: new URL(request.url).searchParams.get('dryRun'), body: await request.json() });
        return HttpResponse.json({
          registered: 1,
          refused: 1,
          results: [
            { workerId: 11, workerName: '王晓霞', registered: true, reasons: [] },
            { workerId: 13, workerName: '王六', registered: false, reasons: ['王六 不符合本赛年龄要求(比赛开始日年龄 18–45 岁)', '技能等级为普工,低于本赛要求的最低等级中级工'] },
          ],
        });
      }),
    );
    const { user } = renderApp('/competitions/7?tab=registration', { user: testUsers.federationLead });
    const search = await screen.findByTestId('registration-worker-search');
    // the enterprise comes first: until then the worker search is closed
    expect(within(search).getByRole('combobox')).toBeDisabled();
    await user.click(within(screen.getByTestId('registration-enterprise')).getByRole('combobox'));
    await user.click(await screen.findByTitle(/^华宇防腐有限公司/));
    await user.click(within(search).getByRole('combobox'));
    await user.keyboard('王');
    expect(await screen.findByText('请输入至少2个字的姓名')).toBeInTheDocument();
    await user.keyboard('晓');
    await user.click(await screen.findByTitle(/王晓霞 · 421202/));
    await user.keyboard('王六');
    await user.click(await screen.findByTitle(/王六 · 421202/));
    expect(screen.getByText('已选 2 人')).toBeInTheDocument();
    expect(lookups).toContainEqual({ name: '王晓', enterpriseId: '3' });
    expect(lookups.every((l) => l.enterpriseId === '3' && [...(l.name ?? '')].length >= 2)).toBe(true);
    await user.click(screen.getByTestId('registration-check'));

    const table = await screen.findByTestId('eligibility-table');
    const refused = within(table).getByText('王六').closest('tr')!;
    expect(within(refused).getByText('不符合条件')).toBeInTheDocument();
    expect(within(refused).getByText('王六 不符合本赛年龄要求(比赛开始日年龄 18–45 岁)')).toBeInTheDocument();
    expect(within(refused).getByText('技能等级为普工,低于本赛要求的最低等级中级工')).toBeInTheDocument();
    expect(within(within(table).getByText('王晓霞').closest('tr')!).getByText('符合条件')).toBeInTheDocument();
    expect(calls).toEqual([{ dryRun: 'true', body: { workerIds: [11, 13] } }]);
  }, 60_000);

  it('offers the enterprise’s whole list only to callers whose registry scope lists workers', async () => {
    server.use(...competitionHandlers());
    renderApp('/competitions/7?tab=registration', { user: testUsers.federationLead });
    expect(await screen.findByTestId('registration-load-enterprise')).toBeInTheDocument();
    cleanup();
    // the same organiser's screen with the scope of a department outside the lead unit: the lookup only
    renderApp('/competitions/7?tab=registration', { user: { ...testUsers.federationLead, me: { ...testUsers.federationLead.me, registryScope: 'LINKED' } } });
    expect(await screen.findByTestId('registration-worker-search')).toBeInTheDocument();
    expect(screen.queryByTestId('registration-load-enterprise')).not.toBeInTheDocument();
  }, 60_000);

  it('confirms a stage change before sending it, and shows the API’s refusal', async () => {
    const sent: unknown[] = [];
    server.use(
      ...competitionHandlers(),
      http.post(apiUrl('/api/v1/competitions/7/stage'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(
          { type: '/problems/conflict', title: '冲突', status: 409, detail: '不能开始评分:还有 1 个报名未审核' },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        );
      }),
    );
    const { user } = renderApp('/competitions/7', { user: testUsers.federationLead });
    await user.click(await screen.findByTestId('stage-next'));
    expect((await screen.findAllByText('确认进入「资格审核」阶段?')).length).toBeGreaterThan(0);
    expect(sent).toHaveLength(0);
    await user.click(screen.getByTestId('stage-confirm'));
    await waitFor(() => expect(sent).toEqual([{ target: 'REVIEW', version: 3 }]));
    expect(await screen.findByText('不能开始评分:还有 1 个报名未审核')).toBeInTheDocument();
  }, 60_000);

  it('hides the organiser’s actions from staff of another department', async () => {
    server.use(...competitionHandlers({ ...contest, stage: 'PUBLICATION', nextStage: 'CLOSED', publishedOn: '2026-12-01', publicationEndsOn: '2026-12-08' }));
    renderApp('/competitions/7', { user: testUsers.publicityStaff });
    expect(await screen.findByTestId('competition-name')).toHaveTextContent(contest.name!);
    expect(screen.queryByTestId('stage-next')).not.toBeInTheDocument();
    expect(screen.queryByTestId('competition-edit')).not.toBeInTheDocument();
    expect(screen.getByText(/只有区总工会的竞赛组织者可以管理它/)).toBeInTheDocument();
  }, 60_000);
});

describe('评分表 score sheet', () => {
  it('moves with Enter, saves each mark as the cell is left, and marks the judge’s stand-aside contestant', async () => {
    const saved: { path: string; body: unknown }[] = [];
    const scoring = { ...contest, stage: 'SCORING' as const, nextStage: 'PUBLICATION' as const, judgesLocked: true };
    server.use(
      ...competitionHandlers(scoring, { participants, judges }),
      http.get(apiUrl('/api/v1/competitions/7/scores'), () =>
        HttpResponse.json([{ judgeId: 91, participantId: 502, participantName: '李强', scores: [{ itemId: 71, value: null }, { itemId: 72, value: null }], complete: false }]),
      ),
      http.put(apiUrl('/api/v1/competitions/7/scores/:judgeId/:participantId'), async ({ request, params }) => {
        const body = (await request.json()) as { scores: { itemId: number; value: number }[] };
        saved.push({ path: `${String(params.judgeId)}/${String(params.participantId)}`, body });
        const complete = saved.length >= 2;
        return HttpResponse.json({
          judgeId: 91,
          participantId: 502,
          scores: [
            { itemId: 71, value: 80 },
            { itemId: 72, value: complete ? 90 : null },
          ],
          complete,
          total: complete ? 87 : undefined,
        });
      }),
    );
    const { user } = renderApp('/competitions/7?tab=scores', { user: testUsers.federationLead });
    const grid = await screen.findByTestId('score-grid');
    // 刘工 works at 华宇防腐, like 王晓霞: no cells for that pair
    const aside = await within(grid).findAllByTestId('stand-aside-501');
    expect(aside.map((e) => e.textContent)).toEqual(['回避', '回避']);
    const theory = within(grid).getByLabelText('李强 理论知识');
    await user.click(theory);
    await user.keyboard('80{Enter}');
    expect(within(grid).getByLabelText('李强 实际操作')).toHaveFocus();
    // each mark carries the version read: 0 while the item is unmarked
    await waitFor(() => expect(saved).toEqual([{ path: '91/502', body: { scores: [{ itemId: 71, value: 80, version: 0 }] } }]));
    await user.keyboard('90{Enter}');
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]!.body).toEqual({ scores: [{ itemId: 72, value: 90, version: 0 }] });
    expect(await screen.findByText('所有分数已保存')).toBeInTheDocument();
    expect(await within(grid).findByTestId('sheet-total-502')).toHaveTextContent('87.00');
  }, 60_000);

  it('settles every cell when saves overlap (typing faster than the API answers)', async () => {
    const scoring = { ...contest, stage: 'SCORING' as const, nextStage: 'PUBLICATION' as const, judgesLocked: true };
    let releaseFirst: () => void = () => undefined;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    let puts = 0;
    server.use(
      ...competitionHandlers(scoring, { participants, judges }),
      http.get(apiUrl('/api/v1/competitions/7/scores'), () =>
        HttpResponse.json([{ judgeId: 91, participantId: 502, participantName: '李强', scores: [{ itemId: 71, value: null }, { itemId: 72, value: null }], complete: false }]),
      ),
      http.put(apiUrl('/api/v1/competitions/7/scores/:judgeId/:participantId'), async () => {
        puts += 1;
        // the first answer is held until the second save has been sent: the two overlap
        if (puts === 1) await firstHeld;
        else releaseFirst();
        return HttpResponse.json({ judgeId: 91, participantId: 502, scores: [{ itemId: 71, value: 80 }, { itemId: 72, value: 90 }], complete: true, total: 87 });
      }),
    );
    const { user } = renderApp('/competitions/7?tab=scores', { user: testUsers.federationLead });
    const grid = await screen.findByTestId('score-grid');
    await user.click(await within(grid).findByLabelText('李强 理论知识'));
    await user.keyboard('80{Enter}90{Enter}');
    await waitFor(() => expect(puts).toBe(2));
    expect(await screen.findByText('所有分数已保存')).toBeInTheDocument();
    expect(screen.queryByText('保存中…')).not.toBeInTheDocument();
  }, 60_000);

  it('sends each mark back with the version the last answer gave it, one save of a cell after the other', async () => {
    const scoring = { ...contest, stage: 'SCORING' as const, nextStage: 'PUBLICATION' as const, judgesLocked: true };
    const sent: unknown[] = [];
    let theoryVersion = 4;
    server.use(
      ...competitionHandlers(scoring, { participants, judges }),
      http.get(apiUrl('/api/v1/competitions/7/scores'), () =>
        HttpResponse.json([{ judgeId: 91, participantId: 502, participantName: '李强', scores: [{ itemId: 71, value: 60, version: 4 }, { itemId: 72, value: null, version: 0 }], complete: false }]),
      ),
      http.put(apiUrl('/api/v1/competitions/7/scores/:judgeId/:participantId'), async ({ request }) => {
        const body = (await request.json()) as { scores: { itemId: number; value: number; version: number }[] };
        sent.push(body.scores[0]);
        theoryVersion += 1;
        return HttpResponse.json({ judgeId: 91, participantId: 502, scores: [{ itemId: 71, value: body.scores[0]!.value, version: theoryVersion }, { itemId: 72, value: null, version: 0 }], complete: false });
      }),
    );
    const { user } = renderApp('/competitions/7?tab=scores', { user: testUsers.federationLead });
    const grid = await screen.findByTestId('score-grid');
    const theory = await within(grid).findByLabelText('李强 理论知识');
    await user.click(theory);
    await user.keyboard('{Control>}a{/Control}70{Enter}');
    await waitFor(() => expect(sent).toEqual([{ itemId: 71, value: 70, version: 4 }]));
    await user.click(theory);
    await user.keyboard('{Control>}a{/Control}75{Enter}');
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ itemId: 71, value: 75, version: 5 });
  }, 60_000);

  it('shows the API’s refusal on the cell', async () => {
    const scoring = { ...contest, stage: 'SCORING' as const, nextStage: 'PUBLICATION' as const, judgesLocked: true };
    server.use(
      ...competitionHandlers(scoring, { participants, judges }),
      http.get(apiUrl('/api/v1/competitions/7/scores'), () => HttpResponse.json([])),
      http.put(apiUrl('/api/v1/competitions/7/scores/:judgeId/:participantId'), () =>
        HttpResponse.json(
          { type: '/problems/conflict', title: '冲突', status: 409, detail: '评委刘工与选手李强同属某企业,须回避,不能为其评分' },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderApp('/competitions/7?tab=scores', { user: testUsers.federationLead });
    const grid = await screen.findByTestId('score-grid');
    await user.click(await within(grid).findByLabelText('李强 理论知识'));
    await user.keyboard('75{Enter}');
    expect(await screen.findByTestId('score-error')).toHaveTextContent('须回避');
    expect(await screen.findByText('保存失败')).toBeInTheDocument();
  }, 60_000);
});

describe('排名 ranking', () => {
  it('states the rule, marks ties and strikes through the dropped highest and lowest judge', async () => {
    const scoring = { ...contest, stage: 'SCORING' as const, nextStage: 'PUBLICATION' as const };
    server.use(http.get(apiUrl('/api/v1/competitions/7/ranking'), () => HttpResponse.json(ranking)), ...competitionHandlers(scoring));
    renderApp('/competitions/7?tab=ranking', { user: testUsers.federationLead });
    expect(await screen.findByTestId('ranking-rule')).toHaveTextContent('去掉一个最高分和一个最低分');
    // the table is drawn again once rows arrive (it scrolls only with rows): look it up after them
    const table = await waitFor(() => {
      const drawn = screen.getByTestId('ranking-table');
      within(drawn).getByText('王晓霞');
      return drawn;
    });
    const first = within(table).getByText('王晓霞').closest('tr')!;
    expect(within(first).getByText('并列')).toBeInTheDocument();
    expect(within(first).getByText('去掉最高分和最低分')).toBeInTheDocument();
    const dropped = within(first).getAllByTestId('judge-total-dropped').map((e) => e.textContent);
    expect(dropped).toEqual(['甲 99.00', '戊 70.00']);
    expect(within(first).getAllByTestId('judge-total')).toHaveLength(3);
  }, 60_000);
});
