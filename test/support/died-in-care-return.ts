/**
 * A small SSDA903 return for 2025/26, written by hand, that breaks DfE rule
 * 1000 ("This child is recorded as having died in care and therefore should
 * not have the care leaver information completed"): child DC-2's episode
 * ended with REC E2 (died, at 16), yet their OC3 row has IN_TOUCH, ACTIV and
 * ACCOM. They turn 17 after dying, so the rules about 17- and 18-year-olds
 * in care on or after their birthday (1007, 1016) do not apply. Child
 * DC-ZOË-1 is a care leaver of 19 with no episode this year, whose OC3
 * ACTIV holds a formula (`=1+2`, not a code), so exports can be checked to
 * keep a hostile value as text, and an id with an accent as written.
 */

/** The three tables as CSV files: name and text. */
export const diedInCareReturn: readonly { readonly name: string; readonly text: string }[] = [
  {
    name: 'dc-header.csv',
    text: [
      'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
      'DC-ZOË-1,2,03/02/2006,WBRI,A123456789012,,',
      'DC-2,1,01/01/2009,WBRI,B123456789012,,',
      '',
    ].join('\r\n'),
  },
  {
    name: 'dc-episodes.csv',
    text: [
      'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
      'DC-2,01/06/2025,S,C2,N1,U1,PR1,01/10/2025,E2,,AB1 2CD,AB3 4EF,SC123456',
      '',
    ].join('\r\n'),
  },
  {
    name: 'dc-oc3.csv',
    text: [
      'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM',
      'DC-ZOË-1,03/02/2006,YES,=1+2,B1',
      'DC-2,01/01/2009,YES,F1,B1',
      '',
    ].join('\r\n'),
  },
];
