import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { registryHandlers, textileCo } from '@/testing/mocks/registry';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';

const fieldOf = (label: string) => screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

describe('企业 enterprises', () => {
  it('lists enterprises with credit code, union and party status, and filters on the server', async () => {
    const seen: URLSearchParams[] = [];
    server.use(
      http.get(apiUrl('/api/v1/enterprises'), ({ request }) => {
        seen.push(new URL(request.url).searchParams);
        return HttpResponse.json({ items: [textileCo], total: 1, page: 0, size: 20, totalExact: true });
      }),
    );
    const { user } = renderApp('/registry/enterprises', { user: testUsers.publicityStaff });
    // the table is drawn again once rows arrive (it scrolls only with rows): look it up after them
    expect(await screen.findByRole('link', { name: '咸安纺织有限公司' }, { timeout: 5000 })).toBeInTheDocument();
    const table = screen.getByTestId('enterprises-table');
    expect(within(table).getByRole('link', { name: '咸安纺织有限公司' })).toBeInTheDocument();
    expect(within(table).getByText('91421202MA4901234F')).toBeInTheDocument();
    expect(within(table).getByText('已建工会')).toBeInTheDocument();
    expect(within(table).getByText('未建党组织')).toBeInTheDocument();
    expect(screen.queryByTestId('enterprise-create')).not.toBeInTheDocument();

    await user.click(within(screen.getByTestId('enterprise-filter-zone')).getByRole('combobox'));
    await user.click(await screen.findByTitle('开发区内'));
    await user.click(screen.getByTestId('enterprise-search-submit'));
    await waitFor(() => expect(seen.at(-1)?.get('inDevZone')).toBe('true'));
  }, 60_000);

  it('checks the credit code in the browser before registering', async () => {
    const sent: unknown[] = [];
    server.use(
      http.post(apiUrl('/api/v1/enterprises'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json({ ...textileCo, id: 70 }, { status: 201 });
      }),
      ...registryHandlers(),
    );
    const { user, router } = renderApp('/registry/enterprises', { user: testUsers.federationLead });
    await user.click(await screen.findByTestId('enterprise-create'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('统一社会信用代码'));
    await user.paste('91421202MA49012340');
    await user.click(screen.getByTestId('enterprise-save'));
    expect(await within(fieldOf('统一社会信用代码')).findByText('统一社会信用代码校验码错误，请核对')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.clear(within(dialog).getByLabelText('统一社会信用代码'));
    await user.paste('91421202ma4901234f');
    await user.click(within(dialog).getByLabelText('企业名称'));
    await user.paste('咸安纺织有限公司');
    await user.click(within(dialog).getByLabelText('行业'));
    await user.click(await screen.findByTitle('纺织'));
    await user.click(within(dialog).getByLabelText('所有制'));
    await user.click(await screen.findByTitle('非公有制'));
    await user.click(within(dialog).getByLabelText('企业规模'));
    await user.click(await screen.findByTitle('中型'));
    await user.click(screen.getByTestId('enterprise-save'));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ creditCode: '91421202MA4901234F', industryCode: 'textiles', ownership: 'NON_PUBLIC', size: 'MEDIUM', hasUnion: false });
    await waitFor(() => expect(router.state.location.pathname).toBe('/registry/enterprises/70'));
  }, 60_000);
});
