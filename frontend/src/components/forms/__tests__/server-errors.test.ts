import type { FormInstance } from 'antd';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/api-client';

import { applyServerFieldErrors, fieldPath } from '../server-errors';

const problem = (errors: { field: string; message: string }[]) =>
  new ApiError(400, { type: '/problems/validation', title: '请求无效', status: 400, errors });

const fakeForm = () => {
  const setFields = vi.fn();
  return { form: { setFields } as unknown as FormInstance<unknown>, setFields };
};

describe('server field errors onto form fields', () => {
  it('reads a path from the first segment the form knows', () => {
    const known = new Set(['milestones', 'title']);
    expect(fieldPath('update.request.milestones[2].title', known)).toEqual(['milestones', 2, 'title']);
    expect(fieldPath('create.request.title', known)).toEqual(['title']);
    expect(fieldPath('create.request.other', known)).toBeUndefined();
    expect(fieldPath(undefined, known)).toBeUndefined();
  });

  it('puts errors on top-level fields by default and returns the ones no field takes', () => {
    const { form, setFields } = fakeForm();
    const unmatched = applyServerFieldErrors(form, problem([
      { field: 'create.request.trainees[3]', message: '不是本企业职工' },
      { field: 'create.request.trainees[4]', message: '已领取过' },
      { field: 'create.request.version', message: '必须提供版本号' },
    ]), ['trainees']);
    expect(setFields).toHaveBeenCalledWith([{ name: ['trainees'], errors: ['不是本企业职工', '已领取过'] }]);
    expect(unmatched).toEqual([{ field: 'create.request.version', message: '必须提供版本号' }]);
  });

  it('with nested, puts a row error on the row field, and an item without a field of its own on its list', () => {
    const { form, setFields } = fakeForm();
    const unmatched = applyServerFieldErrors(form, problem([
      { field: 'update.request.milestones[1].title', message: '不能为空' },
      { field: 'update.request.cooperatingDepartments[1]', message: '部门不存在' },
    ]), ['milestones', 'cooperatingDepartments'], { nested: true });
    expect(setFields).toHaveBeenCalledWith([
      { name: ['milestones', 1, 'title'], errors: ['不能为空'] },
      { name: ['cooperatingDepartments'], errors: ['部门不存在'] },
    ]);
    expect(unmatched).toEqual([]);
  });

  it('leaves the form alone for an error that is not the API\'s', () => {
    const { form, setFields } = fakeForm();
    expect(applyServerFieldErrors(form, new Error('network'), ['title'])).toEqual([]);
    expect(setFields).not.toHaveBeenCalled();
  });
});
