import type { ThemeConfig } from 'antd';

/**
 * The app's antd theme: antd's defaults with the colours that fall short of WCAG 2.1 AA contrast
 * (4.5:1 for text) made darker, here once instead of page by page (axe-core checks it in
 * e2e/accessibility.spec.ts). Ratios on white and on the page background (#f5f5f5):
 *
 * - primary #0958d9 (antd blue-7): white on buttons and the selected menu entry 5.9:1, links 5.9:1
 *   (antd's #1677ff: 4.1:1);
 * - secondary/tertiary text and descriptions rgba(0,0,0,0.6) = #666: 5.7:1 / 5.3:1 (antd's 0.45: 3.4:1);
 * - placeholders and the quaternary text (empty tables, hints) rgba(0,0,0,0.56) = #707070: 4.9:1
 *   (antd's 0.25: 1.8:1);
 * - error #cf1322 (red-7) 5.9:1, success #237804 (green-8) 5.7:1, for text in those colours and
 *   white on the badge (antd's #ff4d4f 3.3:1, #52c41a 2.2:1).
 *
 * - tags in the light preset and status colours (gold, cyan, green, success…) are text in the colour's
 *   7th shade on its 1st (gold 2.8:1): overriding the palette tokens does not reach antd's Tag, so
 *   src/index.css sets the 9th shade for every tag of the app, once;
 * - a table's empty text: antd uses the disabled grey (1.8:1), the placeholder grey here.
 *
 * Disabled controls elsewhere keep antd's lighter grey: WCAG exempts inactive components.
 */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    colorSuccess: '#237804',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.56)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    // derived from the quaternary colour by default: kept light, disabled is not text to read
    colorTextDisabled: 'rgba(0, 0, 0, 0.25)',
  },
  components: {
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.56)' },
  },
};
