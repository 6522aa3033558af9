import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';

/** Placeholder until this page is built: its address already works. */
export function EvidenceItemPage({
  inspectionId,
}: {
  readonly inspectionId: string;
  readonly evidenceId: string;
}) {
  return (
    <>
      <BackLink href={hrefFor({ name: 'overview', inspectionId })}>Inspection overview</BackLink>
      <h1 className="govuk-heading-xl">Evidence item</h1>
    </>
  );
}
