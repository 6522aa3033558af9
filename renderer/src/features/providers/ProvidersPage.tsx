import { useState } from 'react';
import { providerFlags } from '../../../../shared/domain';
import { addProvider, editProvider } from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { SummaryList } from '../../components/govuk/SummaryList';
import { WarningText } from '../../components/govuk/WarningText';
import { runCommand } from '../../db/workbook-repository';
import { useWorkbook } from '../inspections/use-workbook';
import { formatLongDate } from '../../components/format-date';
import { legalFormLabels } from './labels';
import { ProviderForm } from './ProviderForm';

const functionNames = {
  'relevant-care': 'Relevant care functions (2008)',
  wider: 'Wider functions (2014)',
} as const;

/**
 * Delegated providers: each with its functions and profit status, and the
 * not-for-profit warning; add one, or edit one in place (only the fields
 * changed are recorded in the log).
 */
export function ProvidersPage({ inspectionId }: { readonly inspectionId: string }) {
  const { db, userName } = useApp();
  const workbook = useWorkbook(inspectionId);
  const [editing, setEditing] = useState<string | undefined>();
  // Each save gets its own banner (a new key), so focus lands on it every time.
  const [saved, setSaved] = useState<{ readonly text: string; readonly key: number } | undefined>();
  if (workbook === undefined) return <p className="govuk-body">Loading…</p>;
  if (!workbook.ok) return <ErrorSummary errors={[{ text: workbook.error.message }]} />;
  const { providers, inspection } = workbook.data;
  const flags = providerFlags(providers, inspection.council.laCode);
  return (
    <>
      <BackLink href={hrefFor({ name: 'overview', inspectionId })}>Inspection overview</BackLink>
      {saved === undefined ? null : (
        <NotificationBanner title="Success" success key={saved.key}>
          <p className="govuk-notification-banner__heading">{saved.text}</p>
        </NotificationBanner>
      )}
      <h1 className="govuk-heading-xl">Delegated providers</h1>
      {providers.length === 0 ? <p className="govuk-body">No delegated providers yet.</p> : null}
      {providers.map((provider) => (
        <div className="govuk-summary-card" key={provider.id}>
          <div className="govuk-summary-card__title-wrapper">
            <h2 className="govuk-summary-card__title">{provider.name}</h2>
            {editing === undefined ? (
              <ul className="govuk-summary-card__actions">
                {/* govuk-body gives the button-as-link the GOV.UK font it would otherwise not inherit. */}
                <li className="govuk-summary-card__action govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0">
                  <button
                    type="button"
                    className="govuk-link app-link-button"
                    onClick={() => {
                      setSaved(undefined);
                      setEditing(provider.id);
                    }}
                  >
                    Edit<span className="govuk-visually-hidden"> {provider.name}</span>
                  </button>
                </li>
              </ul>
            ) : null}
          </div>
          <div className="govuk-summary-card__content">
            {flags
              .filter((flag) => flag.provider === provider.id)
              .map((flag) => (
                <WarningText key={flag.rule}>{flag.message}</WarningText>
              ))}
            {editing === provider.id ? (
              <ProviderForm
                defaultStart={inspection.onSite.start}
                editing={provider}
                onCancel={() => setEditing(undefined)}
                onAdd={async (input) => {
                  const outcome = await runCommand(db, inspectionId, userName, (context) =>
                    editProvider(context, { id: provider.id, ...input }),
                  );
                  if (!outcome.ok) return outcome.error.message;
                  setEditing(undefined);
                  setSaved({ text: `Changes to ${input.name.trim()} saved.`, key: Date.now() });
                  return undefined;
                }}
              />
            ) : (
              <SummaryList
                rows={[
                  { key: 'Legal form', value: legalFormLabels[provider.legalForm] },
                  {
                    key: 'Companies House number',
                    value: provider.companyNumber ?? 'Not recorded',
                  },
                  {
                    key: 'Profit status',
                    value: provider.forProfit ? 'Profit-making' : 'Not for profit',
                  },
                  {
                    key: 'Functions delegated',
                    value: provider.functions.map((f) => functionNames[f]).join('; '),
                  },
                  {
                    key: 'Contract',
                    value: `From ${formatLongDate(provider.contract.start)}${
                      provider.contract.end === undefined
                        ? ''
                        : ` to ${formatLongDate(provider.contract.end)}`
                    }`,
                  },
                ]}
              />
            )}
          </div>
        </div>
      ))}
      {editing === undefined ? (
        <ProviderForm
          defaultStart={inspection.onSite.start}
          onAdd={async (input) => {
            const outcome = await runCommand(db, inspectionId, userName, (context) =>
              addProvider(context, input),
            );
            if (!outcome.ok) return outcome.error.message;
            setSaved({ text: `${input.name.trim()} added.`, key: Date.now() });
            return undefined;
          }}
        />
      ) : null}
    </>
  );
}
