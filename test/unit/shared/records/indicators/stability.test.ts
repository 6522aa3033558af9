import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../../../../shared/records/indicators';
import { council, episode, find, header, ratio } from './builders';

// Collection year 2017/18 throughout: 01/04/2017 – 31/03/2018.
const options = { year: 2017 };

describe('placement stability: 3 or more placements in the year', () => {
  const episodes = [
    // C1: held U4 on 1 April, then two moves → 3 placements.
    episode('C1', '01/01/2017', '01/06/2017', { rne: 'S', place: 'U4', provider: 'PR1' }),
    episode('C1', '01/06/2017', '01/12/2017', { rne: 'P', place: 'U5', provider: 'PR2' }),
    episode('C1', '01/12/2017', '', { rne: 'P', place: 'K2', provider: 'PR4' }),
    // C2: a temporary placement (T1) and back to the same U4 → 2 placements (U4, U5).
    episode('C2', '01/01/2017', '01/06/2017', { rne: 'S', urn: 'SAME', postcode: 'X1 1XX' }),
    episode('C2', '01/06/2017', '15/06/2017', { rne: 'P', place: 'T1' }),
    episode('C2', '15/06/2017', '01/10/2017', { rne: 'P', urn: 'SAME', postcode: 'X1 1XX' }),
    episode('C2', '01/10/2017', '', { rne: 'P', place: 'U5' }),
    // C3: placed for adoption with the foster carer (RNE T into A5), then a legal change → 1 placement.
    episode('C3', '01/01/2017', '01/08/2017', { rne: 'S', place: 'U4' }),
    episode('C3', '01/08/2017', '01/11/2017', { rne: 'T', place: 'A5' }),
    episode('C3', '01/11/2017', '', { rne: 'L', place: 'A5' }),
    // C4: three placements but left care on 01/03/2018 → not looked after at 31 March.
    episode('C4', '01/05/2017', '01/06/2017', { rne: 'S' }),
    episode('C4', '01/06/2017', '01/07/2017', { rne: 'P' }),
    episode('C4', '01/07/2017', '01/03/2018', { rne: 'P' }),
    // C5: short breaks (V3) → left out entirely.
    episode('C5', '01/04/2017', '', { rne: 'S', ls: 'V3' }),
    // C6: four placements in February and March 2018, PR5 at the end.
    episode('C6', '01/02/2018', '10/02/2018', { rne: 'S', place: 'K2' }),
    episode('C6', '10/02/2018', '20/02/2018', { rne: 'P', place: 'U1' }),
    episode('C6', '20/02/2018', '01/03/2018', { rne: 'B', place: 'U4' }),
    episode('C6', '01/03/2018', '', { rne: 'P', place: 'U5', provider: 'PR5' }),
  ];
  const report = computeIndicators([council({ Episodes: episodes })], options);

  it('counts children at 31 March with 3+ placements (C1, C6 of C1, C2, C3, C6)', () => {
    expect(ratio(report, 'placement-stability-3-plus')).toEqual([2, 4]);
    expect(find(report, 'placement-stability-3-plus').value).toBe(50);
  });

  it('counts children at 31 March by the provider of their placement then', () => {
    // At 31 March: C1 PR4, C2 PR1, C3 PR1, C6 PR5.
    expect(ratio(report, 'placement-provider-pr1')).toEqual([2, 4]);
    expect(ratio(report, 'placement-provider-pr4')).toEqual([1, 4]);
    expect(ratio(report, 'placement-provider-pr5')).toEqual([1, 4]);
    expect(ratio(report, 'placement-provider-pr0')).toEqual([0, 4]);
    expect(find(report, 'placement-provider-pr0').value).toBe(0);
  });

  it('does not count a second episode that repeats a DECOM', () => {
    const doubled = computeIndicators(
      [council({ Episodes: [...episodes, episodes[1] ?? episode('X', '', '')] })],
      options,
    );
    expect(ratio(doubled, 'placement-stability-3-plus')).toEqual([2, 4]);
  });
});

describe('long-term stability (DfE, former NI 63)', () => {
  // 31/03/2018 less 2.5 years: looked after since 01/10/2015 or earlier;
  // less 2 years: in the placement since 01/04/2016 or earlier.
  const headers = [
    header('L1', '01/06/2005'), // 12
    header('L2', '01/01/2006'), // 12
    header('L3', '01/06/2001'), // 16 at 31 March: too old
    header('L4', '01/01/2008'),
    header('L5', '01/01/2010'),
    header('L6', '01/01/2009'),
    header('L7', '01/01/2009'),
    header('L8', '01/01/2007'),
  ];
  const episodes = [
    // L1: in care since 01/06/2015, same placement since 01/03/2016 → yes.
    episode('L1', '01/06/2015', '01/03/2016', { rne: 'S' }),
    episode('L1', '01/03/2016', '', { rne: 'P' }),
    // L2: in care since 2015 but moved on 01/01/2017 → counted, not stable.
    episode('L2', '01/01/2015', '01/01/2017', { rne: 'S' }),
    episode('L2', '01/01/2017', '', { rne: 'P' }),
    // L3: 16 → left out.
    episode('L3', '01/01/2014', '', { rne: 'S' }),
    // L4: placed for adoption (new carers) on 01/12/2017; that and the placement before it run from 01/09/2015 → yes.
    episode('L4', '01/09/2015', '01/12/2017', { rne: 'S', place: 'U4' }),
    episode('L4', '01/12/2017', '', { rne: 'P', place: 'A5' }),
    // L5: in care only since 01/11/2015 → left out.
    episode('L5', '01/11/2015', '', { rne: 'S' }),
    // L6: earliest episode on record is a move (RNE P) on 01/06/2016: the period began earlier, when is unknown.
    episode('L6', '01/06/2016', '', { rne: 'P' }),
    // L7: earliest on record a legal change on 01/05/2015: in care and placed since then at least → yes.
    episode('L7', '01/05/2015', '', { rne: 'L' }),
    // L8: in care from exactly 01/10/2015; moved on 02/04/2016, a day too late → counted, not stable.
    episode('L8', '01/10/2015', '02/04/2016', { rne: 'S' }),
    episode('L8', '02/04/2016', '', { rne: 'P' }),
  ];
  const report = computeIndicators([council({ Header: headers, Episodes: episodes })], options);

  it('counts under-16s looked after 2.5+ years, and those 2+ years in one placement', () => {
    // Denominator L1, L2, L4, L7, L8; numerator L1, L4, L7.
    expect(ratio(report, 'placement-stability-long-term')).toEqual([3, 5]);
    expect(find(report, 'placement-stability-long-term').value).toBe(60);
  });

  it('says how many children it could not place because their history is not on record', () => {
    expect(find(report, 'placement-stability-long-term').caveat).toMatch(
      /^1 child under 16 left out/,
    );
  });

  it('is not available without the Header table (no dates of birth)', () => {
    const noHeader = computeIndicators([council({ Episodes: episodes })], options);
    const result = find(noHeader, 'placement-stability-long-term');
    expect(result.available).toBe(false);
    expect(result.value).toBeNull();
    expect(result.reason).toMatch(/Header/);
  });
});
