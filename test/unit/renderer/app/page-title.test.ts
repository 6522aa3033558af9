import { describe, expect, it } from 'vitest';
import { composeTitle, pageNameFor } from '../../../../renderer/src/app/page-title';

describe('document titles', () => {
  it('reads page, council, service; with Error: while an error summary shows', () => {
    expect(composeTitle({ page: 'Records', council: 'Northmoor', errors: 0 })).toBe(
      'Records – Northmoor – Inspection Workbook',
    );
    expect(composeTitle({ page: 'Records', council: 'Northmoor', errors: 1 })).toBe(
      'Error: Records – Northmoor – Inspection Workbook',
    );
    expect(composeTitle({ page: 'Settings', council: undefined, errors: 0 })).toBe(
      'Settings – Inspection Workbook',
    );
  });

  it("uses a page's own name only on the address it gave it", () => {
    const state = { page: { name: 'Child 123', path: '#/inspections/i/children/123' }, errors: 0 };
    expect(pageNameFor(state, '#/inspections/i/children/123', 'Child')).toBe('Child 123');
    expect(pageNameFor(state, '#/inspections/i/records', 'Records')).toBe('Records');
  });
});
