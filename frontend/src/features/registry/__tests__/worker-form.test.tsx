import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { aWorker, registryHandlers } from '@/testing/mocks/registry';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';

/** The form item (label, control and its messages) of the control labelled `label`. */
const fieldOf = (label: string) => screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

describe('登记 / 修改工人 worker form', () => {
  it('checks the ID number in the browser, derives gender and birth date, and puts a server field error on its field', async () => {
    const sent: unknown[] = [];
    server.use(
      http.post(apiUrl('/api/v1/workers'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(
          {
            type: '/problems/duplicate',
            title: '该身份证号已登记(工人编号 5),一人只能有一条记录',
            status: 409,
            errors: [{ field: 'idNumber', message: '已登记,工人编号 5' }],
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
      ...registryHandlers(),
    );
    const { user } = renderApp('/registry', { user: testUsers.federationLead });
    await user.click(await screen.findByTestId('worker-create', {}, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog');

    // a typo in the last character: the GB 11643 check character does not match
    await user.click(within(dialog).getByLabelText('身份证号'));
    await user.paste('421202199001010020');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    expect(await within(fieldOf('身份证号')).findByText('身份证号校验码错误，请核对')).toBeInTheDocument();
    // antd shows each field's message as its own check settles: wait for this one too
    expect(await within(fieldOf('姓名')).findByText('请输入姓名')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.clear(within(dialog).getByLabelText('身份证号'));
    await user.paste('421202199001010029');
    const derived = screen.getByTestId('derived-from-id');
    expect(derived).toHaveTextContent('女');
    expect(derived).toHaveTextContent('1990-01-01');

    await user.click(within(dialog).getByLabelText('姓名'));
    await user.paste('王晓霞');
    await user.click(within(dialog).getByLabelText('文化程度'));
    await user.click(await screen.findByTitle('高中及中专'));
    await user.click(within(dialog).getByLabelText('技能等级'));
    await user.click(await screen.findByTitle('中级工'));
    await user.type(within(dialog).getByLabelText('月工资(元)'), '4200');
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));

    expect(await within(fieldOf('身份证号')).findByText('已登记,工人编号 5')).toBeInTheDocument();
    expect(within(fieldOf('姓名')).queryByText('已登记,工人编号 5')).not.toBeInTheDocument();
    expect(sent[0]).toMatchObject({
      idNumber: '421202199001010029',
      name: '王晓霞',
      education: 'SENIOR_HIGH',
      skillLevel: 'INTERMEDIATE',
      monthlyWage: 4200,
      agriculturalHukou: false,
      partyMember: false,
    });
    expect(sent[0]).not.toHaveProperty('version');
  }, 60_000);

  it('sends the version read, and on a stale version offers to reload the newer record', async () => {
    let version = 2;
    const sent: { version?: number; enterpriseId?: number }[] = [];
    server.use(
      // the first handler for a call wins
      http.get(apiUrl('/api/v1/workers/1'), () => HttpResponse.json(aWorker({ version, name: version > 2 ? '王晓霞（新）' : '王晓霞' }))),
      http.put(apiUrl('/api/v1/workers/1'), async ({ request }) => {
        sent.push((await request.json()) as { version?: number });
        version = 3; // someone else saved in between
        return HttpResponse.json(
          { type: '/problems/stale-version', title: '数据已被修改', status: 409, detail: '该工人信息已被他人修改,请刷新后重试' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
      ...registryHandlers(),
    );
    const { user } = renderApp('/registry/workers/1', { user: testUsers.federationLead });
    await user.click(await screen.findByTestId('worker-edit'));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(screen.getByLabelText('姓名')).toHaveValue('王晓霞'));
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));

    expect(await screen.findByTestId('stale-version')).toHaveTextContent('数据已被他人修改');
    expect(sent[0]?.version).toBe(2);
    expect(sent[0]?.enterpriseId).toBe(7);

    await user.click(screen.getByTestId('stale-reload'));
    await waitFor(() => expect(screen.getByLabelText('姓名')).toHaveValue('王晓霞（新）'));
    expect(screen.queryByTestId('stale-version')).not.toBeInTheDocument();
  }, 60_000);

  it('asks before a transfer to no enterprise', async () => {
    const sent: { enterpriseId?: number }[] = [];
    server.use(
      http.put(apiUrl('/api/v1/workers/1'), async ({ request }) => {
        sent.push((await request.json()) as { enterpriseId?: number });
        return HttpResponse.json(aWorker({ enterprise: undefined, version: 3 }));
      }),
      ...registryHandlers(),
    );
    const { user } = renderApp('/registry/workers/1', { user: testUsers.federationLead });
    await user.click(await screen.findByTestId('worker-edit'));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(screen.getByLabelText('姓名')).toHaveValue('王晓霞'));
    // clears the enterprise
    const picker = within(dialog).getByTestId('enterprise-picker');
    await user.click(picker.querySelector('.ant-select-clear') as HTMLElement);
    await user.click(within(dialog).getByRole('button', { name: /保\s?存/ }));

    const confirm = await screen.findByTestId('confirm-transfer');
    expect(screen.getAllByText('确认离职').length).toBeGreaterThan(0);
    expect(sent).toHaveLength(0);
    await user.click(confirm);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.enterpriseId).toBeUndefined();
  }, 60_000);
});
