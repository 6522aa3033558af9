import type { ProblemReport, ProblemReportLine } from '../../shared/records/problem-report';

/** How many problems the readable output lists before pointing to the files. */
export const LISTED = 25;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function placeOf(line: ProblemReportLine): string {
  const table = line.table === null ? '' : `: ${line.table}`;
  const row = line.row === null ? '' : ` row ${line.row}`;
  return `${line.file}${table}${row}`;
}

function lineText(line: ProblemReportLine): string {
  const child = line.child === null ? '' : `  child ${line.child}`;
  const cell =
    line.column === null ? '' : `  ${line.column}${line.value === null ? '' : `="${line.value}"`}`;
  const code = line.dfeCode === null ? '' : ` (DfE ${line.dfeCode})`;
  return `  ${placeOf(line)}${child}${cell}\n    ${line.severity} ${line.rule}${code}: ${line.message}`;
}

/**
 * The readable form of the report: the collection year, the files, the
 * count per rule, and the first problems (the CSV or xlsx has them all).
 */
export function problemsText(
  report: ProblemReport,
  whose: string,
  ownerName: (owner: string) => string,
): string {
  const total = report.problems.length;
  const lines = [
    `Problems in the records of ${whose}: ${plural(total, 'problem')} in ${plural(report.files.length, 'file')}.`,
  ];
  const years = new Map<string, number>();
  for (const file of report.files) {
    if (file.year !== null) years.set(file.year, (years.get(file.year) ?? 0) + 1);
  }
  if (report.year !== null) lines.push(`Collection year ${report.year}.`);
  else if (years.size > 1) {
    const each = [...years]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([year, count]) => `${year} (${plural(count, 'file')})`);
    lines.push(`The SSDA903 files are of different collection years: ${each.join(', ')}.`);
  } else lines.push('No collection year: no SSDA903 return with dates.');
  const withProblems = report.files.filter((file) => file.problems > 0);
  if (report.files.length > 0) {
    lines.push('', 'Files with problems');
    for (const file of withProblems) {
      const year =
        (file.year === null ? '' : `, ${file.year}`) +
        (file.period === 'previous' ? ', previous year' : '');
      lines.push(
        `  ${file.file}  (${ownerName(file.owner)}, ${file.kind}${year})  ${plural(file.problems, 'problem')}`,
      );
    }
    const clean = report.files.length - withProblems.length;
    if (clean > 0) lines.push(`  and ${plural(clean, 'file')} without any`);
  }
  if (report.summary.length > 0) {
    lines.push('', 'By rule (count, rule, DfE code, message)');
    for (const rule of report.summary) {
      const code = rule.dfeCode === null ? '' : ` DfE ${rule.dfeCode}`;
      lines.push(
        `  ${String(rule.count).padStart(6)}  ${rule.rule}${code}: ${clip(rule.message, 100)}`,
      );
    }
  }
  if (total > 0) {
    const shown = report.problems.slice(0, LISTED);
    lines.push(
      '',
      total > LISTED
        ? `The first ${LISTED} of ${plural(total, 'problem')} (--csv or --xlsx saves them all)`
        : 'Problems',
      ...shown.map(lineText),
    );
  }
  return lines.join('\n');
}
