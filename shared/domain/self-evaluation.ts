/**
 * The three questions of a council's annual self-evaluation (SEF), which the
 * council shares with Ofsted every year and inspectors test for accuracy
 * (Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018; test/fixtures/docs/ilacs.md §1.1c, citing
 * local.gov.uk/publications/must-know-role-council-leader-improving-outcomes-children).
 * "How do you know" is expected mostly from case audits (test/fixtures/docs/ilacs.md §1.1c).
 */
export const selfEvaluationQuestions = [
  {
    id: 'what-we-know',
    text: 'What do you know about the quality and impact of social work practice with children and families in your authority?',
  },
  { id: 'how-we-know', text: 'How do you know it?' },
  { id: 'plans', text: 'What are your plans to maintain or improve practice?' },
] as const;

/** One of the three self-evaluation questions. */
export type SelfEvaluationQuestionId = (typeof selfEvaluationQuestions)[number]['id'];
