import { z } from 'zod';
import { BundleError } from './errors';
import { firstIssue } from '../util/zod-issues';

/**
 * `manifest.json`: what the bundle is, which inspection it belongs to, and
 * who exported it when. Read first, so a bundle from a newer app is refused
 * with a clear message before anything else is parsed.
 */

/** The manifest's file name inside the zip. */
export const MANIFEST_PART = 'manifest.json';
/** The `format` every bundle declares. */
export const BUNDLE_FORMAT = 'inspection-workbook';
/** The bundle format version this code writes and the newest it reads. */
export const BUNDLE_FORMAT_VERSION = 1;

/** Zod schema for `manifest.json` (format version 1). Unknown keys are refused. */
export const manifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  inspectionId: z.string().min(1, { error: 'must not be empty' }).max(200),
  exportedBy: z.string().min(1, { error: 'must not be empty' }).max(200),
  exportedAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date and time' }),
  /**
   * When the file is age-encrypted (https://age-encryption.org/v1): the public keys it is
   * encrypted to, so a program that changes it can encrypt it to the same people again (age
   * headers do not name their recipients). Public keys only; absent in a plain bundle.
   */
  recipients: z
    .array(
      z.string().regex(/^age1[0-9a-z]{20,4000}$/, { error: 'must be an age public key (age1…)' }),
    )
    .min(1)
    .max(200)
    .optional(),
});

/** A parsed manifest. */
export type Manifest = z.infer<typeof manifestSchema>;

const peek = z.looseObject({ format: z.unknown(), formatVersion: z.unknown() });

/** Parses the text of `manifest.json`, throwing a {@link BundleError} that says what to do. */
export function parseManifest(text: string): Manifest {
  const part = MANIFEST_PART;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BundleError(
      'invalid-manifest',
      { part },
      `${part} is not valid JSON. The bundle is damaged; ask the sender to export it again.`,
    );
  }
  const head = peek.safeParse(json);
  if (!head.success || head.data.format !== BUNDLE_FORMAT) {
    throw new BundleError(
      'not-a-bundle',
      { part, field: 'format' },
      `${part} does not say format "${BUNDLE_FORMAT}", so this is not an Inspection Workbook ` +
        'bundle. Choose a .inspection file exported from Inspection Workbook.',
    );
  }
  const version = head.data.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BUNDLE_FORMAT_VERSION) {
    throw new BundleError(
      'newer-version',
      { part, field: 'formatVersion' },
      `This bundle has format version ${version} and was made by a newer version of Inspection ` +
        `Workbook (this one reads up to version ${BUNDLE_FORMAT_VERSION}); update the app, then open it again.`,
    );
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    throw new BundleError(
      'invalid-manifest',
      { part, field },
      `${part}, field "${field || '(whole file)'}": ${message}. ` +
        'The bundle is damaged or was edited by hand; ask the sender to export it again.',
    );
  }
  return parsed.data;
}
