import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { DictLabel, PersonName, useDictionaries } from '@/lib/dictionaries';
import { i18n } from '@/lib/i18n/i18n';
import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

describe('数据字典 dictionaries', () => {
  afterEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('names codes from the API in the UI language, the code itself when unknown', async () => {
    const { result } = renderHook(() => useDictionaries(), { wrapper });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.label('gender', 'FEMALE')).toBe('女');
    expect(result.current.label('industry', 'biomedicine')).toBe('生物医药');
    expect(result.current.label('ownership', 'NON_PUBLIC')).toBe('非公有制');
    expect(result.current.label('enterprise_size', 'SMALL')).toBe('小型');
    expect(result.current.label('industry', 'unheard-of')).toBe('unheard-of');
    expect(result.current.label('industry', null)).toBe('—');
    // recorded values of coded fields, as the change history shows them
    expect(result.current.fieldValue('skillLevel', 'NONE')).toBe('普工');
    expect(result.current.fieldValue('education', 'JUNIOR_HIGH')).toBe('初中');
    expect(result.current.fieldValue('name', '王晓霞')).toBeUndefined();
    await i18n.changeLanguage('en');
    await waitFor(() => expect(result.current.label('gender', 'FEMALE')).toBe('Female'));
  });

  it('offers only active items, keeping the one a record still carries', async () => {
    server.use(
      http.get(apiUrl('/api/v1/dictionaries'), () =>
        HttpResponse.json({
          kinds: [
            {
              kind: 'industry',
              labelZh: '行业',
              labelEn: 'Industry',
              open: true,
              items: [
                { id: 1, kind: 'industry', code: 'printing', labelZh: '印刷', labelEn: 'Printing', sortOrder: 10, active: true, behavioural: false, version: 0 },
                { id: 2, kind: 'industry', code: 'old', labelZh: '旧行业', labelEn: 'Old', sortOrder: 20, active: false, behavioural: false, version: 1 },
              ],
            },
          ],
        }),
      ),
    );
    const { result } = renderHook(() => useDictionaries(), { wrapper });
    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.options('industry').map((o) => o.value)).toEqual(['printing']);
    expect(result.current.options('industry', 'old').map((o) => o.label)).toEqual(['印刷', '旧行业']);
    expect(result.current.label('industry', 'old')).toBe('旧行业');
  });

  it('renders labels and people by name', async () => {
    render(
      <>
        <DictLabel kind="competition_field" code="NON_PUBLIC" />
        <PersonName login="system:demo-data" />
        <PersonName name="张明华" login="federation-lead" department="区总工会" />
      </>,
      { wrapper },
    );
    expect(await screen.findByText('非公企业')).toBeInTheDocument();
    expect(await screen.findByText('系统（演示数据）')).toBeInTheDocument();
    const person = screen.getAllByTestId('person-name')[1];
    expect(person).toHaveTextContent('张明华 · 区总工会');
    expect(person).toHaveAttribute('title', 'federation-lead');
  });
});
