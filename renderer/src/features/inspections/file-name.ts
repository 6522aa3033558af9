import type { InspectionSummary } from '../../db/schema';

/** A file name for an inspection's bundle, e.g. `northmoor-2026-11-23.inspection`. */
export function bundleFileName(council: string, onSiteStart: string): string {
  const slug = council
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'inspection'}-${onSiteStart}.inspection`;
}

/** The bundle file name for a listed inspection. */
export function bundleFileNameOf(summary: InspectionSummary): string {
  return bundleFileName(summary.council, summary.onSiteStart);
}
