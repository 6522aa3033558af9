/**
 * Telling a CIN census XML return from other files by content: its root
 * element is `<Message>` (the DfE's CIN census schema). Only the start of
 * the file is looked at.
 */

const HEAD_BYTES = 4096;

/** The name of the first element in `bytes`, skipping the XML declaration, comments and a DOCTYPE. */
export function rootElementName(bytes: Uint8Array | string): string | undefined {
  let head = '';
  if (typeof bytes === 'string') head = bytes.slice(0, HEAD_BYTES);
  else {
    const end = Math.min(bytes.length, HEAD_BYTES);
    for (let at = 0; at < end; at += 1) head += String.fromCharCode(bytes[at] ?? 0);
  }
  head = head.replace(/^(\uFEFF|\xEF\xBB\xBF)/, '');
  const skipped = head.replace(
    /^(\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>)*/,
    '',
  );
  return /^<([A-Za-z_][\w.-]*)[\s/>]/.exec(skipped)?.[1];
}

/** Whether a file looks like a CIN census XML return. */
export function looksLikeCinCensus(bytes: Uint8Array | string): boolean {
  return rootElementName(bytes) === 'Message';
}
