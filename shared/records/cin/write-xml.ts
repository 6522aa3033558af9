/**
 * Writes a CIN census XML return for a census year, in the element order of
 * that year's schema: gender codes (1, 2, 0) until 2024 and sex (M, F, U)
 * from 2025; CIN plan dates from 2022. Used by the demo and to make test
 * returns.
 */

export type CinSex = 'M' | 'F' | 'U';

export type CinAssessmentInput = {
  readonly start: string;
  readonly end?: string | undefined;
  readonly factors: readonly string[];
};

export type CinS47Input = {
  readonly start: string;
  readonly target?: string | undefined;
  readonly conference?: string | undefined;
  readonly notRequired: boolean;
};

export type CinCppInput = {
  readonly start: string;
  readonly end?: string | undefined;
  readonly initial: string;
  readonly latest: string;
  readonly previous: number;
  readonly reviews: readonly string[];
};

export type CinEpisodeInput = {
  readonly referral: string;
  readonly source: string;
  readonly need?: string | undefined;
  readonly closure?: string | undefined;
  readonly reason?: string | undefined;
  readonly nfa: boolean;
  readonly assessments: readonly CinAssessmentInput[];
  readonly plans: readonly { readonly start: string; readonly end?: string }[];
  readonly s47: readonly CinS47Input[];
  readonly cpps: readonly CinCppInput[];
};

export type CinChildInput = {
  readonly id: string;
  readonly upn?: string | undefined;
  readonly upnUnknown?: string | undefined;
  readonly birth?: string | undefined;
  readonly expectedBirth?: string | undefined;
  readonly sex: CinSex;
  readonly death?: string | undefined;
  readonly ethnicity: string;
  readonly disabilities: readonly string[];
  readonly episodes: readonly CinEpisodeInput[];
};

export type CinCensusInput = {
  /** The year of the census's 31 March reference date. */
  readonly census: number;
  /** The council's three-digit DfE LA number. */
  readonly la: string;
  readonly children: readonly CinChildInput[];
};

const GENDER: Readonly<Record<CinSex, string>> = { M: '1', F: '2', U: '0' };

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function leaf(out: string[], indent: string, name: string, value: string | undefined): void {
  if (value !== undefined) out.push(`${indent}<${name}>${escape(value)}</${name}>`);
}

function writeEpisode(out: string[], episode: CinEpisodeInput, census: number): void {
  const i = '      ';
  out.push('    <CINdetails>');
  leaf(out, i, 'CINreferralDate', episode.referral);
  leaf(out, i, 'ReferralSource', episode.source);
  leaf(out, i, 'PrimaryNeedCode', episode.need);
  leaf(out, i, 'CINclosureDate', episode.closure);
  leaf(out, i, 'ReasonForClosure', episode.reason);
  for (const assessment of episode.assessments) {
    out.push(`${i}<Assessments>`);
    leaf(out, `${i}  `, 'AssessmentActualStartDate', assessment.start);
    leaf(out, `${i}  `, 'AssessmentAuthorisationDate', assessment.end);
    if (assessment.factors.length > 0) {
      out.push(`${i}  <FactorsIdentifiedAtAssessment>`);
      for (const factor of assessment.factors) leaf(out, `${i}    `, 'AssessmentFactors', factor);
      out.push(`${i}  </FactorsIdentifiedAtAssessment>`);
    }
    out.push(`${i}</Assessments>`);
  }
  if (census >= 2022) {
    for (const plan of episode.plans) {
      out.push(`${i}<CINPlanDates>`);
      leaf(out, `${i}  `, 'CINPlanStartDate', plan.start);
      leaf(out, `${i}  `, 'CINPlanEndDate', plan.end);
      out.push(`${i}</CINPlanDates>`);
    }
  }
  for (const s47 of episode.s47) {
    out.push(`${i}<Section47>`);
    leaf(out, `${i}  `, 'S47ActualStartDate', s47.start);
    leaf(out, `${i}  `, 'InitialCPCtarget', s47.target);
    leaf(out, `${i}  `, 'DateOfInitialCPC', s47.conference);
    leaf(out, `${i}  `, 'ICPCnotRequired', s47.notRequired ? '1' : '0');
    out.push(`${i}</Section47>`);
  }
  leaf(out, i, 'ReferralNFA', episode.nfa ? '1' : '0');
  for (const cpp of episode.cpps) {
    out.push(`${i}<ChildProtectionPlans>`);
    leaf(out, `${i}  `, 'CPPstartDate', cpp.start);
    leaf(out, `${i}  `, 'CPPendDate', cpp.end);
    leaf(out, `${i}  `, 'InitialCategoryOfAbuse', cpp.initial);
    leaf(out, `${i}  `, 'LatestCategoryOfAbuse', cpp.latest);
    leaf(out, `${i}  `, 'NumberOfPreviousCPP', String(cpp.previous));
    if (cpp.reviews.length > 0) {
      out.push(`${i}  <Reviews>`);
      for (const review of cpp.reviews) leaf(out, `${i}    `, 'CPPreviewDate', review);
      out.push(`${i}  </Reviews>`);
    }
    out.push(`${i}</ChildProtectionPlans>`);
  }
  out.push('    </CINdetails>');
}

function writeChild(out: string[], child: CinChildInput, census: number): void {
  out.push('  <Child>', '    <ChildIdentifiers>');
  const i = '      ';
  leaf(out, i, 'LAchildID', child.id);
  leaf(out, i, 'UPN', child.upn);
  leaf(out, i, 'UPNunknown', child.upnUnknown);
  leaf(out, i, 'PersonBirthDate', child.birth);
  leaf(out, i, 'ExpectedPersonBirthDate', child.expectedBirth);
  if (census >= 2025) leaf(out, i, 'Sex', child.sex);
  else leaf(out, i, 'GenderCurrent', GENDER[child.sex]);
  leaf(out, i, 'PersonDeathDate', child.death);
  out.push('    </ChildIdentifiers>', '    <ChildCharacteristics>');
  leaf(out, i, 'Ethnicity', child.ethnicity);
  if (child.disabilities.length > 0) {
    out.push(`${i}<Disabilities>`);
    for (const code of child.disabilities) leaf(out, `${i}  `, 'Disability', code);
    out.push(`${i}</Disabilities>`);
  }
  out.push('    </ChildCharacteristics>');
  for (const episode of child.episodes) writeEpisode(out, episode, census);
  out.push('  </Child>');
}

/** The census as XML text. */
export function writeCinXml(input: CinCensusInput): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Message>',
    '<Header>',
    '  <CollectionDetails>',
    '    <Collection>CIN</Collection>',
    `    <Year>${input.census}</Year>`,
    `    <ReferenceDate>${input.census}-03-31</ReferenceDate>`,
    '  </CollectionDetails>',
    '  <Source>',
    '    <SourceLevel>L</SourceLevel>',
    `    <LEA>${escape(input.la)}</LEA>`,
    '    <SoftwareCode>Inspection Workbook</SoftwareCode>',
    '    <Release>1</Release>',
    '    <SerialNo>001</SerialNo>',
    `    <DateTime>${input.census}-05-01T09:00:00</DateTime>`,
    '  </Source>',
    '</Header>',
    '<Children>',
  ];
  for (const child of input.children) writeChild(out, child, input.census);
  out.push('</Children>', '</Message>', '');
  return out.join('\n');
}
