/**
 * A small SSDA903 return for 2025/26, written by hand, that breaks DfE rule
 * 1000 ("This child is recorded as having died in care and therefore should
 * not have the care leaver information completed"): child DC-2 's episode
 * ended with REC E2 (died), yet their OC3 row has IN_TOUCH, ACTIV and ACCOM.
 * Child DC-ZOË-1 left care normally, but their OC3 ACTIV holds a formula
 * (`=1+2`, not a code), so exports can be checked to keep a hostile value
 * as text, and an id with an accent as written.
 */

/** The three tables as CSV files: name and text. */
export const diedInCareReturn: readonly { readonly name: string; readonly text: string }[] = [
  {
    name: 'dc-header.csv',
    text: [
      'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
      'DC-ZOË-1,1,03/02/2008,WBRI,A123456789012,,',
      'DC-2,2,14/07/2007,WBRI,B123456789012,,',
      '',
    ].join('\r\n'),
  },
  {
    name: 'dc-episodes.csv',
    text: [
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
      'DC-ZOË-1,01/05/2025,S,C2,N1,U1,PR1,01/09/2025,E4A,,AB1 2CD,AB3 4EF,SC123456',
      'DC-2,01/06/2025,S,C2,N1,U1,PR1,01/10/2025,E2,,AB1 2CD,AB3 4EF,SC123456',
      '',
    ].join('\r\n'),
  },
  {
    name: 'dc-oc3.csv',
    text: [
      'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM',
      'DC-ZOË-1,03/02/2008,YES,=1+2,B1',
      'DC-2,14/07/2007,YES,F1,B1',
      '',
    ].join('\r\n'),
  },
];
