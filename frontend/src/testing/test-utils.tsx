/**
 * Renders whole routes the way the app does — providers, shell, route guard — with a signed-in
 * test user instead of Keycloak and MSW instead of the API.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { onTestFinished, vi } from 'vitest';

import { AppProvider } from '@/app/provider';
import { buildRouteObjects } from '@/app/router';
import { bindApiAuth } from '@/lib/api-client';
import { AuthProvider } from '@/lib/auth/auth-context';
import type { AuthSession } from '@/lib/auth/auth-session';

import { testUsers, type TestUser } from './mocks/data';
import { meHandler } from './mocks/handlers';
import { server } from './mocks/server';

export const TEST_TOKEN = 'test-access-token';

export function createTestSession(user: TestUser = testUsers.federationLead) {
  return {
    user: user.auth,
    getAccessToken: vi.fn(async () => TEST_TOKEN),
    login: vi.fn(),
    logout: vi.fn(),
  } satisfies AuthSession;
}

/** Binds the API client to a test session for the current test. */
export function bindTestAuth(session: AuthSession) {
  const unbind = bindApiAuth({ getAccessToken: () => session.getAccessToken(), onUnauthorized: () => session.login() });
  onTestFinished(unbind);
}

export function renderApp(url = '/', { user = testUsers.federationLead }: { user?: TestUser } = {}) {
  const session = createTestSession(user);
  bindTestAuth(session);
  server.use(meHandler(user));
  const router = createMemoryRouter(buildRouteObjects(), { initialEntries: [url] });
  const events = userEvent.setup();
  const result = render(
    <AppProvider>
      <AuthProvider session={session}>
        <RouterProvider router={router} />
      </AuthProvider>
    </AppProvider>,
  );
  return { ...result, router, session, user: events };
}

export { testUsers };
export * from '@testing-library/react';
