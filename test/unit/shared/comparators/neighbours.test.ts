import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledComparators } from '../../../../shared/comparators/bundled';
import { dir, fields, rows } from './published-csv';

describe('statistical neighbours', () => {
  it('every LA in the DfE groupings has exactly its published ten, nearest first, with their closeness', () => {
    const dataset = bundledComparators();
    const model = rows('sn_model_2025_wide.csv');
    expect(model).toHaveLength(153);
    for (const r of model) {
      const code = r['old_la_code'] ?? '';
      const ten = Array.from({ length: 10 }, (_, i) => r[`SN_${i + 1}`] ?? '');
      const bands = Array.from({ length: 10 }, (_, i) => (r[`SN_${i + 1}P`] ?? '').trim());
      expect(dataset.neighbours[code], code).toEqual({
        model: '2025',
        codes: ten,
        closeness: bands,
      });
    }
    const older = readFileSync(
      path.join(dir, 'New_Statistical_Neighbour_Groupings_April_2021.csv'),
      'utf8',
    )
      .split('\n')
      .map(fields)
      .filter((f) => /^\d{3}$/.test(f[0] ?? '') && !model.some((r) => r['old_la_code'] === f[0]));
    // Cumbria, and the pre-2019/2021 Dorset, Poole, Bournemouth and Northamptonshire.
    expect(older.map((f) => f[0] ?? '').sort((a, b) => a.localeCompare(b))).toEqual([
      '835',
      '836',
      '837',
      '909',
      '928',
    ]);
    for (const f of older) {
      const code = f[0] ?? '';
      expect(dataset.neighbours[code]?.codes, code).toEqual(
        Array.from({ length: 10 }, (_, i) => f[5 + 2 * i] ?? ''),
      );
    }
  });
});
