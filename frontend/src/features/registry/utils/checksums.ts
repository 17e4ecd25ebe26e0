/**
 * The registry's two national check-character rules, checked in the browser so that a typo is
 * reported at the field before the form is sent. The API applies the same rules and stays the
 * authority; messages here are i18n keys.
 */
import type { TranslationKey } from '@/lib/i18n/i18n';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** Check character (ISO 7064 MOD 11-2) of a resident ID number's first 17 digits (GB 11643-1999). */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  }
  return ID_CHECK[sum % 11]!;
}

/** The birth date in digits 7–14 as YYYY-MM-DD, if it is a real date from 1900 up to today. */
export function birthDateOf(idNumber: string): string | undefined {
  const id = idNumber.trim();
  if (!/^\d{14}/.test(id)) return undefined;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1900 || date.getTime() > Date.now()) return undefined;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** Odd 17th digit: male. */
export function genderOf(idNumber: string): 'MALE' | 'FEMALE' | undefined {
  const digit = idNumber.trim()[16];
  if (digit === undefined || !/\d/.test(digit)) return undefined;
  return Number(digit) % 2 === 1 ? 'MALE' : 'FEMALE';
}

/** Why a resident ID number is not valid (an i18n key), or undefined when it is. */
export function idNumberProblem(raw: string | undefined): TranslationKey | undefined {
  const id = (raw ?? '').trim().toUpperCase();
  if (!id) return 'registry.validation.idNumberRequired';
  if (!/^\d{17}[\dX]$/.test(id)) return 'registry.validation.idNumberFormat';
  if (!birthDateOf(id)) return 'registry.validation.idNumberBirthDate';
  if (idNumberCheckCharacter(id) !== id[17]) return 'registry.validation.idNumberChecksum';
  return undefined;
}

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Check character of a unified social credit code's first 17 characters (GB 32100-2015). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += CREDIT_ALPHABET.indexOf(first17[i]!) * CREDIT_WEIGHTS[i]!;
  }
  const c = 31 - (sum % 31);
  return CREDIT_ALPHABET[c === 31 ? 0 : c]!;
}

/** Why a unified social credit code is not valid (an i18n key), or undefined when it is. */
export function creditCodeProblem(raw: string | undefined): TranslationKey | undefined {
  const code = (raw ?? '').trim().toUpperCase();
  if (!code) return 'registry.validation.creditCodeRequired';
  if (code.length !== 18) return 'registry.validation.creditCodeLength';
  if ([...code].some((ch) => !CREDIT_ALPHABET.includes(ch))) return 'registry.validation.creditCodeCharacters';
  if (creditCodeCheckCharacter(code) !== code[17]) return 'registry.validation.creditCodeChecksum';
  return undefined;
}
