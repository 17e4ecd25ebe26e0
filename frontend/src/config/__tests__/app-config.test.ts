import { describe, expect, it } from 'vitest';

import { parseAppConfig } from '@/config/app-config';

describe('runtime config', () => {
  it('accepts a complete config and trims trailing slashes', () => {
    expect(
      parseAppConfig({ apiUrl: 'https://api.example.gov.cn/', keycloakUrl: 'https://sso.example.gov.cn', realm: 'xianan', clientId: 'spa' }),
    ).toEqual({
      ok: true,
      config: { apiUrl: 'https://api.example.gov.cn', keycloakUrl: 'https://sso.example.gov.cn', realm: 'xianan', clientId: 'spa' },
    });
  });

  it('explains a missing config.js', () => {
    const result = parseAppConfig(undefined);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/config\.js/);
  });

  it('names every missing or malformed key', () => {
    const result = parseAppConfig({ apiUrl: 'not a url', keycloakUrl: 'ftp://sso', realm: '' });

    expect(result).toEqual({
      ok: false,
      problems: [
        'apiUrl is not a URL: not a url',
        'keycloakUrl must be an http(s) URL: ftp://sso',
        'realm is missing',
        'clientId is missing',
      ],
    });
  });
});
