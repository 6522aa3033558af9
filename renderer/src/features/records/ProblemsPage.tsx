import { hrefFor, type InspectionRoute } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';

/** Placeholder until this page is built: its address already works. */
export function ProblemsPage({ route }: { readonly route: InspectionRoute }) {
  return (
    <>
      <BackLink href={hrefFor({ name: 'records', inspectionId: route.inspectionId })}>
        Records
      </BackLink>
      <h1 className="govuk-heading-xl">Problems in the records</h1>
    </>
  );
}
