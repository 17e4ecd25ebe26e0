import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

import { i18n } from '@/lib/i18n/i18n';

import { TEST_API_URL } from './mocks/handlers';
import { server } from './mocks/server';

// Pages are lazy chunks (every route, the dashboard too) that vitest transforms on first use: on a
// busy 2-core machine the first findBy of a page takes longer than Testing Library's default 1 s.
configure({ asyncUtilTimeout: 5_000 });

window.__APP_CONFIG__ = {
  apiUrl: TEST_API_URL,
  keycloakUrl: 'http://keycloak.test',
  realm: 'xianan',
  clientId: 'spa',
};

// jsdom lacks matchMedia, which antd's responsive layout (Grid, Descriptions) asks for.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

// jsdom lacks ResizeObserver too; antd's Segmented and popups observe their size.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver ??= ResizeObserverStub;

// jsdom does not implement getComputedStyle for pseudo-elements and logs an error each time antd asks.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('zh-CN');
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
