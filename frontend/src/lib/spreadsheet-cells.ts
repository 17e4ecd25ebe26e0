/**
 * The SPA's side of the server's common/export/SpreadsheetCells: text that a spreadsheet program
 * would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading single
 * quote (OWASP "CSV Injection"). Every CSV the SPA writes itself goes through {@link csvCell}.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV cell: numbers as they are, text neutralised and quoted when it holds a comma, quote or line break. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutralise(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
