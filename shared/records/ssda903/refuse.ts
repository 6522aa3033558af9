/**
 * Refusing a whole file (FileRefusedError) and the decoding step every 903
 * reader shares: binary content is refused; text that is not UTF-8 is read as
 * Windows-1252 with a warning.
 */
import { FileRefusedError, type RecordProblem } from '../problem';
import { bytesText, MAX_TEXT_FILE_BYTES } from '../../limits';
import { decodeText, describeBinary, isUtf16Xml, sniffBinary, type DecodedText } from './text';

/** A refusal: `reason` is a stable code such as `ssda903.truncated-csv`. */
export function refuse(file: string, reason: string, message: string): FileRefusedError {
  return new FileRefusedError(file, reason, `${file}: ${message}`);
}

/** Decodes a file's bytes (or takes its text), refusing content that is not text. */
export function decodeOrRefuse(
  file: string,
  input: Uint8Array | string,
  expected: 'CSV' | 'XML',
): DecodedText {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_TEXT_FILE_BYTES) {
    throw refuse(
      file,
      'ssda903.too-large',
      `the file is ${bytesText(size)}, more than the ${bytesText(MAX_TEXT_FILE_BYTES)} a 903 file may be. ` +
        'Check it is the right file; a 903 return of 100,000 episodes is about 15 MB.',
    );
  }
  if (typeof input !== 'string') {
    const binary = sniffBinary(input);
    if (binary === 'utf-16' && isUtf16Xml(input)) {
      throw refuse(
        file,
        'ssda903.utf-16-xml',
        'this is XML saved as UTF-16 ("Unicode") text, which the 903 readers do not take. ' +
          'Open it in a text editor and save it as UTF-8, or export the 903 XML again as UTF-8, and import that.',
      );
    }
    if (binary !== undefined) {
      const fix =
        binary === 'utf-16'
          ? `Save it again as "CSV UTF-8" (or UTF-8 XML) and import that.`
          : binary === 'zip' && expected === 'CSV'
            ? `If it is an Excel workbook, open it and use "Save as" → "CSV UTF-8" for each 903 table, then import the CSV files.`
            : `Export the 903 ${expected} from the case-management system again and import that file.`;
      throw refuse(
        file,
        `ssda903.${binary === 'utf-16' ? 'utf-16' : 'binary'}`,
        `this file is ${describeBinary(binary)}, not an SSDA903 ${expected} file. ${fix}`,
      );
    }
  }
  refuseNul(file, input);
  return decodeText(input);
}

/**
 * Refuses a NUL anywhere in the file, not only in the first bytes sniffed:
 * no 903 value holds one, and a file with one is damaged or binary.
 */
function refuseNul(file: string, input: Uint8Array | string): void {
  const at = typeof input === 'string' ? input.indexOf('\0') : input.indexOf(0);
  if (at === -1) return;
  let line = 1;
  if (typeof input === 'string') {
    for (let k = input.indexOf('\n'); k !== -1 && k < at; k = input.indexOf('\n', k + 1)) line += 1;
  } else {
    for (let k = input.indexOf(10); k !== -1 && k < at; k = input.indexOf(10, k + 1)) line += 1;
  }
  throw refuse(
    file,
    'ssda903.nul',
    `line ${line.toLocaleString('en-GB')} holds a NUL byte (offset ${at.toLocaleString('en-GB')}), so the file is damaged or not text. ` +
      'Copy or export the file again and import that.',
  );
}

/** The warning for a file read as Windows-1252, if it was. */
export function encodingProblem(file: string, decoded: DecodedText): RecordProblem | undefined {
  if (decoded.encoding !== 'windows-1252') return undefined;
  return {
    rule: '903.read.encoding',
    severity: 'warning',
    file,
    message:
      `This file is not valid UTF-8 (first bad byte at offset ${decoded.invalidAt ?? 0}), so it was read as ` +
      `Windows-1252, the encoding of Excel's plain "CSV" export. Check names and postcodes with accents or ` +
      `symbols; to avoid this, export as "CSV UTF-8".`,
  };
}
