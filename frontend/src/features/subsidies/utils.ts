import { fieldPath } from '@/components/forms/server-errors';
import { ApiError } from '@/lib/api-client';
import { formatMoney } from '@/lib/format/numbers';
import { saveFile } from '@/lib/save-file';
import { csvCell } from '@/lib/spreadsheet-cells';

import type { Application, Programme, WorkerSummary } from './types';

/** Yuan with thousands separators and two decimals (¥1,234.00), through the app's money format. */
export const formatYuan = (value: number | undefined | null) => formatMoney(value, { currency: true });

/**
 * A programme's or fund's name with its year, the year written once: "2020年以工代训" stays as it
 * is, a name without its year gets it in front ("2020 以工代训").
 */
export function withYear(item: { year?: number | null; name?: string | null } | undefined): string {
  const name = item?.name ?? '';
  const year = item?.year == null ? '' : String(item.year);
  if (!year || name.includes(year)) return name || year;
  return name ? `${year} ${name}` : year;
}

/**
 * What the programme's rule gives one trainee, as the server computes it (AmountRule): the amount
 * for the worker's skill level or the base amount, plus the migrant uplift for agricultural hukou.
 * Only a preview: the application's amount is always the server's.
 */
export function traineeAmount(programme: Programme | undefined, worker: WorkerSummary): number | undefined {
  if (!programme) return undefined;
  const base = (worker.skillLevel && programme.levelAmounts?.[worker.skillLevel]) ?? programme.amountPerTrainee ?? 0;
  const uplift = worker.migrant && programme.migrantUpliftPercent ? programme.migrantUpliftPercent : 0;
  return Math.round(base * (100 + uplift)) / 100;
}

/** The server's errors on single trainees (`trainees[3]`), by row, for the trainee table. */
export function traineeRowErrors(error: unknown): Map<number, string> {
  const rows = new Map<number, string>();
  if (!(error instanceof ApiError)) return rows;
  for (const e of error.fieldErrors) {
    const path = fieldPath(e.field, TRAINEES);
    if (path?.length === 2 && typeof path[1] === 'number') rows.set(path[1], e.message ?? '');
  }
  return rows;
}
const TRAINEES = new Set(['trainees']);

/** A CSV the spreadsheet programs open (BOM for Excel), one line per application; cells neutralised against formula injection. */
export function applicationsCsv(rows: Application[], headers: string[], stateLabel: (a: Application) => string): string {
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
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[headers.map(csvCell).join(','), ...lines].join('\r\n')}\r\n`;
}

/** Hands a text file to the browser as a download. */
export function saveText(fileName: string, text: string, type = 'text/csv;charset=utf-8') {
  saveFile(fileName, new Blob([text], { type }));
}
