import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { frameworkById } from '../../../shared/domain';
import type { WorkbookDb } from '../../../renderer/src/db/db';
import { loadWorkbook, runCommand } from '../../../renderer/src/db/workbook-repository';
import { checkDraft } from '../../../renderer/src/features/evidence/capture-validation';
import { addEvidence, editEvidence, type AddEvidenceInput } from '../../../shared/tasks';
import { json, newWorkbook, runProcess, workDir } from '../electron/cli/helpers';
import { appInspection, freshStore, refusalOf } from './app-store';

/** What both sides must agree on for each item: all but its id and when it was typed. */
const listSchema = z.object({
  evidence: z.array(
    z.object({
      source: z.string(),
      areas: z.array(z.string()),
      finding: z.string(),
      text: z.string(),
      kind: z.string(),
      relatesTo: z.string(),
      author: z.string(),
    }),
  ),
});

let db: WorkbookDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** The same item, as `evidence add` flags and as the task's input. */
function item(overrides: Partial<AddEvidenceInput> = {}): AddEvidenceInput {
  return {
    source: 'council',
    areas: ['children-in-care'],
    finding: 'strength',
    text: 'IROs know their children well',
    kind: 'meeting',
    relatesTo: '2026-10-05',
    ...overrides,
  };
}

function flagsOf(input: AddEvidenceInput): string[] {
  return [
    '--source',
    input.source,
    ...input.areas.flatMap((area) => ['--area', area]),
    '--finding',
    input.finding,
    '--text',
    input.text,
    '--kind',
    input.kind,
    ...(input.relatesTo === undefined ? [] : ['--date', input.relatesTo]),
  ];
}

/** What the command (a child process) and the app (a Dexie store) make of one item. */
async function bothAdd(input: AddEvidenceInput) {
  const file = await newWorkbook(await workDir(), 'evidence-parity');
  const cli = await runProcess([
    'evidence',
    'add',
    file,
    ...flagsOf(input),
    '--as',
    'Lead',
    '--json',
  ]);
  db = freshStore();
  const inspectionId = await appInspection(db);
  const app = await runCommand(db, inspectionId, 'Lead', (context) => addEvidence(context, input));
  return { file, cli, app, inspectionId, store: db };
}

describe('evidence: the command and the app accept and refuse the same items', () => {
  it('an item in the inspection’s framework, dated on site, is recorded alike', async () => {
    const { file, cli, app, inspectionId, store } = await bothAdd(item());
    expect(cli.code).toBe(0);
    expect(app.ok).toBe(true);
    const listed = json(await runProcess(['evidence', 'list', file, '--json']));
    const cliItems = listSchema.parse(listed).evidence;
    const appWorkbook = await loadWorkbook(store, inspectionId);
    if (!appWorkbook.ok) throw new Error(appWorkbook.error.message);
    expect(cliItems).toHaveLength(1);
    expect(listSchema.parse({ evidence: appWorkbook.data.evidence }).evidence).toEqual(cliItems);
  });

  it('an item dated in the future is refused by both, with the same message', async () => {
    const { file, cli, app } = await bothAdd(item({ relatesTo: '2030-01-01' }));
    expect(cli.code).not.toBe(0);
    expect(app.ok).toBe(false);
    if (app.ok) return;
    expect(app.error.message).toMatch(/must be today or in the past/);
    expect(refusalOf(cli.stderr, file)).toBe(app.error.message);
    // Nothing was written by either.
    expect(json(await runProcess(['evidence', 'list', file, '--json']))).toEqual({ evidence: [] });
  });

  it.each(['overall', 'children-in-care-and-care-leavers'])(
    'an area this inspection does not judge (%s) is refused by both, alike',
    async (area) => {
      // On site in October 2026 means the 2026 framework: no overall judgement for an
      // Ofsted inspection, and no joint 2018 judgement.
      const { file, cli, app } = await bothAdd(item({ areas: ['leaders', area] }));
      expect(cli.code).not.toBe(0);
      expect(app.ok).toBe(false);
      if (app.ok) return;
      expect(app.error.message).toContain(`"${area}"`);
      expect(refusalOf(cli.stderr, file)).toBe(app.error.message);
    },
  );

  it('a change to a future date is refused by both, alike', async () => {
    const { file, cli, app, inspectionId, store } = await bothAdd(item());
    const cliId = String(Reflect.get(Object(json(cli)), 'id'));
    const cliEdit = await runProcess(['evidence', 'edit', file, cliId, '--date', '2031-02-03']);
    if (!app.ok) throw new Error(app.error.message);
    const appEdit = await runCommand(store, inspectionId, 'Lead', (context) =>
      editEvidence(context, { id: app.data, relatesTo: '2031-02-03' }),
    );
    expect(cliEdit.code).not.toBe(0);
    expect(appEdit.ok).toBe(false);
    if (appEdit.ok) return;
    expect(refusalOf(cliEdit.stderr, file)).toBe(appEdit.error.message);
  });

  it('the app’s form shows the shared rule’s words on the date field', () => {
    const checked = checkDraft(
      {
        source: 'council',
        kind: 'meeting',
        areas: ['children-in-care'],
        finding: 'strength',
        text: 'Seen',
        checklistItems: [],
        childIds: '',
        relatesTo: { day: '1', month: '1', year: '2030' },
      },
      { sources: ['council'], areas: frameworkById('ilacs-2026').areas, today: '2026-10-05' },
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.relatesTo).toBe(
      'The date the evidence relates to must be today or in the past',
    );
  });
});
