import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { api, ApiError } from '@/lib/api-client';
import { shouldRetry } from '@/lib/query-client';
import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { bindTestAuth, createTestSession, TEST_TOKEN } from '@/testing/test-utils';

const PROBLEM = { 'Content-Type': 'application/problem+json' };

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('api client', () => {
  it('prefixes the configured API URL and sends a fresh bearer token', async () => {
    const session = createTestSession();
    bindTestAuth(session);
    let seen: Request | undefined;
    server.use(
      http.get(apiUrl('/api/v1/things'), ({ request }) => {
        seen = request;
        return HttpResponse.json({ ok: true });
      }),
    );

    await expect(api.get('/api/v1/things', { params: { page: 2, q: undefined } })).resolves.toEqual({ ok: true });

    expect(session.getAccessToken).toHaveBeenCalledOnce();
    expect(seen?.headers.get('Authorization')).toBe(`Bearer ${TEST_TOKEN}`);
    expect(seen?.headers.get('Accept-Language')).toBe('zh-CN');
    expect(new URL(seen!.url).search).toBe('?page=2');
  });

  it('turns a problem+json 400 with field errors into a readable ApiError', async () => {
    bindTestAuth(createTestSession());
    server.use(
      http.post(apiUrl('/api/v1/departments'), () =>
        HttpResponse.json(
          {
            type: '/problems/validation',
            title: '请求参数无效',
            status: 400,
            detail: '有 2 个字段未通过校验',
            errors: [
              { field: 'code', message: '只能包含小写字母、数字和连字符' },
              { field: 'name', message: '不能为空' },
            ],
          },
          { status: 400, headers: PROBLEM },
        ),
      ),
    );

    const error = await failure(api.post('/api/v1/departments', { code: 'Bad Code', name: '' }));

    expect(error.status).toBe(400);
    expect(error.title).toBe('请求参数无效');
    expect(error.type).toBe('/problems/validation');
    expect(error.fieldErrors).toEqual([
      { field: 'code', message: '只能包含小写字母、数字和连字符' },
      { field: 'name', message: '不能为空' },
    ]);
    expect(error.message).toBe(
      '请求参数无效: 有 2 个字段未通过校验 — code: 只能包含小写字母、数字和连字符; name: 不能为空',
    );
  });

  it('sends the user to the login page on 401', async () => {
    const session = createTestSession();
    bindTestAuth(session);
    server.use(http.get(apiUrl('/api/v1/me'), () => new HttpResponse(null, { status: 401 })));

    const error = await failure(api.get('/api/v1/me'));

    expect(error.status).toBe(401);
    expect(session.login).toHaveBeenCalledOnce();
  });

  it('does not start a login for other errors', async () => {
    const session = createTestSession();
    bindTestAuth(session);
    server.use(http.get(apiUrl('/api/v1/me'), () => new HttpResponse('oops', { status: 500 })));

    const error = await failure(api.get('/api/v1/me'));

    expect(error.status).toBe(500);
    expect(error.message).toBe('HTTP 500');
    expect(session.login).not.toHaveBeenCalled();
  });

  it('reports an unreachable server as status 0', async () => {
    bindTestAuth(createTestSession());
    server.use(http.get(apiUrl('/api/v1/me'), () => HttpResponse.error()));

    const error = await failure(api.get('/api/v1/me'));

    expect(error.status).toBe(0);
  });

  it('retries network and server errors but never a 4xx', () => {
    expect(shouldRetry(0, new ApiError(400))).toBe(false);
    expect(shouldRetry(0, new ApiError(404))).toBe(false);
    expect(shouldRetry(0, new ApiError(503))).toBe(true);
    expect(shouldRetry(0, new ApiError(0))).toBe(true);
    expect(shouldRetry(2, new ApiError(503))).toBe(false);
  });
});
