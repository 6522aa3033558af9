/**
 * Why a report could not be made: a missing or unreadable font, a layout
 * pdfmake refused. The message names the file concerned, for a one-line
 * error.
 */
export class ReportError extends Error {
  override readonly name = 'ReportError';
  constructor(
    readonly code: 'font-missing' | 'font-invalid' | 'render-failed',
    message: string,
  ) {
    super(message);
  }
}
