import { describe, expect, it } from 'vitest';
import { writeCinXml } from '../../../../../shared/records/cin';
import { computeIndicators, recordRows } from '../../../../../shared/records/indicators';
import { readRecordFiles } from '../../../../../shared/records/read-files';
import {
  areaIndicatorData,
  areaIndicatorTable,
} from '../../../../../renderer/src/features/judgements/area-indicators';
import { cleanCensus } from '../../../shared/records/cin/clean-census';

const [file] = readRecordFiles([
  { name: 'cin.xml', bytes: new TextEncoder().encode(writeCinXml(cleanCensus(2025))) },
]);
const census = Object.fromEntries(
  Object.entries(file?.tables ?? {}).map(([name, rows]) => [name, recordRows(rows)]),
);
const withCensus = computeIndicators([
  { kind: 'council', id: 'council', name: 'Wessex', tables: {}, censuses: [census] },
]);
const without = computeIndicators([{ kind: 'council', id: 'council', name: 'Wessex', tables: {} }]);
const providers = [{ id: 'p1', name: 'Trust' }];

describe('the figures beside a judgement’s evidence', () => {
  it('gives help and protection the CIN census figures, and other areas none', () => {
    expect(areaIndicatorData('help-and-protection')).toBe('cin-census');
    expect(areaIndicatorData('children-in-care')).toBeUndefined();
    expect(areaIndicatorTable('leaders', withCensus, providers)).toBeUndefined();
  });

  it('lists the census indicators, council then each provider, the referrals first', () => {
    const table = areaIndicatorTable('help-and-protection', withCensus, providers);
    expect(table?.columns.map((c) => c.scope)).toEqual(['council', 'p1']);
    expect(table?.group.rows.every((row) => row.data === 'cin-census')).toBe(true);
    expect(table?.group.rows[0]).toMatchObject({ id: 'cin-referrals', unit: 'count' });
    expect(table?.group.rows[0]?.cells[0]?.value).toBe(3);
  });

  it('says there is nothing to show when no census was imported', () => {
    expect(areaIndicatorTable('help-and-protection', without, providers)).toBeUndefined();
  });
});
