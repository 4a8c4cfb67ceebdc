/**
 * Baseline CSV problems as sentences that name the row and column the way a spreadsheet shows
 * them ("第3行，“数值”列（C列）：…"), in either language.
 */
import { tIn, type Lang, type MessageKey } from '../../i18n';
import { formatInteger } from '../../i18n/format';
import type { CsvIssue } from '../../state/baseline-csv';

function detail(issue: CsvIssue, lang: Lang): string {
  const p = issue.params;
  if (issue.code === 'missing-column') {
    return tIn(
      lang,
      p.column === 'value'
        ? 'baseline.csv.issue.missing-column.value'
        : 'baseline.csv.issue.missing-column.id',
    );
  }
  const key = `baseline.csv.issue.${issue.code}` as MessageKey;
  // Limits are written as numbers are everywhere else (1,000,000), not as bare digits.
  const limit =
    typeof p.max === 'number' && Number.isInteger(p.max) ? formatInteger(p.max, lang) : p.max;
  return tIn(lang, key, limit === undefined ? p : { ...p, max: limit });
}

/** One problem as a sentence with its place. */
export function formatCsvIssue(issue: CsvIssue, lang: Lang): string {
  const message = detail(issue, lang);
  if (issue.row === null) return message;
  if (!issue.column || issue.column.letter === '')
    return tIn(lang, 'baseline.csv.whereRow', { row: issue.row, message });
  return tIn(lang, 'baseline.csv.where', {
    row: issue.row,
    column: issue.column.header,
    letter: issue.column.letter,
    message,
  });
}
