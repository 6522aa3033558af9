import { useState } from 'react';
import { inspectionKind, type PriorityAction, type Workbook } from '../../../../shared/domain';
import { usePageTitle } from '../../app/page-title';
import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { ItemCard } from './ItemCard';
import { SavedBanner, useSaved } from './SavedBanner';
import { TextItemForm } from './TextItemForm';
import { useReportWriting } from './use-report-writing';

/**
 * Areas for priority action: the serious concerns a monitoring or focused
 * visit letter sets out (test/fixtures/docs/ilacs.md §1.1b;
 * https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018).
 * Other kinds of
 * inspection do not set them, and the page says so.
 */
export function PrioritiesPage({
  inspectionId,
  workbook,
}: {
  readonly inspectionId: string;
  readonly workbook: Workbook;
}) {
  usePageTitle('Areas for priority action');
  const writing = useReportWriting(inspectionId);
  const saves = useSaved();
  const [editing, setEditing] = useState<PriorityAction | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const kind = inspectionKind(workbook.inspection.kind);
  const items = workbook.priorityActions;
  const back = <BackLink href={hrefFor({ name: 'report', inspectionId })}>Report</BackLink>;
  if (!kind.hasPriorityActions) {
    return (
      <>
        {back}
        <h1 className="govuk-heading-xl">Areas for priority action</h1>
        <p className="govuk-body">
          A {kind.label.toLowerCase()} does not set areas for priority action: only monitoring and
          focused visit letters do.
        </p>
      </>
    );
  }
  const number = editing === undefined ? 0 : items.findIndex((i) => i.id === editing.id) + 1;
  return (
    <>
      {back}
      {problem === undefined ? null : <ErrorSummary errors={[{ text: problem }]} />}
      <SavedBanner saved={saves.saved} />
      <span className="govuk-caption-l">Write the report</span>
      <h1 className="govuk-heading-xl">Areas for priority action</h1>
      <p className="govuk-body">
        {items.length === 0
          ? 'No areas for priority action yet.'
          : `${items.length} ${items.length === 1 ? 'area' : 'areas'} for priority action.`}
      </p>
      {items.map((item, index) =>
        editing?.id === item.id ? null : (
          <ItemCard
            key={item.id}
            name={`Area for priority action ${index + 1}`}
            rows={[{ key: 'Area for priority action', value: item.text }]}
            onChange={() => setEditing(item)}
            onRemove={() =>
              void writing.removePriorityAction(item.id).then((refused) => {
                setProblem(refused);
                if (refused === undefined)
                  saves.show(`Area for priority action ${index + 1} removed.`);
              })
            }
          />
        ),
      )}
      <TextItemForm
        key={editing?.id ?? 'new'}
        id="priority-text"
        title={
          editing === undefined
            ? items.length === 0
              ? 'Add an area for priority action'
              : 'Add another area for priority action'
            : `Change area for priority action ${number}`
        }
        label="Area for priority action"
        hint="A serious concern the council must act on, as the letter will print it."
        initial={editing?.text ?? ''}
        onCancel={editing === undefined ? undefined : () => setEditing(undefined)}
        onSave={async (text) => {
          const refused =
            editing === undefined
              ? await writing.addPriorityAction(text)
              : await writing.editPriorityAction(editing.id, text);
          if (refused === undefined) {
            saves.show(
              editing === undefined
                ? 'Area for priority action added.'
                : `Area for priority action ${number} changed.`,
            );
            setEditing(undefined);
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
