import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonOutputSchema } from '../../../../electron/cli/json-schemas';
import { commandEntries } from '../../../../electron/cli/registry';
import { verifyPdf } from '../../../../shared/signing/verify-pdf';
import { newWorkbook, run, workDir } from './helpers';

const fixtures = path.resolve(import.meta.dirname, '../../../fixtures');
const covered = new Set<string>();

/**
 * Runs one command with `--json` through the command's own entry point and
 * checks its document against the command's schema (strict: a field the
 * schema lacks fails too). Returns the parsed document.
 */
async function jsonOf(command: string, args: readonly string[]): Promise<unknown> {
  const result = await run([...command.split(' '), ...args, '--json']);
  expect(result.code, `${command}: ${result.stderr}`).toBe(0);
  const schema = jsonOutputSchema(command);
  if (schema === undefined) throw new Error(`no --json schema for "${command}"`);
  const parsed = schema.safeParse(JSON.parse(result.stdout));
  expect(parsed.error, `${command} --json does not match its schema`).toBeUndefined();
  covered.add(command);
  return parsed.data;
}

function field(value: unknown, ...keys: (string | number)[]): unknown {
  return keys.reduce<unknown>(
    (current, key) =>
      typeof current === 'object' && current !== null ? Reflect.get(current, key) : undefined,
    value,
  );
}

function text(value: unknown): string {
  if (typeof value !== 'string') throw new Error(`expected a string, got ${String(value)}`);
  return value;
}

let dir = '';
let demo = '';
let lead = '';
beforeAll(async () => {
  dir = await workDir();
  demo = path.join(dir, 'demo.inspection');
  await jsonOf('demo', ['--out', demo]);
  const team = field(await jsonOf('log', [demo, '--entity', 'inspection']), 'entries');
  const teamEntry = Array.isArray(team)
    ? team.find((entry: unknown) => field(entry, 'field') === 'team')
    : undefined;
  const members = field(teamEntry, 'after');
  const found = Array.isArray(members)
    ? members.find((member: unknown) => field(member, 'role') === 'lead')
    : undefined;
  lead = text(field(found, 'name'));
}, 60_000);

