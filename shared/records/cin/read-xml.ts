/**
 * Reads a CIN census XML return (`Message` → `Header`, `Children` → `Child`)
 * into one table per repeating group (tables.ts), streaming: each element
 * goes into its table as it is read, nothing else of the document is kept.
 * A single pass reads the XML a census export writes (xml-scan.ts); any
 * other file is read by saxes, a streaming SAX parser that expands no
 * external entities and refuses undefined ones, whose checks are the
 * reference. The structure is checked against the schema as it is read
 * (reader.ts); values are checked once the census year is known
 * (check-values.ts). Elements the schema does not have are kept out of the
 * tables and reported as warnings.
 */
import { SaxesParser } from 'saxes';
import { FileRefusedError, type RecordProblem } from '../problem';
import { encodingProblem, refuse } from '../ssda903/refuse';
import { checkValues } from './check-values';
import { decodeCensus } from './decode';
import { startReading, type Reading } from './reader';
import { scanXml } from './xml-scan';
import { censusYearOf } from './year';
import { addCinProblem, type CinResult } from './types';

export { MAX_TEXT_LENGTH } from './reader';

function refusedAs(file: string, error: unknown, reason: string, what: string): never {
  if (error instanceof FileRefusedError) throw error;
  const detail = error instanceof Error ? error.message : String(error);
  throw refuse(
    file,
    reason,
    `${what} (${detail}). Export the CIN census XML again, or copy the whole file.`,
  );
}

/** Reads `text` with saxes: the reference for every file the single pass leaves alone. */
function readWithSaxes(file: string, text: string, first: readonly RecordProblem[]): Reading {
  const reader = startReading(file, first);
  const parser = new SaxesParser({ position: true });
  parser.on('opentag', (tag) => reader.open(tag.name, 0, tag.name.length));
  parser.on('text', (chunk) => reader.text(chunk, 0, chunk.length, chunk.trim() === ''));
  parser.on('closetag', () => reader.close());
  try {
    parser.write(text);
  } catch (error: unknown) {
    refusedAs(file, error, 'cin.malformed-xml', 'the XML is not well formed');
  }
  try {
    parser.close();
  } catch (error: unknown) {
    refusedAs(
      file,
      error,
      'cin.truncated-xml',
      'the XML ends before its elements are closed, so it looks cut short',
    );
  }
  reader.finish();
  return reader.reading;
}

/** Reads `text`, starting its problems with `first`. */
function read(file: string, text: string, first: readonly RecordProblem[]): Reading {
  const reader = startReading(file, first);
  if (!scanXml(text, reader)) return readWithSaxes(file, text, first);
  reader.finish();
  return reader.reading;
}

/**
 * Reads a CIN census XML file (bytes or text). Throws FileRefusedError when
 * the file is not well-formed XML, is cut short, its root element is not
 * `Message`, or a text holds more than {@link MAX_TEXT_LENGTH} characters.
 */
export function readCinXml(file: string, input: Uint8Array | string): CinResult {
  const decoded = decodeCensus(file, input);
  const encoding = encodingProblem(file, decoded);
  const { tables, problems, seen, unknown, stray, sawRoot } = read(
    file,
    decoded.text,
    encoding === undefined ? [] : [encoding],
  );
  if (!sawRoot) {
    throw refuse(
      file,
      'cin.not-cin-xml',
      'there is no <Message> element: this is not a CIN census return.',
    );
  }
  for (const [element, count] of unknown) {
    problems.push({
      rule: 'cin.xml.unknown-element',
      severity: 'warning',
      file,
      value: element,
      message: `The element <${element}> (${count}×) is not part of the CIN census return and was not kept. Check the export settings.`,
    });
  }
  for (const [element, count] of stray) {
    problems.push({
      rule: 'cin.xml.stray-text',
      severity: 'warning',
      file,
      value: element,
      message: `Text sits directly inside <${element}> (${count}×), outside any item, and was ignored. The export has probably put a value in the wrong place.`,
    });
  }
  const year = censusYearOf(tables.Header[0]);
  if (year.note !== undefined) {
    addCinProblem(
      problems,
      {
        rule: 'cin.Header.ReferenceDate.year',
        file,
        sheet: 'Header',
        column: 'ReferenceDate',
        ...year.note,
      },
      tables.Header[0],
    );
  }
  checkValues(file, tables, seen, year.schemaYear, problems);
  return {
    kind: 'cin-census',
    file,
    tables,
    problems,
    year: year.year,
    schemaYear: year.schemaYear,
    encoding: decoded.encoding,
  };
}
