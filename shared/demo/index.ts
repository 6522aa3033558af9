/**
 * The demo inspection: a fictional council (Northmoor), three delegated
 * providers, evidence, grades and synthetic records. A leaf: only the demo's
 * entry points import it (the `workbook demo` command, the app's "Open the
 * demo inspection" and its records worker), never the domain, so code that
 * never builds a demo does not carry it. test/unit/layering enforces this.
 */
export { buildDemo } from './build-demo';
export { buildVisitDemo, type VisitDemoKind } from './build-visit-demo';
export { demoEvidence, demoProviders, demoTeam } from './content';
export { generateDemoRecords, type DemoRecords } from './records';
export { addDemoRecords, type DemoWithRecords } from './with-records';
export { DEMO_KEY_SEED, demoIdentity } from './identities';
export { signDemo } from './sign-demo';
