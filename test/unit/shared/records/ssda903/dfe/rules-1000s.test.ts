import { describeRule } from './harness';

describeRule('1000', {
  fails: {
    tables: {
      Episodes: [{ CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E2' }],
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }],
    },
    at: { table: 'OC3', row: 2, column: 'IN_TOUCH' },
  },
  passes: {
    tables: {
      Episodes: [
        { CHILD: '1', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E2' },
        { CHILD: '2', DECOM: '01/05/2025', DEC: '01/06/2025', REC: 'E11' },
      ],
      OC3: [
        { CHILD: '1', IN_TOUCH: '', ACTIV: '', ACCOM: '' },
        { CHILD: '2', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
      ],
    },
  },
});
