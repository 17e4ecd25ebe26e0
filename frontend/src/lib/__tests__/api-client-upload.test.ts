import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { api, ApiError } from '@/lib/api-client';
import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { bindTestAuth, createTestSession, TEST_TOKEN } from '@/testing/test-utils';

describe('api.upload', () => {
  it('posts the file as multipart field `file` under the given name, with token and language, and reports progress', async () => {
    const session = createTestSession();
    bindTestAuth(session);
    let seen: { auth: string | null; language: string | null; name?: string; size?: number; query: string } | undefined;
    server.use(
      http.post(apiUrl('/api/v1/things/7/attachments'), async ({ request }) => {
        const form = await request.formData();
        const file = form.get('file') as File;
        seen = {
          auth: request.headers.get('Authorization'),
          language: request.headers.get('Accept-Language'),
          name: file.name,
          size: file.size,
          query: new URL(request.url).search,
        };
        return HttpResponse.json({ id: 3 }, { status: 201 });
      }),
    );
    const onProgress = vi.fn();
    // jsdom's XMLHttpRequest drops multipart file names on the way to MSW; the browser keeps them
    const append = vi.spyOn(FormData.prototype, 'append');

    const result = await api.upload<{ id: number }>('/api/v1/things/7/attachments', new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46])]), {
      fileName: '证明材料.pdf',
      onProgress,
      params: { note: 'x' },
    });

    expect(result).toEqual({ id: 3 });
    expect(append).toHaveBeenCalledWith('file', expect.any(Blob), '证明材料.pdf');
    expect(seen).toMatchObject({ auth: `Bearer ${TEST_TOKEN}`, language: 'zh-CN', query: '?note=x' });
    append.mockRestore();
    expect(onProgress).toHaveBeenLastCalledWith(100);
  });

  it('turns a problem+json refusal into an ApiError, and a 401 into a new login', async () => {
    const session = createTestSession();
    bindTestAuth(session);
    server.use(
      http.post(apiUrl('/api/v1/upload-415'), () =>
        HttpResponse.json(
          { type: '/problems/unsupported-media-type', title: '不支持的文件类型', status: 415, detail: '只接受 PNG、JPEG、PDF、DOCX、DOC' },
          { status: 415, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
      http.post(apiUrl('/api/v1/upload-401'), () => new HttpResponse(null, { status: 401 })),
    );

    const refused = await api.upload('/api/v1/upload-415', new Blob(['hello']), { fileName: 'a.txt' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(415);
    expect((refused as ApiError).message).toBe('不支持的文件类型: 只接受 PNG、JPEG、PDF、DOCX、DOC');
    expect(session.login).not.toHaveBeenCalled();

    const expired = await api.upload('/api/v1/upload-401', new Blob(['x'])).catch((e: unknown) => e);
    expect((expired as ApiError).status).toBe(401);
    expect(session.login).toHaveBeenCalledOnce();
  });
});
