import { usePageTitle } from '../../app/page-title';
import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { useWorkbook } from '../inspections/use-workbook';
import { ChildEvidenceSection } from './ChildEvidenceSection';
import { ChildFlagsSection } from './ChildFlagsSection';
import { ChildIndicatorsSection } from './ChildIndicatorsSection';
import { ChildRowsSection } from './ChildRowsSection';
import { useChildRecords } from './use-child';

/**
 * Everything the workbook knows about one child, by the id the council's
 * records use (the SSDA903 CHILD, the Annex A Child Unique ID): their rows in
 * every imported file with the problems on them, the evidence naming them,
 * the conflict-of-interest flags their placements are in, and the indicators
 * they count in. Provenance an inspector can walk (ILACS: inspectors track
 * and sample children's records, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018).
 */
export function ChildPage({
  inspectionId,
  childId,
}: {
  readonly inspectionId: string;
  readonly childId: string;
}) {
  usePageTitle(`Child ${childId}`);
  const workbook = useWorkbook(inspectionId);
  const records = useChildRecords(inspectionId, childId);
  if (workbook === undefined) return <p className="govuk-body">Loading…</p>;
  if (!workbook.ok) return <ErrorSummary errors={[{ text: workbook.error.message }]} />;
  const { inspection, providers, evidence } = workbook.data;
  const ownerName = (owner: string) =>
    owner === 'council'
      ? inspection.council.name
      : (providers.find((p) => p.id === owner)?.name ?? 'the inspection as a whole');
  const naming = evidence.filter((item) => item.childIds.includes(childId));
  return (
    <>
      <BackLink href={hrefFor({ name: 'evidence', inspectionId })}>Evidence</BackLink>
      <span className="govuk-caption-l">{inspection.council.name}</span>
      <h1 className="govuk-heading-xl">Child {childId}</h1>
      <p className="govuk-body-l">
        What this workbook holds about the child with id {childId} in the council’s and its
        delegated providers’ records.
      </p>
      <ChildEvidenceSection inspectionId={inspectionId} evidence={naming} sourceName={ownerName} />
      <ChildRowsSection inspectionId={inspectionId} rows={records?.rows} ownerName={ownerName} />
      <ChildFlagsSection inspectionId={inspectionId} childId={childId} />
      <ChildIndicatorsSection
        inspectionId={inspectionId}
        workbook={workbook.data}
        childId={childId}
        rows={records?.rows}
      />
    </>
  );
}
