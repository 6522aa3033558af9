import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createClock, createRecorder, readBundle } from '../../../../shared/bundle';
import { bundleWith, failure, jsonl, judgementLog, manifest, options } from './broken-bundles';

describe('readBundle refuses invalid content, naming part, field and line', () => {
  it('a newer format version asks the user to update the app', () => {
    const error = failure(
      bundleWith({ 'manifest.json': JSON.stringify({ ...manifest, formatVersion: 2, more: 1 }) }),
    );
    expect(error).toMatchObject({
      code: 'newer-version',
      part: 'manifest.json',
      field: 'formatVersion',
    });
    expect(error.message).toMatch(/made by a newer version of Inspection Workbook.*update the app/);
  });

  it.each<[string, string, string, string | undefined]>([
    ['not JSON', '{"format":', 'invalid-manifest', undefined],
    [
      'another format',
      JSON.stringify({ ...manifest, format: 'zip-of-things' }),
      'not-a-bundle',
      'format',
    ],
    [
      'no inspection id',
      JSON.stringify({ ...manifest, inspectionId: undefined }),
      'invalid-manifest',
      'inspectionId',
    ],
    [
      'a bad date',
      JSON.stringify({ ...manifest, exportedAt: '02/06/2025' }),
      'invalid-manifest',
      'exportedAt',
    ],
    [
      'version 0',
      JSON.stringify({ ...manifest, formatVersion: 0 }),
      'invalid-manifest',
      'formatVersion',
    ],
    ['an unknown key', JSON.stringify({ ...manifest, signedBy: 'x' }), 'invalid-manifest', ''],
  ])('a manifest with %s is refused', (_label, text, code, field) => {
    const error = failure(bundleWith({ 'manifest.json': text }));
    expect(error).toMatchObject({ code, part: 'manifest.json', field });
    expect(error.message).toMatch(/manifest\.json/);
  });

  it('a bad operations line is named by line number and field', () => {
    const [first, second, third] = judgementLog();
    const notJson = `${JSON.stringify(first)}\n{"id": "broken\n${JSON.stringify(second)}\n`;
    const a = failure(bundleWith({ 'operations.jsonl': notJson }));
    expect(a).toMatchObject({
      code: 'invalid-operation',
      part: 'operations.jsonl',
      line: 2,
      field: undefined,
    });
    expect(a.message).toMatch(/operations\.jsonl, line 2: not valid JSON/);

    const { hlc: _dropped, ...noHlc } = third ?? {};
    const b = failure(bundleWith({ 'operations.jsonl': jsonl([first, second, noHlc]) }));
    expect(b).toMatchObject({ code: 'invalid-operation', line: 3, field: 'hlc' });
    expect(b.message).toMatch(/line 3, field "hlc"/);
  });

  it('blank lines and Windows line endings are tolerated', () => {
    const ops = judgementLog();
    const text = `\r\n${ops.map((op) => JSON.stringify(op)).join('\r\n\r\n')}\r\n`;
    expect(readBundle(bundleWith({ 'operations.jsonl': text }), options).operations).toEqual(ops);
  });

  it('two different ops with one id are refused, naming both lines', () => {
    const [first, second] = judgementLog();
    const forged = { ...second, id: first?.id };
    expect(
      failure(bundleWith({ 'operations.jsonl': jsonl([first, second, forged]) })),
    ).toMatchObject({
      code: 'duplicate-operation',
      line: 3,
      message: expect.stringMatching(/also used on line 1/),
    });
  });

  it('an entity type the app does not know is refused', () => {
    const r = createRecorder(createClock('Jane Smith', () => 5));
    const error = failure(
      bundleWith({ 'operations.jsonl': jsonl(r.create('spaceship', 's1', {})) }),
    );
    expect(error).toMatchObject({ code: 'unknown-entity', line: 1, field: 'entity' });
    expect(error.message).toMatch(/"spaceship".*update the app/);
  });

  it('a record failing its schema names entity, id, field and who set it', () => {
    const r = createRecorder(
      createClock('Sam Jones', () => Date.UTC(2025, 5, 2, 11)),
      judgementLog(),
    );
    const bad = r.change({
      entity: 'judgement',
      id: 'leadership',
      field: 'grade',
      value: 'excellent',
    });
    const error = failure(bundleWith({ 'operations.jsonl': jsonl([...judgementLog(), bad]) }));
    expect(error).toMatchObject({
      code: 'invalid-record',
      part: 'operations.jsonl',
      field: 'grade',
    });
    expect(error.message).toMatch(
      /judgement "leadership", field "grade".*set by Sam Jones at 2025-06-02T11:00:00\.000Z/,
    );
  });

  it('a value that lost, or belongs to a deleted entity, is history and is not checked', () => {
    const r = createRecorder(
      createClock('Sam Jones', () => 1),
      judgementLog(),
    );
    const bad = r.change({
      entity: 'judgement',
      id: 'leadership',
      field: 'grade',
      value: 'excellent',
    });
    const fixed = r.change({
      entity: 'judgement',
      id: 'leadership',
      field: 'grade',
      value: 'good',
    });
    expect(() =>
      readBundle(
        bundleWith({ 'operations.jsonl': jsonl([...judgementLog(), bad, fixed]) }),
        options,
      ),
    ).not.toThrow();
    const gone = createRecorder(
      createClock('Sam Jones', () => 1),
      judgementLog(),
    );
    const bad2 = gone.change({
      entity: 'judgement',
      id: 'leadership',
      field: 'grade',
      value: 'excellent',
    });
    const deletion = gone.remove('judgement', 'leadership');
    expect(() =>
      readBundle(
        bundleWith({ 'operations.jsonl': jsonl([...judgementLog(), bad2, deletion]) }),
        options,
      ),
    ).not.toThrow();
  });

  it('entries outside the format, parts with no rule and invalid parts are refused', () => {
    expect(failure(bundleWith({ 'notes.txt': 'hello' }))).toMatchObject({
      code: 'unexpected-part',
      part: 'notes.txt',
    });
    expect(failure(bundleWith({ 'parts/../escape': 'x' }))).toMatchObject({
      code: 'unexpected-part',
    });
    expect(failure(bundleWith({ 'parts/secrets/a': 'x' }))).toMatchObject({
      code: 'unexpected-part',
      part: 'parts/secrets/a',
    });
    const notJson = failure(bundleWith({ 'parts/summary.json': 'providers: 3' }));
    expect(notJson).toMatchObject({ code: 'invalid-part', part: 'parts/summary.json' });
    const wrong = failure(bundleWith({ 'parts/summary.json': '{"providers": 2.5}' }));
    expect(wrong).toMatchObject({ code: 'invalid-part', field: 'providers' });
    expect(wrong.message).toMatch(/Part "summary\.json", field "providers"/);
    expect(
      readBundle(bundleWith({ 'parts/summary.json': '{"providers": 2}' }), options).parts,
    ).toEqual({
      'summary.json': strToU8('{"providers": 2}'),
    });
  });
});
