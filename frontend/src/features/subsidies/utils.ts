import type { FormInstance } from 'antd';

import { ApiError } from '@/lib/api-client';

import type { Application, Programme, WorkerSummary } from './types';

/** Yuan with thousands separators and two decimals (¥1,234.00). */
export const formatYuan = (value: number | undefined | null) =>
  value === undefined || value === null
    ? '—'
    : `¥${value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/**
 * What the programme's rule gives one trainee, as the server computes it (AmountRule): the amount
 * for the worker's skill level or the base amount, plus the migrant uplift for agricultural hukou.
 * Only a preview: the application's amount is always the server's.
 */
export function traineeAmount(programme: Programme | undefined, worker: WorkerSummary): number | undefined {
  if (!programme) return undefined;
  const base = (worker.skillLevel && programme.levelAmounts?.[worker.skillLevel]) ?? programme.amountPerTrainee ?? 0;
  const uplift = worker.agriculturalHukou && programme.migrantUpliftPercent ? programme.migrantUpliftPercent : 0;
  return Math.round(base * (100 + uplift)) / 100;
}

/**
 * Puts the server's field errors onto the form fields they name; `trainees[3]` goes to the row of
 * the fourth trainee (returned in `trainees`). Returns the rest for a summary.
 */
export function applyServerFieldErrors<T>(form: FormInstance<T>, error: unknown, fieldNames: readonly string[]) {
  const trainees = new Map<number, string>();
  if (!(error instanceof ApiError)) return { unmatched: [], trainees };
  const known = new Set(fieldNames);
  const byField = new Map<string, string[]>();
  const unmatched: { field?: string; message?: string }[] = [];
  for (const e of error.fieldErrors) {
    const name = e.field?.split('.').at(-1) ?? '';
    const trainee = /^trainees\[(\d+)]$/.exec(name);
    if (trainee) {
      trainees.set(Number(trainee[1]), e.message ?? '');
      byField.set('trainees', [...(byField.get('trainees') ?? []), e.message ?? '']);
    } else if (known.has(name)) {
      byField.set(name, [...(byField.get(name) ?? []), e.message ?? '']);
    } else {
      unmatched.push(e);
    }
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
  return { unmatched, trainees };
}

/** A CSV the spreadsheet programs open (BOM for Excel), one line per application. */
export function applicationsCsv(rows: Application[], headers: string[], stateLabel: (a: Application) => string): string {
  const cell = (value: unknown) => {
    const text = value === undefined || value === null ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = rows.map((a) =>
    [
      a.id,
      a.enterprise?.name,
      a.programme?.name,
      a.programme?.year,
      a.trainingStart,
      a.trainingEnd,
      a.trainees?.length ?? 0,
      a.amount,
      stateLabel(a),
      a.createdBy,
      a.reviewedBy,
      a.voucherNo,
      a.disbursedAmount,
    ]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[headers.map(cell).join(','), ...lines].join('\r\n')}\r\n`;
}

/** Hands a text file to the browser as a download. */
export function saveText(fileName: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
