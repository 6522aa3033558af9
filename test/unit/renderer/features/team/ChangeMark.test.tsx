// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeMark } from '../../../../../renderer/src/features/team/ChangeMark';
import { knownChangeMarks } from '../../../../../shared/tasks';
import { setGrade, signRoster } from '../../../../../shared/workbook';
import { person, teamLog } from '../../../shared/workbook/signed-team';

afterEach(cleanup);

describe('the verified mark in a history', () => {
  it('marks a signed change Verified and one made before the roster Not signed, once checked', async () => {
    const team = await teamLog();
    const amara = await person('amara');
    const [before] = await team.act('Amara Okafor', undefined, (c) =>
      setGrade(c, { area: 'leaders', grade: 'good', rationale: 'Sound' }),
    );
    await team.act('Amara Okafor', amara, (c) =>
      signRoster(c, { signingKey: amara.signingKey, recipient: amara.recipient }),
    );
    const [after] = await team.act('Amara Okafor', amara, (c) =>
      setGrade(c, { area: 'leaders', grade: 'outstanding', rationale: 'Better' }),
    );
    const log = [...team.log];
    expect(knownChangeMarks(log)).toBeUndefined();
    render(
      <ul>
        <li>
          <ChangeMark operations={log} opId={before?.id ?? ''} />
        </li>
        <li>
          <ChangeMark operations={log} opId={after?.id ?? ''} />
        </li>
      </ul>,
    );
    // Checked after the first drawing, not during it.
    expect(await screen.findByText('Verified')).toBeTruthy();
    expect(screen.getByText('Not signed')).toBeTruthy();
    expect(knownChangeMarks(log)?.signed).toBe(true);
  });

  it('marks nothing in a workbook whose lead has not signed the roster', async () => {
    const team = await teamLog();
    const log = [...team.log];
    const { container } = render(<ChangeMark operations={log} opId={log[0]?.id ?? ''} />);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(knownChangeMarks(log)?.signed).toBe(false);
    expect(container.textContent).toBe('');
  });
});
