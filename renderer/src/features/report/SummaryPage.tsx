import { useState } from 'react';
import type { Workbook } from '../../../../shared/domain';
import { usePageTitle } from '../../app/page-title';
import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Textarea } from '../../components/govuk/Textarea';
import { reportHeadings } from './report-headings';
import { SavedBanner, useSaved } from './SavedBanner';
import { useReportWriting } from './use-report-writing';

/**
 * The report's headline summary (or a visit letter's headline findings or
 * overview): one text, paragraphs separated by a blank line, as the report
 * prints it.
 */
export function SummaryPage({
  inspectionId,
  workbook,
}: {
  readonly inspectionId: string;
  readonly workbook: Workbook;
}) {
  const heading = reportHeadings(workbook.inspection.kind).summary;
  usePageTitle(heading);
  const writing = useReportWriting(inspectionId);
  const saves = useSaved();
  const [text, setText] = useState(workbook.summary);
  const [error, setError] = useState<{ text: string; href?: string } | undefined>();
  const [attempt, setAttempt] = useState(0);
  async function save() {
    if (text.trim() === '') {
      setError({ text: `Enter the ${heading.toLowerCase()}`, href: '#summary-text' });
      setAttempt((n) => n + 1);
      return;
    }
    const problem = await writing.setSummary(text.trim());
    setError(problem === undefined ? undefined : { text: problem });
    if (problem === undefined) saves.show(`${heading} saved.`);
    else setAttempt((n) => n + 1);
  }
  return (
    <>
      <BackLink href={hrefFor({ name: 'report', inspectionId })}>Report</BackLink>
      {error === undefined ? null : <ErrorSummary key={attempt} errors={[error]} />}
      <SavedBanner saved={saves.saved} />
      <span className="govuk-caption-l">Write the report</span>
      <h1 className="govuk-heading-xl">{heading}</h1>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Textarea
          id="summary-text"
          label={heading}
          labelClass="govuk-visually-hidden"
          hint="What the report says first: the inspection’s main findings in a few paragraphs. Leave a blank line between paragraphs."
          rows={12}
          value={text}
          onChange={setText}
          {...(error?.href === undefined ? {} : { error: error.text })}
        />
        <div className="govuk-button-group">
          <Button type="submit">Save {heading.toLowerCase()}</Button>
          <a className="govuk-link" href={hrefFor({ name: 'report', inspectionId, sub: 'check' })}>
            Check the report
          </a>
        </div>
      </form>
    </>
  );
}
