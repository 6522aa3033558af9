import { useState } from 'react';
import type { Improvement, Workbook } from '../../../../shared/domain';
import { usePageTitle } from '../../app/page-title';
import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { ItemCard } from './ItemCard';
import { reportHeadings } from './report-headings';
import { SavedBanner, useSaved } from './SavedBanner';
import { NO_TAG, tagLabel, tagOf, tagOptions, tagValue } from './tag-choices';
import { TextItemForm } from './TextItemForm';
import { useReportWriting } from './use-report-writing';

/**
 * "What needs to improve?": the list so far, each with its national
 * framework tag chosen by what the outcome or enabler says, in the GOV.UK
 * "add multiple things" pattern
 * (https://design-system.service.gov.uk/patterns/add-multiple-things/).
 */
export function ImprovementsPage({
  inspectionId,
  workbook,
}: {
  readonly inspectionId: string;
  readonly workbook: Workbook;
}) {
  const heading = reportHeadings(workbook.inspection.kind).improvements;
  usePageTitle(heading);
  const writing = useReportWriting(inspectionId);
  const saves = useSaved();
  const [editing, setEditing] = useState<Improvement | undefined>();
  const [tag, setTag] = useState(NO_TAG);
  const [problem, setProblem] = useState<string | undefined>();
  const items = workbook.improvements;
  const tagField = (
    <Radios
      name="improvement-tag"
      legend="National framework tag"
      legendClass="govuk-fieldset__legend--s"
      hint="The outcome or enabler of the Children’s Social Care National Framework this improvement serves, if any."
      options={tagOptions()}
      value={tag}
      onChange={setTag}
    />
  );
  const startEditing = (item: Improvement | undefined) => {
    setEditing(item);
    setTag(tagValue(item?.tag));
  };
  const number = editing === undefined ? 0 : items.findIndex((i) => i.id === editing.id) + 1;
  return (
    <>
      <BackLink href={hrefFor({ name: 'report', inspectionId })}>Report</BackLink>
      {problem === undefined ? null : <ErrorSummary errors={[{ text: problem }]} />}
      <SavedBanner saved={saves.saved} />
      <span className="govuk-caption-l">Write the report</span>
      <h1 className="govuk-heading-xl">{heading}</h1>
      <p className="govuk-body">
        {items.length === 0
          ? 'No improvements yet.'
          : `${items.length} ${items.length === 1 ? 'improvement' : 'improvements'}, in the order the report lists them.`}
      </p>
      {items.map((item, index) =>
        editing?.id === item.id ? null : (
          <ItemCard
            key={item.id}
            name={`Improvement ${index + 1}`}
            rows={[
              { key: 'What needs to improve', value: item.text },
              { key: 'National framework tag', value: tagLabel(item.tag) },
            ]}
            onChange={() => startEditing(item)}
            onRemove={() =>
              void writing.removeImprovement(item.id).then((refused) => {
                setProblem(refused);
                if (refused === undefined) saves.show(`Improvement ${index + 1} removed.`);
              })
            }
          />
        ),
      )}
      <TextItemForm
        key={editing?.id ?? 'new'}
        id="improvement-text"
        title={
          editing === undefined
            ? items.length === 0
              ? 'Add an improvement'
              : 'Add another improvement'
            : `Change improvement ${number}`
        }
        label="What needs to improve"
        hint="One item of the list, as the report will print it."
        initial={editing?.text ?? ''}
        extra={tagField}
        onCancel={editing === undefined ? undefined : () => startEditing(undefined)}
        onSave={async (text) => {
          const chosen = tagOf(tag);
          const refused =
            editing === undefined
              ? await writing.addImprovement(text, chosen ?? undefined)
              : await writing.editImprovement(editing.id, text, chosen);
          if (refused === undefined) {
            saves.show(
              editing === undefined ? 'Improvement added.' : `Improvement ${number} changed.`,
            );
            startEditing(undefined);
          }
          return refused;
        }}
      />
      <p className="govuk-body">
        <a className="govuk-link" href={hrefFor({ name: 'report', inspectionId, sub: 'check' })}>
          Check the report
        </a>
      </p>
    </>
  );
}
