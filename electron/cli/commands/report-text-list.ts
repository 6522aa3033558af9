import { formatImprovementTag, reportSections } from '../../../shared/domain';
import { fileArgument, type Command } from '../command';
import { openWorkbook } from '../store';

/** `workbook finding list`: the findings with the paragraph numbers the report prints. */
export const findingListCommand: Command = {
  name: 'finding list',
  summary: 'list the findings, numbered as the report numbers them',
  usage: 'finding list <file> [--json]',
  details: [
    'Findings are listed in report order; number runs on across sections as in the report.',
    'JSON: { findings: [{ id, area, number, order, text, evidenceIds, actionTaken }] } (actionTaken null when none).',
  ],
  options: {},
  positionals: ['file'],
  async run(parsed) {
    const { workbook } = await openWorkbook(fileArgument(parsed));
    const orders = new Map(workbook.findings.map((f) => [f.id, f.order]));
    const findings = reportSections(workbook).flatMap((section) =>
      section.paragraphs.map((p) => ({
        id: p.findingId,
        area: section.area,
        number: p.number,
        order: orders.get(p.findingId) ?? 0,
        text: p.text,
        evidenceIds: p.evidenceIds,
        actionTaken: p.actionTaken,
      })),
    );
    const text =
      findings.length === 0
        ? 'No findings yet.'
        : findings
            .map(
              (f) =>
                `${f.number}. ${f.id}  ${f.area}${f.evidenceIds.length === 0 ? '' : `  evidence: ${f.evidenceIds.join(', ')}`}\n    ${f.text}${f.actionTaken === null ? '' : `\n    Action taken: ${f.actionTaken}`}`,
            )
            .join('\n');
    return { json: { findings }, text };
  },
};

/** `workbook improve list`: the "What needs to improve?" items. */
export const improveListCommand: Command = {
  name: 'improve list',
  summary: 'list the “What needs to improve?” items with their tags',
  usage: 'improve list <file> [--json]',
  details: [
    'JSON: { improvements: [{ id, text, tag }] }, tag { kind: outcome|enabler, number } or null.',
  ],
  options: {},
  positionals: ['file'],
  async run(parsed) {
    const { workbook } = await openWorkbook(fileArgument(parsed));
    const improvements = workbook.improvements.map((item) => ({
      id: item.id,
      text: item.text,
      tag: item.tag ?? null,
    }));
    const text =
      improvements.length === 0
        ? 'No improvements yet.'
        : improvements
            .map(
              (i) => `${i.id}  ${i.text}${i.tag === null ? '' : ` ${formatImprovementTag(i.tag)}`}`,
            )
            .join('\n');
    return { json: { improvements }, text };
  },
};

/** `workbook priority list`: the areas for priority action. */
export const priorityListCommand: Command = {
  name: 'priority list',
  summary: 'list the areas for priority action',
  usage: 'priority list <file> [--json]',
  details: ['JSON: { priorityActions: [{ id, text }] }.'],
  options: {},
  positionals: ['file'],
  async run(parsed) {
    const { workbook } = await openWorkbook(fileArgument(parsed));
    const priorityActions = workbook.priorityActions.map((p) => ({ id: p.id, text: p.text }));
    const text =
      priorityActions.length === 0
        ? 'No areas for priority action yet.'
        : priorityActions.map((p) => `${p.id}  ${p.text}`).join('\n');
    return { json: { priorityActions }, text };
  },
};
