import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, waitFor } from '@/testing/test-utils';
import type { AnnualReviewDocument } from '@/types/api';

const review = (year: string): AnnualReviewDocument => ({
  year: Number(year),
  asOf: `${year}-12-31`,
  title: '弘扬“产业工人有力量”时代主旋律',
  subtitle: '—— 咸安区产业工人队伍建设改革工作巡礼',
  author: '咸安区产业工人队伍建设改革领导小组',
  sections: [
    {
      key: 'publicity',
      heading: '区委宣传部:履职尽责推进队伍建设',
      paragraphs: [
        {
          sentences: [
            {
              text: `${year}年开展“双宣讲”活动200余场次。`,
              sources: [
                {
                  kind: 'record',
                  type: 'publicity-sessions',
                  ids: [11, 12, 13],
                  count: 212,
                  description: 'department_record publicity-sessions, 2019–2020, 212 条',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  figures: [{ key: 'publicity.sessions', section: 'publicity', value: '200余' }],
});

describe('工作巡礼 annual review', () => {
  it('previews the review of the chosen year as JSON and shows a sentence’s sources on click', async () => {
    const years: string[] = [];
    server.use(
      http.get(apiUrl('/api/v1/reports/annual-review'), ({ request }) => {
        const url = new URL(request.url);
        years.push(url.searchParams.get('year') ?? '');
        expect(request.headers.get('Accept')).toContain('application/json');
        return HttpResponse.json(review(url.searchParams.get('year') ?? ''));
      }),
    );
    const { user } = renderApp('/tasks/annual-review', { user: testUsers.federationLead });
    const thisYear = String(new Date().getFullYear());
    const sentence = await screen.findByText(`${thisYear}年开展“双宣讲”活动200余场次。`, {}, { timeout: 15_000 });
    expect(screen.getByText('区委宣传部:履职尽责推进队伍建设')).toBeInTheDocument();
    expect(years).toEqual([thisYear]);
    await user.click(sentence);
    const sources = await screen.findByTestId('review-sources');
    expect(sources).toHaveTextContent('部门工作记录');
    expect(sources).toHaveTextContent('publicity-sessions');
    expect(sources).toHaveTextContent('212');
    expect(sources).toHaveTextContent('department_record publicity-sessions, 2019–2020, 212 条');
  }, 30_000);

  it('downloads the Word draft of the chosen year through the API client', async () => {
    let query = '';
    server.use(
      http.get(apiUrl('/api/v1/reports/annual-review'), ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.get('format') !== 'docx') {
          return HttpResponse.json(review(url.searchParams.get('year') ?? ''));
        }
        query = url.search;
        return new HttpResponse(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), {
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            'Content-Disposition': "attachment; filename=\"annual-review-2026.docx\"; filename*=UTF-8''%E5%B7%A5%E4%BD%9C%E5%B7%A1%E7%A4%BC-2026.docx",
          },
        });
      }),
    );
    const createObjectURL = vi.fn(() => 'blob:review');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    let downloadedAs = '';
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloadedAs = this.download;
    });
    const { user } = renderApp('/tasks/annual-review', { user: testUsers.publicityStaff });
    await user.click(await screen.findByTestId('review-download'));
    await waitFor(() => expect(downloadedAs).toBe('工作巡礼-2026.docx'));
    expect(new URLSearchParams(query).get('format')).toBe('docx');
    expect(new URLSearchParams(query).get('year')).toMatch(/^\d{4}$/);
    click.mockRestore();
  });
});
