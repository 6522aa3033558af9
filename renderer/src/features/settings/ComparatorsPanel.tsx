import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ComparatorFileProblem } from '../../../../shared/comparators/types';
import { useApp } from '../../app/app-context';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import {
  bundled,
  loadComparatorUpdate,
  readComparatorUpdate,
  removeComparatorUpdate,
} from '../../db/comparators-store';
import { getPlatform } from '../../platform';

type Outcome =
  | { readonly kind: 'loaded'; readonly text: string }
  | { readonly kind: 'refused'; readonly problems: readonly ComparatorFileProblem[] };

const decoder = new TextDecoder('utf-8');

/**
 * Comparators update: load a newer DfE release of the comparator files (as
 * `workbook comparators update` does). Each file is checked (its name, its
 * columns, a year later than the one loaded); if any is refused, nothing
 * stored changes and the summary names the file and the column. The bundled
 * figures stay the fallback, and can be gone back to.
 */
export function ComparatorsPanel() {
  const { db, userName } = useApp();
  const stored = useLiveQuery(() => readComparatorUpdate(db), [db]);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [busy, setBusy] = useState(false);
  const bundledVersion = useLiveQuery(async () => (await bundled()).version, []);
  const version = stored?.dataset.version ?? bundledVersion ?? '';

  async function choose() {
    const chosen = await getPlatform().openFiles({
      multiple: true,
      title: 'Choose the newer DfE comparator files',
      filters: [{ name: 'DfE statistics files (CSV)', extensions: ['csv'] }],
    });
    if (!chosen.ok) {
      setOutcome({ kind: 'refused', problems: [{ file: '', message: chosen.error.message }] });
      return;
    }
    if (chosen.data.length === 0) return;
    setBusy(true);
    try {
      const files = chosen.data.map((f) => ({ name: f.name, text: decoder.decode(f.bytes) }));
      const result = await loadComparatorUpdate(db, files, userName);
      setOutcome(
        result.ok
          ? {
              kind: 'loaded',
              text: `Loaded ${result.load.files.map((f) => f.name).join(', ')} (version ${result.load.version}).`,
            }
          : { kind: 'refused', problems: result.problems },
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {outcome?.kind === 'refused' ? (
        <ErrorSummary
          title="Nothing was loaded"
          errors={outcome.problems.map((p) => ({ text: p.message, href: '#comparators-choose' }))}
        />
      ) : null}
      {outcome?.kind === 'loaded' ? (
        <NotificationBanner title="Success" success>
          <p className="govuk-notification-banner__heading">{outcome.text}</p>
        </NotificationBanner>
      ) : null}
      <p className="govuk-body">
        The DfE’s published figures for England, each region and each council, with each council’s
        statistical neighbours, shown beside the indicators and in reports.{' '}
        {stored === undefined
          ? `In use: the figures bundled with the app (version ${version}).`
          : `In use: a newer release loaded here (version ${version}); the bundled figures stay as the fallback.`}
      </p>
      {stored === undefined || stored.loads.length === 0 ? null : (
        <ul className="govuk-list govuk-list--bullet govuk-body-s">
          {stored.loads.map((load) => (
            <li key={`${load.at}-${load.version}`}>
              {load.at.slice(0, 10)}, by {load.by}:{' '}
              {load.files
                .map((f) => `${f.name}${f.years === null ? '' : ` (${f.years[0]}–${f.years[1]})`}`)
                .join(', ')}
            </li>
          ))}
        </ul>
      )}
      <Button
        id="comparators-choose"
        variant="secondary"
        disabled={busy}
        onClick={() => void choose()}
      >
        {busy ? 'Checking the files…' : 'Load newer DfE files'}
      </Button>{' '}
      {stored === undefined ? null : (
        <Button
          variant="secondary"
          onClick={() => {
            void removeComparatorUpdate(db).then(() =>
              setOutcome({ kind: 'loaded', text: 'Back to the figures bundled with the app.' }),
            );
          }}
        >
          Use the bundled figures again
        </Button>
      )}
    </>
  );
}
