import { describeRule } from './harness';

describeRule('440', {
  fails: {
    tables: {
      Reviews: [{ CHILD: '1', DOB: '01/05/2021', REVIEW: '01/05/2025', REVIEW_CODE: 'PN0' }],
    },
    at: { table: 'Reviews', row: 2, column: 'REVIEW_CODE' },
  },
  passes: {
    tables: {
      Reviews: [
        { CHILD: '1', DOB: '01/05/2021', REVIEW: '30/04/2025', REVIEW_CODE: 'PN0' },
        { CHILD: '2', DOB: '01/05/2021', REVIEW: '01/05/2025', REVIEW_CODE: 'PN1' },
      ],
    },
  },
});

describeRule('441', {
  fails: {
    tables: {
      Reviews: [{ CHILD: '1', DOB: '01/05/2021', REVIEW: '30/04/2025', REVIEW_CODE: 'PN1' }],
    },
    at: { table: 'Reviews', row: 2, column: 'REVIEW_CODE' },
  },
  passes: {
    tables: {
      Reviews: [
        { CHILD: '1', DOB: '01/05/2021', REVIEW: '01/05/2025', REVIEW_CODE: 'PN7' },
        { CHILD: '2', DOB: '01/05/2021', REVIEW: '30/04/2025', REVIEW_CODE: 'PN0' },
      ],
    },
  },
});

describeRule('442', {
  fails: {
    tables: { Header: [{ CHILD: '1', UPN: '' }], Episodes: [{ CHILD: '1', LS: 'C2' }] },
    at: { table: 'Header', row: 2, column: 'UPN' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', UPN: 'UN1' },
        { CHILD: '2', UPN: '' },
      ],
      Episodes: [
        { CHILD: '1', LS: 'C2' },
        { CHILD: '2', LS: 'V4' },
      ],
    },
  },
});

describeRule('444', {
  fails: {
    tables: {
      Header: [
        { CHILD: '1', UPN: 'H801200001001' },
        { CHILD: '2', UPN: 'H801200001001' },
      ],
    },
    at: { table: 'Header', row: 3, column: 'UPN' },
  },
  passes: {
    tables: {
      Header: [
        { CHILD: '1', UPN: 'UN1' },
        { CHILD: '2', UPN: 'UN1' },
        { CHILD: '3', UPN: 'H801200001001' },
        { CHILD: '4', UPN: 'H801200001002' },
      ],
    },
  },
});

describeRule('446', {
  fails: {
    tables: { Episodes: [{ CHILD: '1', LS: 'E1', DECOM: '30/11/2005' }] },
    at: { table: 'Episodes', row: 2, column: 'LS' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', LS: 'E1', DECOM: '01/12/2005' },
        { CHILD: '2', LS: 'C2', DECOM: '30/11/2005' },
      ],
    },
  },
});

describeRule('460', {
  fails: {
    tables: {
      Header: [{ CHILD: '1', DOB: '01/06/2007' }],
      Episodes: [{ CHILD: '1', DECOM: '01/01/2025', DEC: '31/05/2025', REC: 'E17' }],
    },
    at: { table: 'Episodes', row: 2, column: 'REC' },
  },
  passes: {
    tables: {
      Header: [{ CHILD: '1', DOB: '01/06/2007' }],
      Episodes: [{ CHILD: '1', DECOM: '01/01/2025', DEC: '01/06/2025', REC: 'E17' }],
    },
  },
});
