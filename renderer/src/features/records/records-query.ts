import { hrefFor, type RouteQuery } from '../../app/router';

/** Which file and view the Records page shows, as its address holds it. */
export type RecordsView = {
  /** An import's id; none means the newest file. */
  readonly file?: string;
  readonly view: 'problems' | 'rows';
  /** The table of the rows view. */
  readonly table?: string;
  /** A row of that table to bring into view: 1-based position as stored. */
  readonly row?: number;
};

/** The view an address's query names (`?file=…&view=rows&table=Episodes&row=12`). */
export function viewFromQuery(query: RouteQuery | undefined): RecordsView {
  const row = Number(query?.['row']);
  return {
    view: query?.['view'] === 'rows' ? 'rows' : 'problems',
    ...(query?.['file'] === undefined ? {} : { file: query['file'] }),
    ...(query?.['table'] === undefined ? {} : { table: query['table'] }),
    ...(Number.isInteger(row) && row > 0 ? { row } : {}),
  };
}

/** The query for a view. */
export function queryFromView(view: RecordsView): RouteQuery {
  return {
    ...(view.file === undefined ? {} : { file: view.file }),
    view: view.view,
    ...(view.table === undefined ? {} : { table: view.table }),
    ...(view.row === undefined ? {} : { row: String(view.row) }),
  };
}

/** The address of one stored row in the rows view. */
export function rowHref(
  inspectionId: string,
  importId: string,
  table: string,
  row: number,
): string {
  return hrefFor({
    name: 'records',
    inspectionId,
    query: queryFromView({ file: importId, view: 'rows', table, row }),
  });
}
