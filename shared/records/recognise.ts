/**
 * Which reader a file of an import call goes to, told by its name and first
 * bytes (xlsx) or its content (Companies House bulk files).
 */
import { detectCompaniesHouse } from './companies-house';
import { FileRefusedError } from './problem';
import type { InputFile } from './read-files';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Whether a file goes to the xlsx reader: named like a workbook, or a zip not named as something else. */
export function looksLikeXlsx(file: InputFile): boolean {
  const named = /\.(xlsx|xlsm|xls)$/i.test(file.name);
  const zipped = ZIP_MAGIC.every((byte, index) => file.bytes[index] === byte);
  // A CSV named .xlsx goes to the xlsx reader, which refuses it as not a workbook.
  return named || (zipped && !/\.(csv|xml|txt|zip)$/i.test(file.name));
}

/** Companies House bulk files are told by content (header row, JSON lines), zipped or not. */
export function isCompaniesHouse(file: InputFile): boolean {
  try {
    detectCompaniesHouse(file.name, file.bytes);
    return true;
  } catch (error: unknown) {
    // A zip that is damaged, too large or holds several files is refused as
    // what it is, not passed on to be called "not an SSDA903 file".
    return error instanceof FileRefusedError && error.reason.startsWith('ch.zip.');
  }
}
