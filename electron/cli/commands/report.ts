import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { reportReadiness, templateFor } from '../../../shared/reports';
import { reportInputs, reportNeedsRecords } from '../../../shared/tasks/report-inputs';
import { certificateAllowed, whoMaySignByKey } from '../../../shared/tasks/who-signs';
import {
  importedRecords,
  recordReportVersion,
  reportVersionFor,
  reportVersions,
} from '../../../shared/workbook';
import { ReportError } from '../../main/reports/errors';
import { reportFonts } from '../../main/reports/fonts';
import { makeReport, reportBasis, type ReportSigning } from '../../main/reports/make-report';
import { openCertificate } from '../../../shared/signing/certificate';
import { demoCertificate } from '../../main/signing/demo-certificate';
import { SigningError } from '../../../shared/signing/errors';
import {
  fileArgument,
  flag,
  optional,
  required,
  type CliEnv,
  type Command,
  type Output,
  type Parsed,
} from '../command';
import { actingOn, signedLog } from '../crypto/signer';
import { checkOutputs } from '../files/out-target';
import { withLock } from '../files/lock';
import { currentComparators } from '../comparators-store';
import { CliError, usageError } from '../errors';
import { readConflicts, readIndicators, signerRole } from '../report-inputs';
import { stageFiles } from '../report-output';
import { commandContext, openWorkbook, sealedBundle } from '../store';

/** A one-line error naming the file, from the report and signing layers' errors. */
function named(file: string, error: unknown): never {
  if (error instanceof SigningError) throw new CliError(`${file}: ${error.message}`);
  if (error instanceof ReportError) throw new CliError(error.message);
  throw error;
}

