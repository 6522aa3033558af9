/**
 * Small hand-built 903 rows for the indicator tests: every column of the
 * table present, as the 903 readers keep them, dates `dd/mm/yyyy`.
 */
import type {
  IndicatorReport,
  IndicatorResult,
  IndicatorSource,
  RecordRow,
} from '../../../../../shared/records/indicators';

type Tables = IndicatorSource['tables'];

let rowNumber = 1;
const row = (values: Record<string, string>): RecordRow => {
  rowNumber += 1;
  return { row: rowNumber, values };
};

/** A Header row. */
export function header(child: string, dob = '01/01/2010'): RecordRow {
  return row({ CHILD: child, SEX: '1', DOB: dob, ETHNIC: 'WBRI', UPN: '', MOTHER: '', MC_DOB: '' });
}

/** An Episodes row; `dec` '' for an open episode. */
export function episode(
  child: string,
  decom: string,
  dec: string,
  options: {
    readonly rne?: string;
    readonly ls?: string;
    readonly place?: string;
    readonly provider?: string;
    readonly urn?: string;
    readonly postcode?: string;
  } = {},
): RecordRow {
  return row({
    CHILD: child,
    DECOM: decom,
    RNE: options.rne ?? 'P',
    LS: options.ls ?? 'C2',
    CIN: 'N1',
    PLACE: options.place ?? 'U4',
    PLACE_PROVIDER: options.provider ?? 'PR1',
    DEC: dec,
    REC: dec === '' ? '' : 'X1',
    REASON_PLACE_CHANGE: '',
    HOME_POST: 'AB1 2CD',
    PL_POST: options.postcode ?? 'EF3 4GH',
    URN: options.urn ?? `U${decom.replaceAll('/', '')}`,
  });
}

/** A Reviews row. */
export function review(child: string, date: string): RecordRow {
  return row({ CHILD: child, DOB: '01/01/2010', REVIEW: date, REVIEW_CODE: 'PN1' });
}

/** A Missing row: `M` missing or `A` absent. */
export function away(child: string, kind: 'M' | 'A', start: string): RecordRow {
  return row({ CHILD: child, DOB: '01/01/2010', MISSING: kind, MIS_START: start, MIS_END: '' });
}

/** An OC2 row; flags in the order HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT. */
export function oc2(child: string, flags: string, dob = '01/01/2010'): RecordRow {
  const [check = '0', immunisations = '0', teeth = '0', assessment = '0'] = flags.split('');
  return row({
    CHILD: child,
    DOB: dob,
    SDQ_SCORE: '',
    SDQ_REASON: '',
    CONVICTED: '0',
    HEALTH_CHECK: check,
    IMMUNISATIONS: immunisations,
    TEETH_CHECK: teeth,
    HEALTH_ASSESSMENT: assessment,
    SUBSTANCE_MISUSE: '0',
    INTERVENTION_RECEIVED: '',
    INTERVENTION_OFFERED: '',
  });
}

/** An OC3 row. */
export function oc3(child: string, inTouch: string, activity: string, accommodation: string) {
  return row({
    CHILD: child,
    DOB: '01/01/1999',
    IN_TOUCH: inTouch,
    ACTIV: activity,
    ACCOM: accommodation,
  });
}

/** A SW_Episodes row. */
export function worker(child: string, id: string, start: string): RecordRow {
  return row({
    CHILD: child,
    DOB: '01/01/2010',
    SW_ID: id,
    SW_DECOM: start,
    SW_DEC: '',
    SW_REASON: 'MANAGE',
  });
}

/** The council's own records. */
export function council(tables: Tables, name = 'Wessex County Council'): IndicatorSource {
  return { kind: 'council', id: 'wessex', name, tables };
}

/** A delegated provider's records. */
export function provider(id: string, tables: Tables): IndicatorSource {
  return { kind: 'provider', id, name: `Provider ${id}`, tables };
}

/** The result of indicator `id` for `scope`; throws if absent. */
export function find(report: IndicatorReport, id: string, scope = 'council'): IndicatorResult {
  const found = report.indicators.find((item) => item.id === id && item.scope === scope);
  if (found === undefined) throw new Error(`no indicator ${id} for ${scope}`);
  return found;
}

/** `[numerator, denominator]` of indicator `id` for `scope`. */
export function ratio(
  report: IndicatorReport,
  id: string,
  scope = 'council',
): [number | null, number | null] {
  const found = find(report, id, scope);
  return [found.numerator, found.denominator];
}
