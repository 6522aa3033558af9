/**
 * Refusing a whole file (FileRefusedError) and the decoding step every 903
 * reader shares: binary content is refused; text that is not UTF-8 is read as
 * Windows-1252 with a warning.
 */
import { FileRefusedError, type RecordProblem } from '../problem';
import { decodeText, describeBinary, sniffBinary, type DecodedText } from './text';

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
  if (typeof input !== 'string') {
    const binary = sniffBinary(input);
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
  return decodeText(input);
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
