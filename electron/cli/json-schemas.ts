import { z } from 'zod';
import { areaIds } from '../../shared/domain/areas';
import { frameworkIds } from '../../shared/domain/frameworks/types';
import { warningRuleIds } from '../../shared/domain/model/acceptance';
import { evidenceKinds } from '../../shared/domain/model/evidence';
import { providerSchema } from '../../shared/domain/model/provider';
import { gradeIds } from '../../shared/domain/scale';
import { reportTemplates } from '../../shared/reports/types';
import { importRecordSchema } from '../../shared/workbook/import-record';
import { reviewStatuses } from '../../shared/workbook/conflict-records';
import { count, nullableString } from './json-schema-parts';
import {
  crossChecksOutput,
  importOutput,
  keysNewOutput,
  keysShowOutput,
  problemsOutput,
  recheckOutput,
} from './json-schemas-records';

/*
 * What each command prints with `--json`: one zod schema per command, the one
 * description of those documents. `--help` and the README's "JSON outputs"
 * section are generated from them (json-shape.ts, `npm run docs:json`), and
 * the tests validate every command's real output against them. The objects
 * are strict, so a field added to an output without being added here fails
 * the tests: field names are a public interface councils script against —
 * add fields, never rename them.
 */

// Named in the shape notation (AREA, GRADE), as the help and README list their values once.
const area = z.enum(areaIds).meta({ title: 'AREA' });
const grade = z.enum(gradeIds).meta({ title: 'GRADE' });

/** Every command that creates or changes something prints the id it made or changed. */
const idOutput = z.strictObject({ id: z.string() });

const contribution = z.strictObject({
  source: z.string(),
  name: z.string(),
  strengths: count,
  improvements: count,
  concerns: count,
});

const judgeOutput = z.strictObject({
  framework: z.enum(frameworkIds),
  judgements: z.array(
    z.strictObject({
      area,
      grade: grade.nullable(),
      rationale: nullableString,
      contributions: z.array(contribution),
    }),
  ),
  warnings: z.array(
    z.strictObject({
      rule: z.enum(warningRuleIds),
      message: z.string(),
      accepted: z.strictObject({ by: z.string(), rationale: z.string() }).nullable(),
      areas: z.array(area),
    }),
  ),
  gaps: z.array(
    z.strictObject({
      area,
      reason: z.enum(['no-evidence', 'no-grade', 'no-rationale']),
    }),
  ),
  providerFlags: z.array(
    z.strictObject({
      provider: z.string(),
      rule: z.enum(['profit-making-wider-functions', 'provider-not-serving-council']),
      message: z.string(),
    }),
  ),
  notes: z.array(
    z.strictObject({
      rule: z.enum(['same-preparer-and-moderator', 'framework-not-for-date']),
      area: area.nullable(),
      message: z.string(),
    }),
  ),
  rejected: z.array(z.strictObject({ area: z.string(), message: z.string() })),
});

const indicatorYear = z.strictObject({
  label: z.string(),
  start: z.string(),
  end: z.string(),
  detected: z.boolean(),
});
/** A published figure, or null with the DfE symbol and the reason it is not published. */
const figureFields = {
  value: z.number().nullable(),
  symbol: z.string().exactOptional(),
  reason: z.string().exactOptional(),
  note: z.string().exactOptional(),
};
const figure = z.strictObject(figureFields);
const comparisonFields = {
  label: z.string(),
  unit: z.enum(['percent', 'rate-per-10000', 'cases']),
  betterWhen: z.enum(['higher', 'lower']).exactOptional(),
  year: z.number().int().nullable(),
  england: figure,
  region: figure,
  neighbours: z.strictObject({
    average: z.number().nullable(),
    published: count,
    each: z.array(z.strictObject({ code: z.string(), name: z.string(), ...figureFields })),
  }),
  la: figure,
  source: z.string(),
};

const comparatorsOutput = z.strictObject({
  la: z.strictObject({ code: z.string(), name: z.string(), region: nullableString }),
  neighbours: z.array(
    z.strictObject({ code: z.string(), name: z.string(), closeness: z.string() }),
  ),
  measures: z.array(z.strictObject({ id: z.string(), ...comparisonFields })),
  dataset: z.strictObject({ version: z.string(), licence: z.string(), attribution: z.string() }),
});

const comparatorsUpdateOutput = z.strictObject({
  version: z.string(),
  store: z.string(),
  files: z.array(
    z.strictObject({
      name: z.string(),
      years: z.tuple([z.number().int(), z.number().int()]).nullable(),
      rows: count,
    }),
  ),
});