describe('every command’s --json matches its schema', () => {
  it('reads: judge, indicators, conflicts, evidence, providers, imports, problems, log', async () => {
    const judged = await jsonOf('judge', [demo]);
    expect(field(judged, 'judgements', 'length')).toBeGreaterThan(0);
    const indicators = await jsonOf('indicators', [demo]);
    expect(field(indicators, 'indicators', 'length')).toBeGreaterThan(0);
    const conflicts = await jsonOf('conflicts', [demo]);
    expect(field(conflicts, 'conflicts', 'length')).toBeGreaterThan(0);
    expect(field(await jsonOf('evidence list', [demo]), 'evidence', 'length')).toBeGreaterThan(0);
    expect(field(await jsonOf('provider list', [demo]), 'providers', 'length')).toBe(3);
    expect(field(await jsonOf('imports list', [demo]), 'imports', 'length')).toBeGreaterThan(0);
    expect(field(await jsonOf('problems', [demo]), 'problems', 'length')).toBeGreaterThan(0);
    // The demo plants two children on a plan while in care and two missing from the trust's census.
    expect(field(await jsonOf('cross-checks', [demo]), 'findings', 'length')).toBe(4);
    expect(field(await jsonOf('comparators', [demo]), 'measures', 'length')).toBeGreaterThan(0);
  });

  it('comparators update: a newer DfE release, kept in a store of the test’s own', async () => {
    process.env['WORKBOOK_COMPARATORS_DIR'] = path.join(dir, 'comparators-store');
    const release = path.join(dir, 'd3_cpps_subsequent_plan_2013_to_2026.csv');
    const category = 'Child Protection Plans which are a second or subsequent plan';
    await writeFile(
      release,
      'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,CPP_start,CPP_subsequent,CPP_subsequent_percent\n' +
        `2026,Reporting year,National,E92000001,England,,,,,,${category},60000,15000,25\n`,
    );
    expect(field(await jsonOf('comparators update', [release]), 'files', 'length')).toBe(1);
  });

  it('changes: new, provider, evidence, grades, report text, import, links and reviews', async () => {
    const file = path.join(dir, 'new.inspection');
    const args = ['--council', 'Northmoor', '--la-code', '899', '--kind', 'ilacs-standard'];
    await jsonOf('new', [
      file,
      ...args,
      '--on-site',
      '2026-10-05',
      '--lead',
      'Lead',
      '--moderator',
      'Moderator',
    ]);
    const provider = text(
      field(
        await jsonOf('provider add', [
          file,
          '--name',
          'Northmoor Trust CIC',
          '--legal-form',
          'cic',
          '--functions',
          'relevant-care',
        ]),
        'id',
      ),
    );
    await jsonOf('provider edit', [file, provider, '--name', 'Northmoor Children’s Trust CIC']);
    const evidence = text(
      field(
        await jsonOf('evidence add', [
          file,
          '--source',
          provider,
          '--area',
          'children-in-care',
          '--finding',
          'strength',
          '--text',
          'Children see their social workers alone',
        ]),
        'id',
      ),
    );
    await jsonOf('grade', [
      file,
      '--area',
      'children-in-care',
      '--grade',
      'good',
      '--rationale',
      'Strong practice',
      '--evidence',
      evidence,
      '--as',
      'Lead',
    ]);
    await jsonOf('moderate', [file, '--area', 'children-in-care', '--as', 'Moderator']);
    await jsonOf('evidence edit', [file, evidence, '--text', 'Children see their workers alone']);
    const second = text(
      field(
        await jsonOf('evidence add', [
          file,
          '--source',
          'council',
          '--area',
          'leaders',
          '--finding',
          'concern',
          '--text',
          'Recorded twice',
        ]),
        'id',
      ),
    );
    await jsonOf('evidence withdraw', [file, second, '--reason', 'A duplicate']);
    expect(field(await jsonOf('evidence list', [file]), 'evidence', 1, 'withdrawn')).toMatchObject({
      reason: 'A duplicate',
    });
    await jsonOf('summary set', [file, '--text', 'Children are safer.']);
    const first = text(
      field(
        await jsonOf('finding add', [file, '--area', 'children-in-care', '--text', 'A finding']),
        'id',
      ),
    );
    await jsonOf('finding add', [file, '--area', 'children-in-care', '--text', 'Another']);
    await jsonOf('finding edit', [
      file,
      first,
      '--text',
      'The first finding',
      '--evidence',
      evidence,
    ]);
    await jsonOf('finding move', [file, first, '--down']);
    expect(field(await jsonOf('finding list', [file]), 'findings', 1)).toMatchObject({
      id: first,
      number: 2,
      evidenceIds: [evidence],
    });
    await jsonOf('finding remove', [file, first]);
    const improvement = text(
      field(
        await jsonOf('improve add', [file, '--text', 'Supervision', '--tag', 'outcome-1']),
        'id',
      ),
    );
    await jsonOf('improve edit', [file, improvement, '--tag', 'enabler-2']);
    expect(field(await jsonOf('improve list', [file]), 'improvements', 0, 'tag')).toEqual({
      kind: 'enabler',
      number: 2,
    });
    await jsonOf('improve add', [file, '--text', 'To go']);
    const gone = text(field(await jsonOf('improve list', [file]), 'improvements', 1, 'id'));
    await jsonOf('improve remove', [file, gone]);
    const imported = await jsonOf('import', [file, path.join(fixtures, 'ssda903', 'ad1.csv')]);
    const rechecked = await jsonOf('recheck', [file, '--year', '2017/18']);
    expect(field(rechecked, 'year', 'label')).toBe('2017/18');
    await jsonOf('imports remove', [file, '--id', text(field(imported, 'files', 0, 'id'))]);
    expect(field(await jsonOf('imports list', [file]), 'imports')).toEqual([]);
    const judged = await jsonOf('judge', [file]);
    expect(field(judged, 'judgements')).toContainEqual(
      expect.objectContaining({ area: 'children-in-care', grade: 'good' }),
    );
    expect(field(await jsonOf('provider list', [file]), 'providers', 0, 'name')).toBe(
      'Northmoor Children’s Trust CIC',
    );

    const visit = path.join(dir, 'visit.inspection');
    await jsonOf('new', [visit, ...args.slice(0, 4), '--kind', 'monitoring-visit']);
    const priority = text(
      field(await jsonOf('priority add', [visit, '--text', 'Supervision of social workers']), 'id'),
    );
    await jsonOf('priority edit', [visit, priority, '--text', 'Supervision and caseloads']);
    expect(field(await jsonOf('priority list', [visit]), 'priorityActions', 0, 'text')).toBe(
      'Supervision and caseloads',
    );
    await jsonOf('priority remove', [visit, priority]);
    expect(field(await jsonOf('priority list', [visit]), 'priorityActions')).toEqual([]);

    const graded = path.join(dir, 'ilacs-2023.inspection');
    await jsonOf('demo', ['--out', graded, '--framework', 'ilacs-2023', '--without-records']);
    const warning = field(await jsonOf('judge', [graded]), 'warnings', 0, 'rule');
    await jsonOf('accept', [graded, '--rule', text(warning), '--rationale', 'Consistent']);
    expect(field(await jsonOf('judge', [graded]), 'warnings', 0, 'accepted')).toEqual({
      by: expect.any(String),
      rationale: 'Consistent',
    });

    const copy = path.join(dir, 'reviewed.inspection');
    await copyFile(demo, copy);
    const finding = field(await jsonOf('cross-checks', [copy]), 'findings', 0, 'id');
    await jsonOf('cross-checks evidence', [copy, '--id', text(finding)]);
    const flag = field(await jsonOf('conflicts', [copy]), 'conflicts', 0, 'id');
    await jsonOf('review', [copy, '--flag', text(flag), '--reason', 'Contract clause 14']);
    await jsonOf('link', [copy, '--owner', 'Pennine Pathways Ltd', '--company', '12345678']);
    expect(field(await jsonOf('conflicts', [copy]), 'conflicts')).toContainEqual(
      expect.objectContaining({
        id: flag,
        review: expect.objectContaining({ reason: 'Contract clause 14' }),
      }),
    );
  });

  it('merge, log and restore: the losing side of a clash put back', async () => {
    const a = path.join(dir, 'a.inspection');
    const b = path.join(dir, 'b.inspection');
    await copyFile(demo, a);
    await copyFile(demo, b);
    // The demo is signed: two of its team, each with the demo team's published key.
    await jsonOf('summary set', [a, '--text', 'From A', '--as', 'Amara Okafor']);
    await jsonOf('summary set', [b, '--text', 'From B', '--as', 'Tom Hargreaves']);
    const merged = path.join(dir, 'merged.inspection');
    const result = await jsonOf('merge', [a, b, '--out', merged]);
    const op = text(field(result, 'clashes', 0, 'other', 'op'));
    expect(field(await jsonOf('log', [merged, '--entity', 'summary']), 'entries', 'length')).toBe(
      2 + Number(field(await jsonOf('log', [demo, '--entity', 'summary']), 'entries', 'length')),
    );
    await jsonOf('restore', [merged, '--op', op]);
  });

  it('sync: two copies through a team folder, the clash listed as merge lists it', async () => {
    const a = path.join(dir, 'sync-a.inspection');
    const b = path.join(dir, 'sync-b.inspection');
    const team = await workDir();
    await copyFile(demo, a);
    await copyFile(demo, b);
    // The demo is signed: two of its team, each signing with their published demo key.
    await jsonOf('summary set', [a, '--text', 'From A', '--as', 'Amara Okafor']);
    await jsonOf('summary set', [b, '--text', 'From B', '--as', 'Tom Hargreaves']);
    await jsonOf('sync', [a, team, '--as', 'Amara Okafor']);
    const result = await jsonOf('sync', [b, team, '--as', 'Tom Hargreaves']);
    expect(field(result, 'merged', 0, 'author')).toBe('Amara Okafor');
    expect(field(result, 'clashes', 0, 'field')).toBe('text');
  });

  it('report takes indicators --json and conflicts --json as its inputs, and verify reads it', async () => {
    const file = path.join(dir, 'report.inspection');
    await copyFile(demo, file);
    const indicators = path.join(dir, 'indicators.json');
    const conflicts = path.join(dir, 'conflicts.json');
    const indicatorsJson = await jsonOf('indicators', [file]);
    const conflictsJson = await jsonOf('conflicts', [file]);
    await writeFile(indicators, JSON.stringify(indicatorsJson));
    await writeFile(conflicts, JSON.stringify(conflictsJson));
    const pdf = path.join(dir, 'report.pdf');
    const made = await jsonOf('report', [
      file,
      '--out',
      pdf,
      '--indicators',
      indicators,
      '--conflicts',
      conflicts,
      '--sign-demo',
      '--as',
      lead,
    ]);
    expect(field(made, 'status')).toBe('signed');
    // The piped inputs reach the report: an indicator with a value and a flagged setting appear.
    const html = await readFile(`${pdf}.html`, 'utf8');
    const listed = field(indicatorsJson, 'indicators');
    const valued = Array.isArray(listed)
      ? listed.find((i: unknown) => typeof field(i, 'value') === 'number')
      : undefined;
    expect(html).toContain(text(field(valued, 'label')));
    expect(html).toContain(text(field(conflictsJson, 'conflicts', 0, 'setting', 'urn')));
    // Trusting the signer's own certificate (taken from the PDF) makes verify exit 0.
    const signer = path.join(dir, 'signer.der');
    await writeFile(signer, verifyPdf(new Uint8Array(await readFile(pdf))).certificate);
    const verified = await jsonOf('verify', [pdf, '--bundle', file, '--trust', signer]);
    expect(field(verified, 'version')).toBe(field(made, 'version'));
    expect(field(verified, 'trusted')).toBe(true);
  });

  it('keys: new and show', async () => {
    const keyFile = path.join(dir, 'me.key');
    const made = await jsonOf('keys new', ['--out', keyFile]);
    const shown = await jsonOf('keys show', [keyFile]);
    expect(field(shown, 'identities', 0, 'recipient')).toBe(field(made, 'recipient'));
    const file = await newWorkbook(dir, 'team-keys');
    const keyed = await jsonOf('team key', [
      file,
      '--member',
      'Lead',
      '--key',
      text(field(made, 'recipient')),
    ]);
    expect(keyed).toEqual({ id: 'Lead' });
    const other = await jsonOf('keys new', ['--out', path.join(dir, 'other.key')]);
    const roster = await newWorkbook(dir, 'roster', ['--inspector', 'Ben Hale']);
    const signedBy = ['--identity', keyFile];
    expect(await jsonOf('team sign', [roster, ...signedBy, '--as', 'Lead'])).toEqual({
      id: 'Lead',
    });
    const member = ['--member', 'Ben Hale'];
    const signing = ['--signing-key', text(field(other, 'signingKey'))];
    expect(await jsonOf('team add', [roster, ...member, ...signing, ...signedBy])).toEqual({
      id: 'Ben Hale',
    });
    expect(await jsonOf('team remove', [roster, ...member, ...signedBy])).toEqual({
      id: 'Ben Hale',
    });
  });

  it('covers every command, and a file in the wrong shape is refused naming the field', async () => {
    expect([...covered].sort()).toEqual(commandEntries.map((entry) => entry.name).sort());
    const bad = path.join(dir, 'bad-indicators.json');
    await writeFile(bad, JSON.stringify({ asAt: null, year: null, indicators: [{ id: 1 }] }));
    const result = await run([
      'report',
      demo,
      '--out',
      path.join(dir, 'x.pdf'),
      '--indicators',
      bad,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad-indicators\.json: field "notes"|field "indicators\.0\.id"/);
  });
});
