import { Table } from '../../components/govuk/Table';
import {
  coverageCount,
  type CoverageGroup,
  type CriteriaGroup,
  type CriterionCoverage,
} from './criteria-coverage';

const groupNames: Readonly<Record<CriteriaGroup, string>> = {
  good: 'What a good judgement covers',
  'published-criteria': 'Ofsted’s published criteria',
  outstanding: 'What outstanding looks like',
  inadequate: 'What inadequate looks like',
};

function criterionCell({ item }: CriterionCoverage) {
  return (
    <>
      {item.text}
      {item.points.length === 0 ? null : (
        <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
          {item.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      )}
    </>
  );
}

// "Not tagged", not "Not covered": the evidence may well bear on the criterion;
// it is only that no linked item was tagged with it when recorded.
function coverageCell({ coveredBy }: CriterionCoverage) {
  return coveredBy.length === 0 ? (
    <strong className="govuk-tag govuk-tag--grey">Not tagged</strong>
  ) : (
    <strong className="govuk-tag govuk-tag--green">
      Tagged on {coveredBy.length} {coveredBy.length === 1 ? 'item' : 'items'}
    </strong>
  );
}

/**
 * The area's evaluation criteria (shared/domain/checklists, from the Ofsted
 * ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/inspecting-local-authority-childrens-services) with which ones the linked evidence covers.
 */
export function CriteriaChecklist({ groups }: { readonly groups: readonly CoverageGroup[] }) {
  const { covered, total } = coverageCount(groups);
  if (total === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">Evaluation criteria</h2>
        <p className="govuk-body">
          {/* The ILACS framework draws overall effectiveness from the other judgements. */}
          This judgement has no evaluation criteria of its own: it draws on every other judgement.
        </p>
      </>
    );
  }
  return (
    <>
      <h2 className="govuk-heading-m">Evaluation criteria</h2>
      <p className="govuk-body">
        Linked evidence is tagged with {covered} of {total} criteria. An evidence item counts for a
        criterion when it is tagged with it where the evidence is recorded; a criterion not tagged
        may still be met by evidence that was not tagged.
      </p>
      <p className="govuk-hint">
        A number in brackets is how many of the published Ofsted report sections studied for this
        judgement mention the point; “RC” names a published report by council and date.
      </p>
      {groups.map(({ group, criteria }) => (
        <Table
          key={group}
          caption={groupNames[group]}
          captionClass="govuk-table__caption--s"
          rows={criteria}
          rowKey={(row) => row.item.id}
          columns={[
            { header: 'Criterion', cell: criterionCell },
            { header: 'Linked evidence', cell: coverageCell },
          ]}
        />
      ))}
    </>
  );
}
