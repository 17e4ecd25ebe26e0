import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { anImportJob } from '@/testing/mocks/registry';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';

const csv = (name: string, id = '421202199001010029') => new File([`身份证号,姓名\n${id},王晓霞\n`], name, { type: 'text/csv' });

describe('批量导入 import wizard', () => {
  it('walks template → upload → dry run with a bad cell → fixed file → confirmed import → result', async () => {
    const submitted: { dryRun: string | null; contentType: string }[] = [];
    const polls: Record<number, number> = {};
    const jobs: Record<number, ReturnType<typeof anImportJob>[]> = {
      // the first dry run: one bad row of two
      51: [
        anImportJob({ id: 51, status: 'VALIDATING', rowsRead: 1 }),
        anImportJob({ id: 51, status: 'VALIDATED', rowsRead: 2, rowsValid: 1, errorCount: 1, failureReason: '1 处错误,修正后再导入' }),
      ],
      // the fixed file
      52: [anImportJob({ id: 52, status: 'VALIDATED', fileName: 'fixed.csv', rowsRead: 2, rowsValid: 2 })],
      // the real run
      53: [
        anImportJob({ id: 53, status: 'IMPORTING', dryRun: false, rowsRead: 1 }),
        anImportJob({ id: 53, status: 'SUCCEEDED', dryRun: false, rowsRead: 2, rowsValid: 2, rowsCreated: 2 }),
      ],
    };
    let nextId = 51;
    server.use(
      http.post(apiUrl('/api/v1/imports/workers'), async ({ request }) => {
        // jsdom's FormData and File do not survive Node's fetch intact, so only the multipart form is checked here
        submitted.push({ dryRun: new URL(request.url).searchParams.get('dryRun'), contentType: request.headers.get('content-type') ?? '' });
        const id = nextId++;
        return HttpResponse.json(anImportJob({ id, dryRun: id !== 53 }), { status: 202 });
      }),
      http.get(apiUrl('/api/v1/imports/:id'), ({ params }) => {
        const id = Number(params.id);
        const states = jobs[id]!;
        const n = polls[id] ?? 0;
        polls[id] = n + 1;
        return HttpResponse.json(states[Math.min(n, states.length - 1)]);
      }),
      http.get(apiUrl('/api/v1/imports/51/errors'), () =>
        HttpResponse.json({
          items: [{ row: 3, column: '身份证号', message: '身份证号校验码错误' }],
          total: 1,
          page: 0,
          size: 20,
          totalExact: true,
        }),
      ),
    );
    const { user } = renderApp('/registry/import', { user: testUsers.federationLead });

    // 下载模板 → 上传
    await user.click(await screen.findByTestId('import-next'));
    const upload = await screen.findByTestId('import-step-upload');
    await user.upload(upload.querySelector('input[type=file]') as HTMLInputElement, csv('workers.csv', '421202199001010020'));
    expect(within(upload).getByText('workers.csv')).toBeInTheDocument();
    await user.click(screen.getByTestId('import-start-dry-run'));

    // 试导入报告: progress, then the bad cell
    expect(await screen.findByTestId('import-progress')).toBeInTheDocument();
    expect(await screen.findByTestId('import-dry-run-bad', {}, { timeout: 10_000 })).toHaveTextContent('发现 1 处错误');
    const errors = await screen.findByTestId('import-errors-table');
    expect(await within(errors).findByText('身份证号校验码错误')).toBeInTheDocument();
    expect(within(errors).getByText('3')).toBeInTheDocument();
    expect(within(errors).getByText('身份证号')).toBeInTheDocument();
    expect(screen.getByTestId('import-download-errors')).toBeInTheDocument();
    expect(screen.queryByTestId('import-confirm')).not.toBeInTheDocument();

    // fix the file and upload it again
    await user.click(screen.getByTestId('import-retry'));
    const again = await screen.findByTestId('import-step-upload');
    await user.upload(again.querySelector('input[type=file]') as HTMLInputElement, csv('fixed.csv'));
    await user.click(screen.getByTestId('import-start-dry-run'));
    expect(await screen.findByTestId('import-dry-run-ok', {}, { timeout: 10_000 })).toHaveTextContent('2 行均可导入');

    // 确认导入, after a confirmation
    await user.click(screen.getByTestId('import-confirm'));
    await user.click(await screen.findByTestId('import-confirm-ok'));

    // progress bar → result
    expect(await screen.findByTestId('import-result', {}, { timeout: 10_000 })).toHaveTextContent('新登记 2 人');
    await waitFor(() =>
      expect(submitted).toEqual([
        { dryRun: 'true', contentType: expect.stringContaining('multipart/form-data') },
        { dryRun: 'true', contentType: expect.stringContaining('multipart/form-data') },
        { dryRun: 'false', contentType: expect.stringContaining('multipart/form-data') },
      ]),
    );
  }, 90_000);

  it('offers a retry when the job failed because its server stopped, and follows the retried job to its end', async () => {
    let retried = 0;
    let realPolls = 0;
    server.use(
      http.post(apiUrl('/api/v1/imports/workers'), ({ request }) => {
        const dryRun = new URL(request.url).searchParams.get('dryRun') === 'true';
        return HttpResponse.json(anImportJob({ id: dryRun ? 61 : 62, dryRun }), { status: 202 });
      }),
      http.get(apiUrl('/api/v1/imports/61'), () => HttpResponse.json(anImportJob({ id: 61, status: 'VALIDATED', rowsRead: 2, rowsValid: 2 }))),
      http.get(apiUrl('/api/v1/imports/62'), () => {
        realPolls++;
        if (retried === 0) {
          return HttpResponse.json(
            anImportJob({
              id: 62,
              dryRun: false,
              status: 'FAILED',
              retryable: true,
              failureReason: '处理该任务的服务实例已停止,任务已中断(已尝试 2 次),未写入任何数据;可点击“重试”重新执行,仍失败请联系管理员',
            }),
          );
        }
        return HttpResponse.json(anImportJob({ id: 62, dryRun: false, status: 'SUCCEEDED', rowsRead: 2, rowsValid: 2, rowsCreated: 2 }));
      }),
      http.post(apiUrl('/api/v1/imports/62/retry'), () => {
        retried++;
        return HttpResponse.json(anImportJob({ id: 62, dryRun: false, status: 'QUEUED' }), { status: 202 });
      }),
    );
    const { user } = renderApp('/registry/import', { user: testUsers.federationLead });
    await user.click(await screen.findByTestId('import-next'));
    const upload = await screen.findByTestId('import-step-upload');
    await user.upload(upload.querySelector('input[type=file]') as HTMLInputElement, csv('workers.csv'));
    await user.click(screen.getByTestId('import-start-dry-run'));
    await user.click(await screen.findByTestId('import-confirm', {}, { timeout: 10_000 }));
    await user.click(await screen.findByTestId('import-confirm-ok'));

    expect(await screen.findByTestId('import-failed', {}, { timeout: 10_000 })).toHaveTextContent('服务实例已停止');
    await user.click(screen.getByTestId('import-retry-job'));
    expect(await screen.findByTestId('import-result', {}, { timeout: 10_000 })).toHaveTextContent('新登记 2 人');
    expect(retried).toBe(1);
    expect(realPolls).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('does not offer a retry for an import that failed on its data', async () => {
    server.use(
      http.post(apiUrl('/api/v1/imports/workers'), () => HttpResponse.json(anImportJob({ id: 71 }), { status: 202 })),
      http.get(apiUrl('/api/v1/imports/71'), () =>
        HttpResponse.json(anImportJob({ id: 71, status: 'FAILED', failureReason: '文件中没有数据行', retryable: false })),
      ),
    );
    const { user } = renderApp('/registry/import', { user: testUsers.federationLead });
    await user.click(await screen.findByTestId('import-next'));
    const upload = await screen.findByTestId('import-step-upload');
    await user.upload(upload.querySelector('input[type=file]') as HTMLInputElement, csv('workers.csv'));
    await user.click(screen.getByTestId('import-start-dry-run'));
    expect(await screen.findByTestId('import-dry-run-bad', {}, { timeout: 10_000 })).toHaveTextContent('导入失败');
    expect(screen.queryByTestId('import-retry-job')).not.toBeInTheDocument();
    expect(screen.getByTestId('import-retry')).toBeInTheDocument();
  }, 60_000);

  it('is only for registry editors', async () => {
    renderApp('/registry/import', { user: testUsers.publicityStaff });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});
