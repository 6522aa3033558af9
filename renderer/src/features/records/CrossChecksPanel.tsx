import { ScrollBox } from '../../components/layout/ScrollBox';
import { useState } from 'react';
import { addEvidence, crossCheckEvidence } from '../../../../shared/workbook';
import type { CrossCheckFinding } from '../../../../shared/records/cin/cross-checks';
import { useApp } from '../../app/app-context';
import { hrefFor } from '../../app/router';
import { Button } from '../../components/govuk/Button';
import { runCommand } from '../../db/workbook-repository';
import { useCrossChecks } from './use-cross-checks';

const kindLabels: Readonly<Record<CrossCheckFinding['kind'], string>> = {
  'protection-and-care': 'On a child protection plan while looked after',
  'annex-a-not-in-census': 'In Annex A Lists 4–7, not in the census',
  'missing-from-provider-census': 'Missing from the provider’s census',
};

/**
 * The CIN census cross-checks (records/cin/cross-checks.ts) on the Records
 * page: each finding with its child and the body whose records show it,
 * and one button that records it as help-and-protection evidence. Nothing
 * shows until a CIN census is imported.
 */
export function CrossChecksPanel({
  inspectionId,
  ownerName,
}: {
  readonly inspectionId: string;
  readonly ownerName: (owner: string) => string;
}) {
  const { db, userName } = useApp();
  const state = useCrossChecks(inspectionId);
  const [added, setAdded] = useState<Readonly<Record<string, string>>>({});
  if (state.status === 'loading') return null;
  if (state.status === 'failed')
    return (
      <p className="govuk-body">The CIN census cross-checks could not be run: {state.message}</p>
    );
  const { census, findings } = state.report;
  if (census === null) return null;

  async function record(finding: CrossCheckFinding) {
    const outcome = await runCommand(db, inspectionId, userName, (context) =>
      addEvidence(context, crossCheckEvidence(finding)),
    );
    setAdded((now) => ({
      ...now,
      [finding.id]: outcome.ok ? 'Recorded as evidence.' : outcome.error.message,
    }));
  }

  return (
    <section aria-labelledby="cross-checks-heading">
      <h2 className="govuk-heading-l" id="cross-checks-heading">
        CIN census cross-checks, {census}
      </h2>
      {findings.length === 0 ? (
        <p className="govuk-body">
          The census agrees with the 903, the Annex A lists and each provider’s census.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            Each can be recorded as evidence for the help and protection judgement, from the body
            whose records show it.{' '}
            <a className="govuk-link" href={hrefFor({ name: 'evidence', inspectionId })}>
              See the evidence
            </a>
          </p>
          <ScrollBox label="CIN census cross-checks">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">
                CIN census cross-checks
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Finding
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Records of
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Evidence
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {findings.map((finding) => (
                  <tr className="govuk-table__row" key={finding.id}>
                    <td className="govuk-table__cell">
                      <strong>{kindLabels[finding.kind]}</strong>
                      <span className="govuk-!-display-block">{finding.message}</span>
                    </td>
                    <td className="govuk-table__cell">{ownerName(finding.owner)}</td>
                    <td className="govuk-table__cell">
                      {added[finding.id] === undefined ? (
                        <Button variant="secondary" onClick={() => void record(finding)}>
                          Record as evidence
                          <span className="govuk-visually-hidden">: child {finding.child}</span>
                        </Button>
                      ) : (
                        <output className="govuk-body">{added[finding.id]}</output>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
    </section>
  );
}