const indicatorsOutput = z.strictObject({
  year: indicatorYear.nullable(),
  asAt: nullableString,
  // Printed since the CIN census indicators; a file printed before has none.
  census: indicatorYear.nullable().default(null),
  indicators: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string(),
      scope: z.string(),
      scopeName: z.string(),
      numerator: count.nullable(),
      denominator: count.nullable(),
      value: z.number().nullable(),
      unit: z.enum(['percent', 'count']),
      source: z.string(),
      definition: z.string(),
      data: z.enum(['ssda903', 'annex-a', 'cin-census']),
      available: z.boolean(),
      reason: z.string().exactOptional(),
      caveat: z.string().exactOptional(),
      comparators: z
        .strictObject({
          measure: z.string(),
          ...comparisonFields,
          differs: z.string(),
          dataQuality: z
            .strictObject({
              year: z.number().int(),
              computed: z.number(),
              published: z.number(),
              difference: z.number(),
              tolerance: z.number(),
              message: z.string(),
            })
            .exactOptional(),
        })
        .exactOptional(),
    }),
  ),
  notes: z.array(z.string()),
});

const placementSource = z.strictObject({
  file: z.string(),
  row: count,
  kind: z.enum(['ssda903', 'annex-a']),
});
const groupMember = z.strictObject({ number: nullableString, name: z.string() });
const conflictFields = {
  id: z.string(),
  kind: z.enum(['same-entity', 'same-group']),
  severity: z.enum(['high', 'medium', 'low']),
  delegatedProvider: z.strictObject({ id: z.string(), name: z.string() }),
  setting: z.strictObject({
    urn: z.string(),
    name: nullableString,
    type: nullableString,
    sector: nullableString,
  }),
  owner: z.strictObject({
    name: z.string(),
    ids: z.array(z.string()),
    company: z
      .strictObject({
        number: z.string(),
        name: z.string(),
        link: z.enum(['matched by name', 'confirmed']),
      })
      .nullable(),
  }),
  group: z.strictObject({ parent: groupMember.nullable(), members: z.array(groupMember) }),
  children: z.array(z.string()),
  placements: z.array(
    z.strictObject({
      child: z.string(),
      start: nullableString,
      end: nullableString,
      place: nullableString,
      provider: nullableString,
      urn: z.string(),
      days: count,
      sources: z.array(placementSource),
    }),
  ),
  placementTypes: z.array(z.string()),
  days: count,
  groupShare: z.number().min(0).max(1),
  groupPlacements: count,
  allPlacements: count,
  chain: z.array(
    z.strictObject({
      from: z.string(),
      to: z.string(),
      via: z.string(),
      source: z.strictObject({ file: z.string(), date: nullableString }),
    }),
  ),
  review: z
    .strictObject({
      status: z.enum(reviewStatuses),
      by: z.string(),
      at: z.string(),
      reason: z.string(),
    })
    .nullable(),
};
const review = z.strictObject({
  flagId: z.string(),
  status: z.enum(reviewStatuses),
  by: z.string(),
  at: z.string(),
  reason: z.string(),
});

const conflictsOutput = z.strictObject({
  asOf: nullableString,
  year: z.strictObject({ start: z.string(), end: z.string() }),
  conflicts: z.array(z.strictObject(conflictFields)),
  leads: z.array(z.strictObject({ ...conflictFields, reason: z.string() })),
  skipped: z.array(z.strictObject({ ...placementSource.shape, reason: z.string() })),
  unmatchedReviews: z.array(review),
});

const clashSide = z.strictObject({
  value: z.unknown(),
  author: z.string(),
  at: nullableString,
  op: z.string(),
});

const clash = z.strictObject({
  entity: z.string(),
  id: z.string(),
  field: z.string(),
  kept: clashSide,
  other: clashSide,
  authors: z.array(z.string()),
});

const mergeOutput = z.strictObject({
  operations: count,
  clashes: z.array(clash),
  editsOfDeleted: count,
});

const fileNotice = z.strictObject({ file: z.string(), reason: z.string() });

const syncOutput = z.strictObject({
  folder: z.string(),
  authorId: z.string(),
  written: z
    .strictObject({ seq: count, operations: count, files: count, attachments: count })
    .nullable(),
  merged: z.array(
    z.strictObject({ author: z.string(), authorId: z.string(), segments: count, changes: count }),
  ),
  operations: count,
  clashes: z.array(clash),
  editsOfDeleted: count,
  refused: z.array(fileNotice),
  waiting: z.array(fileNotice),
  team: z.array(
    z.strictObject({
      author: z.string(),
      authorId: z.string(),
      updatedAt: z.string(),
      segments: count,
    }),
  ),
});

const reportOutput = z.strictObject({
  pdf: z.string(),
  html: z.string(),
  signed: z.boolean(),
  signer: nullableString,
  sha256: z.string(),
  version: count,
  status: z.enum(['draft', 'signed']),
  template: z.enum(reportTemplates),
  htmlSha256: z.string(),
  signedAt: nullableString,
  signedBy: nullableString,
  evidenceIds: z.array(z.string()),
});

