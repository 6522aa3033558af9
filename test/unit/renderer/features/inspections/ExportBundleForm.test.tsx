// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportBundleForm } from '../../../../../renderer/src/features/inspections/ExportBundleForm';
import type { TeamKeys } from '../../../../../shared/tasks';

afterEach(cleanup);
beforeEach(() => {
  window.location.hash = '#/inspections/insp-1';
});

const AMARA = { name: 'Amara Okafor', role: 'lead' } as const;
const TOM = { name: 'Tom Hargreaves', role: 'inspector' } as const;
const KEY = {
  member: 'Amara Okafor',
  recipient: 'age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg',
  by: 'Amara Okafor',
  at: '2026-10-05T09:00:00.000Z',
};

function shown(team: TeamKeys): void {
  render(
    <ExportBundleForm
      team={team}
      fileName="northmoor.inspection"
      busy={false}
      onExport={() => undefined}
    />,
  );
}

describe('where the export form sends a person for a missing key', () => {
  it('before the roster is signed: to add the key on the Team page themselves', () => {
    shown({ source: 'member-keys', members: [{ member: AMARA, key: KEY }, { member: TOM }] });
    expect(screen.getByText(/Tom Hargreaves has no key yet/).textContent).toContain(
      'add their keys on the Team page',
    );
    expect(screen.getByRole('link', { name: 'the Team page' }).getAttribute('href')).toBe(
      '#/inspections/insp-1/team',
    );
  });

  it('once the roster is signed: to the lead, who adds keys to the roster', () => {
    shown({ source: 'roster', members: [{ member: AMARA, key: KEY }, { member: TOM }] });
    expect(screen.getByText(/Tom Hargreaves has no key yet/).textContent).toContain(
      'the lead adds their keys to the team roster on the Team page',
    );
  });

  it('with no key at all: a warning that the bundle would be plain, and where to add keys', () => {
    shown({ source: 'member-keys', members: [{ member: AMARA }, { member: TOM }] });
    expect(screen.getByText(/No one on the team has a public key yet/).textContent).toContain(
      'add the team’s keys on the Team page',
    );
    expect(screen.getByRole('button', { name: 'Export bundle without encryption' })).toBeTruthy();
  });
});