async function signingFor(
  parsed: Parsed,
  author: string,
  role: 'lead' | 'council-officer',
): Promise<ReportSigning | undefined> {
  const p12File = optional(parsed, 'sign');
  if (flag(parsed, 'sign-demo')) {
    // A demo certificate made on the spot, named as a demo in its subject; never stored.
    const passphrase = randomBytes(16).toString('hex');
    const p12 = demoCertificate({ name: author, passphrase });
    return {
      p12,
      passphrase,
      certificate: openCertificate(p12, passphrase),
      signedBy: author,
      role,
    };
  }
  if (p12File === undefined) return undefined;
  const variable = required(parsed, 'pass-env');
  const passphrase = process.env[variable];
  if (passphrase === undefined) {
    throw new CliError(
      `${p12File}: the passphrase variable ${variable} is not set in the environment.`,
    );
  }
  let p12: Uint8Array;
  try {
    p12 = new Uint8Array(await readFile(p12File));
  } catch (error: unknown) {
    throw new CliError(
      `${p12File}: cannot be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  try {
    return {
      p12,
      passphrase,
      certificate: openCertificate(p12, passphrase),
      signedBy: author,
      role,
    };
  } catch (error: unknown) {
    return named(p12File, error);
  }
}

/** `workbook report`: renders the report as PDF and HTML, and signs and seals it. */
export const reportCommand: Command = {
  name: 'report',
  summary: 'write the report as PDF and accessible HTML; with --sign, sign it and seal the version',
  usage:
    'report <file> --out <pdf> [--sign <p12> --pass-env VAR | --sign-demo] [--indicators FILE] [--conflicts FILE] [--title-provider ID] [--font-dir DIR] [--force] [--json]',
  details: [
    'Writes <pdf> and <pdf>.html (the accessible version of the same report). The template follows',
    'the kind of inspection: ILACS report, focused-visit letter, monitoring-visit letter, self-assessment.',
    'Unsigned, every page says DRAFT. --sign signs with a PKCS#12 certificate whose passphrase is in',
    'the environment variable VAR, and records the signed version (SHA-256 of PDF and HTML, signer,',
    'time, evidence ids) in the workbook; a signed version never changes. Only the lead inspector',
    'signs; a self-assessment only a council officer on the team. Once the lead has signed the team',
    'roster, the --identity key proves who signs, and the certificate must be the one the roster records.',
    '--sign-demo signs with a demo certificate made on the spot (for trying it out; never for real use).',
    '--indicators / --conflicts: JSON inputs for the data annex and conflicts section (see README).',
    '--title-provider titles the report for a delegated provider ("Inspection of <trust>").',
    '--font-dir: folder with Roboto-Regular/Medium/Italic/MediumItalic.ttf (default: pdfmake’s).',
    '<pdf> and <pdf>.html must not exist yet (--force replaces them) and are never the workbook.',
  ],
  options: {
    out: { type: 'string' },
    sign: { type: 'string' },
    'pass-env': { type: 'string' },
    'sign-demo': { type: 'boolean' },
    indicators: { type: 'string' },
    conflicts: { type: 'string' },
    'title-provider': { type: 'string' },
    'font-dir': { type: 'string' },
    force: { type: 'boolean' },
  },
  positionals: ['file'],
  async run(parsed, env) {
    const file = fileArgument(parsed);
    const out = required(parsed, 'out');
    const html = `${out}.html`;
    const signing = optional(parsed, 'sign') !== undefined || flag(parsed, 'sign-demo');
    if (optional(parsed, 'sign') !== undefined) {
      if (flag(parsed, 'sign-demo')) throw usageError('use either --sign or --sign-demo, not both');
      required(parsed, 'pass-env');
    }
    const inputs = [
      file,
      ...['sign', 'indicators', 'conflicts'].flatMap((name) => optional(parsed, name) ?? []),
    ];
    await checkOutputs([out, html], inputs, flag(parsed, 'force'));
    // Signing records the version in the workbook: locked from read to write.
    return signing
      ? withLock(file, () => writeReport(parsed, env, file, out, html))
      : writeReport(parsed, env, file, out, html);
  },
};

async function writeReport(
  parsed: Parsed,
  env: CliEnv,
  file: string,
  out: string,
  html: string,
): Promise<Output> {
  const signing = optional(parsed, 'sign') !== undefined || flag(parsed, 'sign-demo');
  const opened = await openWorkbook(file);
  const { workbook } = opened;
  const ready = reportReadiness(workbook, signing);
  if (!ready.ok) throw new CliError(`${file}: ${ready.error.message}`);
  const titledFor = optional(parsed, 'title-provider');
  if (titledFor !== undefined && !workbook.providers.some((p) => p.id === titledFor)) {
    throw new CliError(
      `${file}: --title-provider "${titledFor}" is not a delegated provider of this workbook.`,
    );
  }
  // In a signed workbook the signer is proven by their key (crypto/signer.ts), never a typed name.
  const acting = signing ? await actingOn(file, opened.bundle.operations, env) : undefined;
  const rostered =
    acting?.signer === undefined
      ? undefined
      : whoMaySignByKey(workbook, opened.bundle.operations, acting.signer.signingKey);
  if (rostered !== undefined && !rostered.ok)
    throw new CliError(`${file}: ${rostered.error.message}`);
  const role = !signing
    ? undefined
    : rostered === undefined
      ? signerRole(file, workbook, env.author)
      : rostered.data.role;
  const current = reportVersionFor(
    reportVersions(opened.bundle.operations),
    reportBasis(opened.bundle.operations),
  );
  if (signing && current.signed !== null) {
    throw new CliError(
      `${file}: this state of the workbook is already signed as report version ${current.number}; a signed version never changes (change the workbook to make a new version).`,
    );
  }
  const signerName = acting?.author ?? env.author;
  const signer = role === undefined ? undefined : await signingFor(parsed, signerName, role);
  if (signer !== undefined && rostered !== undefined && rostered.ok) {
    // The certificate must be the one the roster records for the signer.
    const allowed = certificateAllowed(
      rostered.data,
      signer.certificate.sha256,
      flag(parsed, 'sign-demo'),
    );
    if (!allowed.ok) {
      throw new CliError(`${optional(parsed, 'sign') ?? file}: ${allowed.error.message}`);
    }
  }
  const indicatorsFile = optional(parsed, 'indicators');
  const conflictsFile = optional(parsed, 'conflicts');
  // Without a JSON file, the report uses the workbook's own records, by the app's own rule.
  const operations = opened.bundle.operations;
  const own = reportInputs(
    workbook,
    operations,
    reportNeedsRecords(operations) ? importedRecords(operations, opened.bundle.parts) : undefined,
    env.today(),
    { indicators: indicatorsFile === undefined, conflicts: conflictsFile === undefined },
    (await currentComparators()).dataset,
  );
  const indicators =
    indicatorsFile === undefined ? own.indicators : await readIndicators(indicatorsFile, workbook);
  const conflicts =
    conflictsFile === undefined
      ? own.conflicts
      : await readConflicts(conflictsFile, workbook, env.today());
  const fontDir = optional(parsed, 'font-dir');
  const made = await makeReport({
    workbook,
    operations: opened.bundle.operations,
    fonts: await reportFonts(fontDir).catch((error: unknown) => named(file, error)),
    now: new Date(),
    ...(signer === undefined ? {} : { signing: signer }),
    ...(indicators === undefined ? {} : { indicators }),
    ...(conflicts === undefined ? {} : { conflicts }),
    ...(own.comparators === undefined ? {} : { comparators: own.comparators }),
    ...(titledFor === undefined ? {} : { titledFor }),
  }).catch((error: unknown) =>
    named(signer === undefined ? file : (optional(parsed, 'sign') ?? file), error),
  );
  const files = new Map<string, Uint8Array | string>([
    [out, made.pdf],
    [html, made.html],
  ]);
  if (made.record !== null) {
    // Sealing: the signed version goes into the workbook's log, in place.
    // The sealed version is itself a change, signed by the signer in a signed workbook.
    const context = commandContext(signerName, opened.bundle.operations);
    const outcome = recordReportVersion(context, made.record);
    if (!outcome.ok) throw new CliError(`${file}: ${outcome.error.message}`);
    const log = opened.bundle.operations;
    files.set(
      file,
      await sealedBundle(file, opened.sealing, {
        inspectionId: opened.bundle.manifest.inspectionId,
        exportedBy: signerName,
        operations: await signedLog(
          log,
          [...log, ...outcome.data.operations],
          acting ?? { author: signerName },
        ),
        parts: opened.bundle.parts,
      }),
    );
  }
  // PDF, HTML and bundle are written to flushed temporary files first, then put in
  // place in that order: the sealed workbook last, so it never records a PDF not yet there.
  const staged = await stageFiles(files);
  try {
    await staged.commit();
  } catch (error: unknown) {
    await staged.discard();
    throw new CliError(
      `${out}: cannot be written (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const status = made.record === null ? 'draft' : 'signed';
  const json = {
    pdf: path.resolve(out),
    html: path.resolve(html),
    signed: made.record !== null,
    signer: made.record?.signer ?? null,
    sha256: made.pdfSha256,
    version: made.version,
    status,
    template: templateFor(workbook.inspection.kind),
    htmlSha256: made.htmlSha256,
    signedAt: made.record?.signedAt ?? null,
    signedBy: made.record?.signedBy ?? null,
    evidenceIds: made.report.evidenceIds,
  };
  const text = [
    made.record === null
      ? `Wrote the draft report (version ${made.version}, not signed): ${json.pdf}`
      : `Signed report version ${made.version} by ${made.record.signer} at ${made.record.signedAt}: ${json.pdf}`,
    `Accessible HTML version: ${json.html}`,
    `SHA-256 of the PDF: ${made.pdfSha256}`,
    ...(made.record === null ? [] : [`Recorded as a locked version in ${file}.`]),
  ].join('\n');
  return { json, text };
}
