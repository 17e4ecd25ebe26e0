/**
 * The app's one date format and one date-time format, in both languages: `2020-08-26` and
 * `2020-08-26 14:05`. ISO order reads the same to a Chinese and an English reader and sorts as
 * text; a date alone never shows a time of 00:00:00. Values from the API (ISO dates, instants) and
 * dayjs values from date pickers both go through here.
 */
import dayjs, { type Dayjs } from 'dayjs';

export const DATE_FORMAT = 'YYYY-MM-DD';
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';

type DateInput = string | number | Date | Dayjs | null | undefined;

const parse = (value: DateInput) => {
  if (value === null || value === undefined || value === '') return undefined;
  const day = dayjs(value);
  return day.isValid() ? day : undefined;
};

/** A calendar date, `2020-08-26`; `—` when there is none. */
export function formatDate(value: DateInput): string {
  return parse(value)?.format(DATE_FORMAT) ?? '—';
}

/** A moment in the user's time zone, `2020-08-26 14:05`; `—` when there is none. */
export function formatDateTime(value: DateInput): string {
  return parse(value)?.format(DATE_TIME_FORMAT) ?? '—';
}

/** A date picker's value as the API expects it (`2020-08-26`). */
export function toApiDate(value: Dayjs): string;
export function toApiDate(value: Dayjs | null | undefined): string | undefined;
export function toApiDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format(DATE_FORMAT) : undefined;
}
