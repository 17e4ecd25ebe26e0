import { http, HttpResponse } from 'msw';

import { departmentPage, industries, testUsers, workforceSeries, workforceStatistics, type TestUser } from './data';
import { dictionaries } from './dictionaries';

/** Base URL of the API in tests; setup-tests.ts puts it into the runtime config. */
export const TEST_API_URL = 'http://api.test';

export const apiUrl = (path: string) => `${TEST_API_URL}${path}`;

export const meHandler = (user: TestUser) => http.get(apiUrl('/api/v1/me'), () => HttpResponse.json(user.me));

/** Default answers of the API: a healthy backend with the seed departments. */
export const handlers = [
  meHandler(testUsers.federationLead),
  http.get(apiUrl('/api/v1/departments'), () => HttpResponse.json(departmentPage)),
  http.get(apiUrl('/api/v1/statistics/workforce'), () => HttpResponse.json(workforceStatistics)),
  http.get(apiUrl('/api/v1/statistics/workforce/series'), () => HttpResponse.json(workforceSeries)),
  http.get(apiUrl('/api/v1/industries'), () => HttpResponse.json(industries)),
  http.get(apiUrl('/api/v1/dictionaries'), () => HttpResponse.json(dictionaries)),
  http.get(apiUrl('/api/v1/audit-events'), () => HttpResponse.json({ items: [], total: 0, page: 0, size: 20 })),
  // the notification bell is in the header of every staff page
  http.get(apiUrl('/api/v1/notifications'), () => HttpResponse.json({ items: [], total: 0, page: 0, size: 20, unreadCount: 0 })),
];
