import { frameworkArea, frameworkById, gradeLabel, judge } from '../../../shared/domain';
import { fileArgument, type Command } from '../command';
import { openWorkbook } from '../store';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `workbook judge`: the combined judgement, its warnings and gaps. */
export const judgeCommand: Command = {
  name: 'judge',
  summary: 'show the combined judgement: grades, each source’s contribution, warnings and gaps',
  usage: 'judge <file> [--json]',
  details: ['Warnings (limiting rules) and gaps are findings, not failures: the exit code is 0.'],
  options: {},
  positionals: ['file'],
  async run(parsed) {
    const { workbook } = await openWorkbook(fileArgument(parsed));
    const result = judge(workbook);
    const framework = frameworkById(result.framework);
    const lines = [
      `${workbook.inspection.council.name} (${workbook.inspection.council.laCode}), ${workbook.inspection.kind}, ${framework.id}`,
      '',
    ];
    for (const judged of result.judgements) {
      const label = frameworkArea(framework, judged.area)?.label ?? judged.area;
      lines.push(`${label}: ${judged.grade === null ? 'not graded' : gradeLabel(judged.grade)}`);
      for (const c of judged.contributions) {
        lines.push(
          `  ${c.name}: ${plural(c.strengths, 'strength')}, ${plural(c.improvements, 'area')} to improve, ${plural(c.concerns, 'serious concern')}`,
        );
      }
    }
    lines.push('', result.warnings.length === 0 ? 'No limiting-rule warnings.' : 'Warnings:');
    for (const w of result.warnings) {
      lines.push(
        `  ${w.rule}: ${w.message}${w.accepted === null ? '' : ` (accepted by ${w.accepted.by}: ${w.accepted.rationale})`}`,
      );
    }
    lines.push(result.gaps.length === 0 ? 'No gaps.' : 'Gaps:');
    for (const g of result.gaps) lines.push(`  ${g.area}: ${g.reason}`);
    for (const f of result.providerFlags) lines.push(`Provider flag: ${f.message}`);
    for (const n of result.notes) lines.push(`Note: ${n.message}`);
    return { json: result, text: lines.join('\n') };
  },
};
