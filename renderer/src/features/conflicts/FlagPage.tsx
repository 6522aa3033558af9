import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';

/** Placeholder until this page is built: its address already works. */
export function FlagPage({
  inspectionId,
}: {
  readonly inspectionId: string;
  readonly flagId: string;
}) {
  return (
    <>
      <BackLink href={hrefFor({ name: 'overview', inspectionId })}>Inspection overview</BackLink>
      <h1 className="govuk-heading-xl">Conflict of interest</h1>
    </>
  );
}
