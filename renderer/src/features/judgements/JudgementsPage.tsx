import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';

/** Judgements: being built (issue #8). */
export function JudgementsPage({ inspectionId }: { readonly inspectionId: string }) {
  return (
    <>
      <BackLink href={hrefFor({ name: 'overview', inspectionId })}>Inspection overview</BackLink>
      <h1 className="govuk-heading-xl">Judgements</h1>
    </>
  );
}
