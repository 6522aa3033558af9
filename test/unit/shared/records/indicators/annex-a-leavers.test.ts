import { describe, expect, it } from 'vitest';
import { leaverChildren } from '../../../../../shared/records/indicators/annex-a-rows';
import { parseDay } from '../../../../../shared/records/indicators/dates';
import { DOC_HEADERS } from '../../../../support/annex-a/annex-a-headers';
import { readHandBuilt } from '../xlsx/annex-a-hand-built';

/** List 9's current-template columns, read by the Annex A reader, reach the care-leaver records. */

const HEADERS = DOC_HEADERS['List 9'] ?? [];
const UASC = 'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)';
const ROW: Readonly<Record<string, string | { date: string }>> = {
  'Child Unique ID': 'L-01',
  [UASC]: 'a) Yes',
  'Allocated Personal Advisor': 'Sam Adviser',
  'Eligibility Category': 'Relevant',
  'Latest Pathway Plan Review Date': { date: '2024-11-05' },
  'LA in Touch': 'a) Yes',
  'Latest Date of Contact': { date: '2025-01-20' },
  'Activity Status': 'G5',
};

describe('care leavers (List 9) as the indicators see them', () => {
  it('carry UASC, the personal adviser, the latest pathway plan review and contact', () => {
    const read = readHandBuilt('leavers.xlsx', {
      'List 9': [HEADERS, HEADERS.map((header) => ROW[header] ?? null)],
    });
    expect(leaverChildren(read.sheets['List 9']?.rows ?? [])).toEqual([
      {
        id: 'L-01',
        // "Relevant" is a council's spelling of the template's "Relevant child".
        eligibility: 'relevant',
        inTouch: 'yes',
        suitable: undefined,
        activity: 'G5',
        uasc: true,
        personalAdviser: 'Sam Adviser',
        latestPathwayPlanReview: parseDay('2024-11-05'),
        latestContact: parseDay('2025-01-20'),
      },
    ]);
  });

  it('on the older template (no such columns) they are blank', () => {
    const older = HEADERS.filter((header) => !/UASC|Personal|Pathway|Latest Date/.test(header));
    const read = readHandBuilt('older.xlsx', {
      'List 9': [older, older.map((header) => ROW[header] ?? null)],
    });
    expect(leaverChildren(read.sheets['List 9']?.rows ?? [])).toEqual([
      expect.objectContaining({
        id: 'L-01',
        uasc: undefined,
        personalAdviser: '',
        latestPathwayPlanReview: undefined,
        latestContact: undefined,
      }),
    ]);
  });
});
