import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { ApiError } from '@/lib/api-client';

describe('ApiErrorAlert', () => {
  it('lists the invalid fields of a validation problem', () => {
    const error = new ApiError(400, {
      title: '请求参数无效',
      detail: '有 1 个字段未通过校验',
      errors: [{ field: 'sortOrder', message: '必须大于或等于 0' }],
    });

    render(<ApiErrorAlert error={error} />);

    const alert = screen.getByTestId('api-error');
    expect(alert).toHaveTextContent('请求参数无效');
    expect(alert).toHaveTextContent('有 1 个字段未通过校验');
    expect(alert).toHaveTextContent('请检查以下内容：');
    expect(screen.getByRole('listitem')).toHaveTextContent('sortOrder：必须大于或等于 0');
  });

  it('explains an error without a problem body in the UI language', () => {
    render(<ApiErrorAlert error={new ApiError(0)} />);

    expect(screen.getByTestId('api-error')).toHaveTextContent('无法连接服务器，请检查网络后重试。');
  });

  it('shows the request id of a server problem so that support can find its log line', () => {
    const error = new ApiError(503, {
      title: '服务暂不可用',
      detail: '数据库暂时无法连接，请稍后重试。',
      requestId: 'a1b2c3d4',
    });

    render(<ApiErrorAlert error={error} />);

    expect(screen.getByTestId('api-error-request-id')).toHaveTextContent('请求编号：a1b2c3d4');
  });

  it('asks the person to slow down on 429 without a problem body', () => {
    render(<ApiErrorAlert error={new ApiError(429)} />);

    expect(screen.getByTestId('api-error')).toHaveTextContent('操作过于频繁，请稍后再试。');
  });
});
