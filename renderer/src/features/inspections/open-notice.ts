/*
 * A notice to show on an inspection's overview once, after the bundle it
 * came from was opened on the inspections page (which is left as the
 * overview opens): that the bundle was not encrypted.
 */

const notices = new Map<string, string>();

/** Keeps `text` to show on `inspectionId`'s overview. */
export function rememberOpenNotice(inspectionId: string, text: string): void {
  notices.set(inspectionId, text);
}

/** The notice kept for `inspectionId`, if any (left in place until {@link forgetOpenNotice}). */
export function openNoticeFor(inspectionId: string): string | undefined {
  return notices.get(inspectionId);
}

/** Drops the notice once shown. */
export function forgetOpenNotice(inspectionId: string): void {
  notices.delete(inspectionId);
}
