/** A file name for an inspection's bundle, e.g. `northmoor-2026-11-23.inspection`. */
export function bundleFileName(council: string, onSiteStart: string): string {
  const slug = council
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'inspection'}-${onSiteStart}.inspection`;
}