const verifyOutput = z.strictObject({
  valid: z.literal(true),
  signer: z.string(),
  signedAt: nullableString,
  sha256: z.string(),
  wholeFile: z.literal(true),
  version: count.nullable(),
  trusted: z.boolean(),
  signerFingerprint: z.string(),
  trustedAs: z
    .strictObject({
      subject: z.string(),
      fingerprint: z.string(),
      how: z.enum(['certificate', 'authority']),
    })
    .nullable(),
});

const evidenceListOutput = z.strictObject({
  evidence: z.array(
    z.strictObject({
      id: z.string(),
      source: z.string(),
      kind: z.enum(evidenceKinds),
      areas: z.array(area),
      finding: z.enum(['strength', 'improvement', 'concern']),
      text: z.string(),
      relatesTo: z.string(),
      recordedAt: z.string(),
      author: z.string(),
      childIds: z.array(z.string()),
      checklistItems: z.array(z.string()),
      withdrawn: z.strictObject({ by: z.string(), at: z.string(), reason: z.string() }).nullable(),
    }),
  ),
});

const logOutput = z.strictObject({
  /** Whether the workbook's lead has signed its team roster (then every change is signed). */
  signed: z.boolean(),
  entries: z.array(
    z.strictObject({
      opId: z.string(),
      author: z.string(),
      hlc: z.string(),
      at: z.string(),
      entity: z.string(),
      id: z.string(),
      field: z.string(),
      before: z.unknown(),
      after: z.unknown(),
      /** Signed by its author's key on the team roster, and the signature checked. */
      verified: z.boolean(),
    }),
  ),
});

const providerListOutput = z.strictObject({
  providers: z.array(z.strictObject(providerSchema.shape)),
});

const importsListOutput = z.strictObject({
  imports: z.array(z.strictObject({ ...importRecordSchema.shape, id: z.string() })),
});

const findingListOutput = z.strictObject({
  findings: z.array(
    z.strictObject({
      id: z.string(),
      area,
      number: count,
      order: count,
      text: z.string(),
      evidenceIds: z.array(z.string()),
      actionTaken: nullableString,
    }),
  ),
});

const improveListOutput = z.strictObject({
  improvements: z.array(
    z.strictObject({
      id: z.string(),
      text: z.string(),
      tag: z.strictObject({ kind: z.enum(['outcome', 'enabler']), number: count }).nullable(),
    }),
  ),
});

const priorityListOutput = z.strictObject({
  priorityActions: z.array(z.strictObject({ id: z.string(), text: z.string() })),
});

/** The `--json` document of every command, by the command's name as typed. */
export const jsonOutputSchemas = {
  new: idOutput,
  'provider add': idOutput,
  'provider list': providerListOutput,
  'provider edit': idOutput,
  'evidence add': idOutput,
  'evidence list': evidenceListOutput,
  'evidence edit': idOutput,
  'evidence withdraw': idOutput,
  grade: idOutput,
  moderate: idOutput,
  accept: idOutput,
  'summary set': idOutput,
  'finding add': idOutput,
  'finding list': findingListOutput,
  'finding edit': idOutput,
  'finding move': idOutput,
  'finding remove': idOutput,
  'improve add': idOutput,
  'improve list': improveListOutput,
  'improve edit': idOutput,
  'improve remove': idOutput,
  'priority add': idOutput,
  'priority list': priorityListOutput,
  'priority edit': idOutput,
  'priority remove': idOutput,
  import: importOutput,
  recheck: recheckOutput,
  'imports list': importsListOutput,
  'imports remove': idOutput,
  problems: problemsOutput,
  indicators: indicatorsOutput,
  comparators: comparatorsOutput,
  'comparators update': comparatorsUpdateOutput,
  judge: judgeOutput,
  conflicts: conflictsOutput,
  'cross-checks': crossChecksOutput,
  'cross-checks evidence': idOutput,
  link: idOutput,
  review: idOutput,
  report: reportOutput,
  verify: verifyOutput,
  merge: mergeOutput,
  sync: syncOutput,
  log: logOutput,
  restore: idOutput,
  demo: idOutput,
  'keys new': keysNewOutput,
  'keys show': keysShowOutput,
  'team key': idOutput,
  'team sign': idOutput,
  'team add': idOutput,
  'team remove': idOutput,
} as const satisfies Record<string, z.ZodType>;

/** A command name that has a `--json` schema. */
export type JsonCommand = keyof typeof jsonOutputSchemas;

const byName = new Map<string, z.ZodType>(Object.entries(jsonOutputSchemas));

/** The schema of `command`'s `--json` document, if it has one. */
export function jsonOutputSchema(command: string): z.ZodType | undefined {
  return byName.get(command);
}
