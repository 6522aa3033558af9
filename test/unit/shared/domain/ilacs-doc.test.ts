import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checklists,
  focusedVisitThemes,
  grades,
  ilacs2023,
  selfEvaluationQuestions,
  type AreaId,
  type ChecklistGroup,
} from '../../../../shared/domain';

/**
 * Checks the domain data against the copy of test/fixtures/docs/ilacs.md kept in
 * test/fixtures/docs (an unchanged copy of shared/docs/ilacs.md). The parser
 * here is deliberately independent of the domain code.
 */
const doc = readFileSync(new URL('../../../fixtures/docs/ilacs.md', import.meta.url), 'utf8');

function section(from: string, to: string): string[] {
  const start = doc.indexOf(from);
  const end = doc.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`section ${from} not found in the fixture`);
  return doc.slice(start, end).split('\n');
}

/** Drops markdown emphasis and one trailing `;`, `:` or `.`, as the data does. */
function clean(text: string): string {
  return text
    .replaceAll('**', '')
    .trim()
    .replace(/[;:.]$/, '');
}

type ParsedItem = { group: ChecklistGroup; text: string; points: string[] };

const headingAreas: readonly [string, AreaId][] = [
  ['#### Overall effectiveness', 'overall'],
  [
    '#### The experiences and progress of children who need help and protection',
    'help-and-protection',
  ],
  ['#### The experiences and progress of children in care', 'children-in-care'],
  ['#### The experiences and progress of care leavers', 'care-leavers'],
  ['#### The impact of leaders', 'leaders'],
];

function groupOf(leadIn: string): ChecklistGroup {
  if (/^(A good checklist covers|Checklist, with report frequencies)/.test(leadIn)) return 'good';
  if (leadIn.startsWith('**Inadequate looks like')) return 'inadequate';
  if (leadIn.startsWith('**Outstanding looks like')) return 'outstanding';
  if (leadIn.startsWith('Public summary of the new criteria')) return 'published-criteria';
  return 'note';
}

/** Parses §1.1a into checklist items per judgement heading. */
function parseChecklists(): Map<AreaId, ParsedItem[]> {
  const result = new Map<AreaId, ParsedItem[]>();
  let items: ParsedItem[] | undefined;
  let group: ChecklistGroup = 'note';
  for (const line of section('### 1.1a', '### 1.1b')) {
    if (line.startsWith('#### ')) {
      const area = headingAreas.find(([prefix]) => line.startsWith(prefix))?.[1];
      if (area === undefined) throw new Error(`unexpected heading: ${line}`);
      items = [];
      result.set(area, items);
      group = 'note';
    } else if (items === undefined || line.trim() === '') {
      continue;
    } else if (line.startsWith('- ')) {
      items.push({ group, text: clean(line.slice(2)), points: [] });
    } else if (/^\s+- /.test(line)) {
      items.at(-1)?.points.push(clean(line.replace(/^\s+- /, '')));
    } else if (!/^\s/.test(line)) {
      group = groupOf(line);
      const inline = /^\*\*(?:Inadequate|Outstanding) looks like:\*\*\s+(.+)$/.exec(line);
      if (inline?.[1] !== undefined) items.push({ group, text: clean(inline[1]), points: [] });
    }
  }
  return result;
}

const count = (area: AreaId, group: ChecklistGroup): number =>
  checklists[area].filter((item) => item.group === group).length;

describe('ilacs.md §1.1a checklists', () => {
  const parsed = parseChecklists();

  it('finds all five judgement sections in the fixture', () => {
    expect([...parsed.keys()]).toEqual([
      'overall',
      'help-and-protection',
      'children-in-care',
      'care-leavers',
      'leaders',
    ]);
  });

  it.each(headingAreas.map(([, area]) => area))('%s has as many items as the document', (area) => {
    const fromDoc = parsed.get(area) ?? [];
    expect(fromDoc.length).toBeGreaterThan(0);
    expect(checklists[area]).toHaveLength(fromDoc.length);
  });

  it.each(headingAreas.map(([, area]) => area))(
    '%s items have the document’s text, points and grouping, in order',
    (area) => {
      const data = checklists[area].map(({ group, text, points }) => ({
        group,
        text,
        points: [...points],
      }));
      expect(data).toEqual(parsed.get(area));
    },
  );

  it('matches the counts read off the document by hand', () => {
    // Counted by hand from test/fixtures/docs/ilacs.md §1.1a.
    expect([
      count('help-and-protection', 'good'),
      count('help-and-protection', 'inadequate'),
    ]).toEqual([16, 4]);
    expect(count('children-in-care', 'good')).toBe(12);
    expect(count('care-leavers', 'published-criteria')).toBe(5);
    expect(count('care-leavers', 'good')).toBe(8);
    expect(count('leaders', 'good')).toBe(13);
    expect(count('leaders', 'outstanding')).toBe(5);
    expect(count('overall', 'note')).toBe(3);
  });

  it('gives every checklist item a distinct id', () => {
    const ids = headingAreas.flatMap(([, area]) => checklists[area].map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('ilacs.md §1.1a generic grade descriptors', () => {
  it('holds each grade’s descriptor as the table gives it', () => {
    const rows = section('### 1.1a', '#### Overall')
      .map((line) =>
        /^\| (Outstanding|Good|Requires improvement \(to be good\)|Inadequate) \| (.+) \|$/.exec(
          line,
        ),
      )
      .filter((match) => match !== null)
      .map((match) => match[2]);
    expect(rows).toEqual(grades.map((grade) => grade.descriptor));
  });
});

const labelOf = (id: AreaId): string | undefined =>
  ilacs2023.areas.find((area) => area.id === id)?.label;

describe('ilacs.md §1.1b', () => {
  const lines = section('### 1.1b', '### 1.1c');

  it('lists the judgement-table labels of ilacs-2023 in the printed order', () => {
    const table = lines
      .map((line) => /^ (The .+?|Overall effectiveness)\s{2,}<grade>/.exec(line)?.[1])
      .filter((label) => label !== undefined);
    expect(table).toEqual(ilacs2023.areas.map((area) => area.label));
  });

  it('orders the narrative sections as the report skeleton does', () => {
    const headings = lines
      .map((line) => /^(The [^:]+): <grade/.exec(line)?.[1])
      .filter((label) => label !== undefined);
    expect(headings).toEqual(ilacs2023.reportOrder.map(labelOf));
  });

  it('has one focused-visit theme per listed theme', () => {
    const start = lines.findIndex((line) => line.startsWith('- **Themes**'));
    const themes: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (!line.startsWith('  - ')) break;
      themes.push(clean(line.slice(4)));
    }
    expect(themes).toEqual(focusedVisitThemes.map((theme) => theme.label));
  });
});

describe('ilacs.md §1.1c self-evaluation', () => {
  it('holds the three questions word for word', () => {
    const questions = section('**Annual self-evaluation.**', '- Source:')
      .map((line) => /^\d\. (.+)$/.exec(line)?.[1])
      .filter((text) => text !== undefined);
    expect(questions).toEqual(selfEvaluationQuestions.map((question) => question.text));
  });
});
