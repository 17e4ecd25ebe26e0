import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';

import { formatDate, formatDateTime, toApiDate } from '../format/dates';
import { formatCount, formatDecimal, formatMoney, numberLocale } from '../format/numbers';

describe('dates: one date format and one date-time format', () => {
  it('shows a date without a time, whatever the API sent', () => {
    expect(formatDate('2020-08-26')).toBe('2020-08-26');
    expect(formatDate(dayjs('2020-09-15'))).toBe('2020-09-15');
  });

  it('shows a moment to the minute in the local time zone', () => {
    expect(formatDateTime(new Date(2020, 7, 26, 14, 5, 33))).toBe('2020-08-26 14:05');
  });

  it('shows a dash for nothing and for garbage', () => {
    expect(formatDate(undefined)).toBe('—');
    expect(formatDate('')).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });

  it('sends picker values to the API as ISO dates', () => {
    expect(toApiDate(dayjs('2020-01-02'))).toBe('2020-01-02');
    expect(toApiDate(null)).toBeUndefined();
  });
});

describe('numbers: money always with two decimals', () => {
  it('pads and rounds yuan to two decimals', () => {
    expect(formatMoney(2603.5)).toBe('2,603.50');
    expect(formatMoney(3914)).toBe('3,914.00');
    expect(formatMoney(3248.186)).toBe('3,248.19');
    expect(formatMoney(1200, { currency: true })).toBe('¥1,200.00');
  });

  it('groups counts and shows scores with two decimals', () => {
    expect(formatCount(12345)).toBe('12,345');
    expect(formatDecimal(87.5, 'en-US')).toBe('87.50');
  });

  it('shows a dash for a missing value', () => {
    expect(formatMoney(null)).toBe('—');
    expect(formatCount(undefined)).toBe('—');
  });

  it('picks the grouping from the language', () => {
    expect(numberLocale('en')).toBe('en-US');
    expect(numberLocale('zh')).toBe('zh-CN');
  });
});
