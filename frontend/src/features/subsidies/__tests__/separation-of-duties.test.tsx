import { describe, expect, it } from 'vitest';

import { server } from '@/testing/mocks/server';
import { renderApp, screen, within } from '@/testing/test-utils';

import { allowedActions } from '../components/application-detail';
import type { Application, ApplicationState } from '../types';

import { application, approver, reviewer, subsidyHandlers } from './fixtures';

const both = { staff: true, reviewer: true, approver: true };
type Row = [ApplicationState, string, Partial<Application['duties']>, string[]];
const table: Row[] = [
  // state, user, who had a hand in it, the actions offered to someone holding every role
  ['SUBMITTED', 'checker', {}, ['review', 'return', 'reject']],
  ['SUBMITTED', 'clerk', { enteredBy: ['clerk'] }, []],
  ['SUBMITTED', 'sender', { submittedBy: ['sender'] }, []],
  ['SUBMITTED', 'checker', { reviewedBy: ['checker'] }, ['review', 'return']],
  ['REVIEWED', 'other', { reviewedBy: ['checker'] }, ['approve', 'reject', 'return']],
  ['REVIEWED', 'checker', { reviewedBy: ['checker'] }, ['return']],
  ['REVIEWED', 'clerk', { enteredBy: ['clerk'], reviewedBy: ['checker'] }, []],
  ['REVIEWED', 'sender', { submittedBy: ['sender'], reviewedBy: ['checker'] }, []],
  ['APPROVED', 'other', { reviewedBy: ['checker'] }, ['disburse']],
  ['APPROVED', 'checker', { reviewedBy: ['checker'] }, []],
  ['APPROVED', 'sender', { submittedBy: ['sender'] }, []],
  ['DRAFT', 'clerk', { enteredBy: ['clerk'] }, ['submit']],
];

describe('separation of duties (职责分离) in the application actions', () => {
  it.each(table)('%s for %s with %j: %j', (state, user, duties, expected) => {
    const a = application({ state, createdBy: 'someone', reviewedBy: undefined, duties: { enteredBy: [], submittedBy: [], reviewedBy: [], ...duties } });
    expect(allowedActions(a, both, user).actions).toEqual(expected);
  });

  it('hides review and return from the reviewer who entered the application, and says why', async () => {
    server.use(...subsidyHandlers(application({ state: 'SUBMITTED', createdBy: 'hrss-reviewer', reviewedBy: undefined,
      duties: { enteredBy: ['hrss-reviewer'], submittedBy: ['hrss-staff'], reviewedBy: [] } })));
    renderApp('/subsidies/applications/9', { user: reviewer });
    const actions = await screen.findByTestId('application-actions');
    expect(within(actions).queryByTestId('action-review')).not.toBeInTheDocument();
    expect(within(actions).queryByTestId('action-return')).not.toBeInTheDocument();
    expect(within(actions).getByTestId('own-application')).toHaveTextContent('您录入或提交了此申请');
  }, 30_000);

  it('hides approve, reject and disburse from the approver who submitted the application', async () => {
    const duties = { enteredBy: ['hrss-approver'], submittedBy: ['hrss-approver'], reviewedBy: ['hrss-reviewer'] };
    server.use(...subsidyHandlers(application({ state: 'REVIEWED', createdBy: 'hrss-approver', duties })));
    const first = renderApp('/subsidies/applications/9', { user: approver });
    const actions = await screen.findByTestId('application-actions');
    expect(within(actions).queryByTestId('action-approve')).not.toBeInTheDocument();
    expect(within(actions).queryByTestId('action-reject')).not.toBeInTheDocument();
    expect(within(actions).getByTestId('own-application')).toBeInTheDocument();
    first.unmount();

    server.use(...subsidyHandlers(application({ state: 'APPROVED', createdBy: 'hrss-approver', duties })));
    renderApp('/subsidies/applications/9', { user: approver });
    const approved = await screen.findByTestId('application-actions');
    expect(within(approved).queryByTestId('action-disburse')).not.toBeInTheDocument();
  }, 30_000);

  it('still offers the approver the decision on an application entered and reviewed by others', async () => {
    server.use(...subsidyHandlers(application({ state: 'REVIEWED' })));
    renderApp('/subsidies/applications/9', { user: approver });
    const actions = await screen.findByTestId('application-actions');
    expect(within(actions).getByTestId('action-approve')).toBeInTheDocument();
    expect(within(actions).queryByTestId('own-application')).not.toBeInTheDocument();
  }, 30_000);
});
