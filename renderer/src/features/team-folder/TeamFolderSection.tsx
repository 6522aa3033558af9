import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { SummaryList } from '../../components/govuk/SummaryList';
import { WarningText } from '../../components/govuk/WarningText';
import { formatMoment, plural } from './labels';
import { LastPass } from './LastPass';
import type { StoredTeamFolder } from './team-folder-record';
import { chooseTeamFolder, leaveTeam, teamPass } from './team-sync';
import { TeamTable } from './TeamTable';
import { useTeamFolderRecord, useTeamSyncDeps } from './use-team-folder';

const HEADING_ID = 'team-folder-heading';

/** Files passed over for good, each named once with why; they stay in the folder. */
function Refused({ refused }: { readonly refused: StoredTeamFolder['refused'] }) {
  if (refused.length === 0) return null;
  return (
    <>
      <WarningText>
        {refused.length === 1
          ? 'One file in the team folder could not be merged. It was left where it is.'
          : `${refused.length} files in the team folder could not be merged. They were left where they are.`}
      </WarningText>
      <ul className="govuk-list govuk-list--bullet">
        {refused.map((notice) => (
          <li key={notice.file}>
            <code className="govuk-!-text-break-word">{notice.file}</code>: {notice.reason}
          </li>
        ))}
      </ul>
    </>
  );
}

function Shared({
  record,
  me,
  busy,
  onCheck,
  onLeave,
}: {
  readonly record: StoredTeamFolder;
  readonly me: string;
  readonly busy: boolean;
  readonly onCheck: () => void;
  readonly onLeave: () => void;
}) {
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Team folder', value: record.name },
          {
            key: 'Last checked',
            value: record.checkedAt === undefined ? 'Not yet' : formatMoment(record.checkedAt),
          },
          ...(record.waiting === 0
            ? []
            : [
                {
                  key: 'Still arriving',
                  value: `${plural(record.waiting, 'file')}: merged once ${record.waiting === 1 ? 'it has' : 'they have'} arrived whole`,
                },
              ]),
        ]}
      />
      {record.problem === undefined ? null : <WarningText>{record.problem}</WarningText>}
      <TeamTable
        team={record.team}
        me={me}
        wroteAt={record.wroteAt}
        wroteSegments={record.wroteSegments}
      />
      {record.lastPass === undefined ? null : <LastPass pass={record.lastPass} />}
      <Refused refused={record.refused} />
      <div className="govuk-button-group">
        {/* Never disabled: a disabled button drops keyboard focus; a click while busy does nothing. */}
        <Button variant="secondary" onClick={onCheck} aria-disabled={busy}>
          Check the team folder now
        </Button>
        <Button variant="secondary" onClick={onLeave} aria-disabled={busy}>
          Leave the team folder
        </Button>
      </div>
    </>
  );
}

/**
 * "Share through a team folder" on the Overview: choose the folder the
 * team's own sync engine keeps in step, see the team and what the last
 * pass brought, check now, or leave (nothing more is written; the workbook
 * keeps everything).
 */
export function TeamFolderSection({ inspectionId }: { readonly inspectionId: string }) {
  const { userName } = useApp();
  const deps = useTeamSyncDeps(inspectionId);
  const record = useTeamFolderRecord(inspectionId);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  /** What the last action did, for screen readers (the page shows it in the section). */
  const [said, setSaid] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  async function act(action: () => Promise<string | undefined>) {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    setSaid('Checking the team folder…');
    try {
      const outcome = await action();
      setSaid(outcome ?? '');
    } finally {
      setBusy(false);
    }
  }

  const choose = () =>
    act(async () => {
      const chosen = await chooseTeamFolder(deps);
      if (!chosen.ok) {
        setProblem(chosen.error.message);
        return undefined;
      }
      if (!chosen.data) return undefined;
      // The button pressed is gone: the section's heading takes focus, as after a page change.
      heading.current?.focus();
      return 'Sharing through the team folder; it was checked.';
    });
  const check = () =>
    act(async () =>
      (await teamPass(deps, true)) === 'done'
        ? 'The team folder was checked.'
        : 'The team folder could not be checked.',
    );
  const leave = () =>
    act(async () => {
      await leaveTeam(deps);
      heading.current?.focus();
      return 'You left the team folder.';
    });

  const shared = record !== undefined && record !== null && record.leftAt === undefined;
  return (
    <section aria-labelledby={HEADING_ID}>
      <h2 className="govuk-heading-m" id={HEADING_ID} ref={heading} tabIndex={-1}>
        Share through a team folder
      </h2>
      <output className="govuk-visually-hidden" aria-live="polite">
        {said}
      </output>
      {problem === undefined ? null : <ErrorSummary errors={[{ text: problem }]} />}
      {record === undefined ? (
        <p className="govuk-body">Loading…</p>
      ) : shared ? (
        <Shared record={record} me={userName} busy={busy} onCheck={check} onLeave={leave} />
      ) : (
        <>
          <p className="govuk-body">
            Work on this inspection with your team without a server: choose a folder your team’s
            sync engine keeps in step — a OneDrive or SharePoint folder, a network share, a
            Syncthing folder, or a USB stick passed round. Your changes are written there, encrypted
            to the team, and everyone else’s are merged in.
          </p>
          {record?.leftAt === undefined ? null : (
            <p className="govuk-body">
              You left the team folder {record.name} on {formatMoment(record.leftAt)}. Everything
              merged from it is still in this workbook.
            </p>
          )}
          {deps.host.onDisk ? null : (
            <div className="govuk-inset-text">
              This browser cannot choose a folder on your computer, so the team folder is kept in
              the browser’s own storage. Use the desktop app to share through a real folder.
            </div>
          )}
          <Button onClick={choose} aria-disabled={busy}>
            Choose the team folder
          </Button>
        </>
      )}
    </section>
  );
}
