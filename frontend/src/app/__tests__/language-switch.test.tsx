import { describe, expect, it } from 'vitest';

import { LANGUAGE_STORAGE_KEY, readStoredLanguage } from '@/lib/i18n/i18n';
import { renderApp, screen, within } from '@/testing/test-utils';

describe('language switch', () => {
  it('starts in Chinese', async () => {
    renderApp('/');

    expect(within(await screen.findByTestId('side-menu')).getByText('工作台')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches the whole UI to English and remembers the choice', async () => {
    const { user, unmount } = renderApp('/');
    await screen.findByTestId('departments-table');

    await user.click(within(screen.getByTestId('language-switch')).getByText('English'));

    const menu = screen.getByTestId('side-menu');
    expect(within(menu).getByText('Dashboard')).toBeInTheDocument();
    expect(within(menu).queryByText('工作台')).not.toBeInTheDocument();
    // Department names come from the API in both languages: nameEn in English.
    expect(screen.getByText('District Federation of Trade Unions', { selector: 'td' })).toBeInTheDocument();
    expect(screen.getByTestId('user-department')).toHaveTextContent('District Federation of Trade Unions');
    expect(screen.getByText('Lead unit')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    unmount();
    expect(readStoredLanguage()).toBe('en');
  });

  it('falls back to Chinese when the stored choice is not a language we ship', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');

    expect(readStoredLanguage()).toBe('zh-CN');
  });
});
