import { describe, expect, it } from 'vitest';
import { teamFromForm } from '../../../../../renderer/src/features/inspections/team-lines';

describe('the team the create form describes', () => {
  it('makes the creator lead, the others inspectors and the moderators moderators', () => {
    const outcome = teamFromForm(
      'Ada Lead',
      'ilacs-standard',
      ' Ben Ink \n\nCara Ink\nBen Ink',
      'Dee Mod\n',
    );
    expect(outcome).toEqual({
      ok: true,
      team: [
        { name: 'Ada Lead', role: 'lead' },
        { name: 'Ben Ink', role: 'inspector' },
        { name: 'Cara Ink', role: 'inspector' },
        { name: 'Dee Mod', role: 'moderator' },
      ],
    });
  });

  it('makes everyone else a council officer for a self-assessment, moderators still moderators', () => {
    const outcome = teamFromForm(
      'Olu Officer',
      'self-assessment',
      'Pat Officer\nOlu Officer',
      'Quin Mod',
    );
    expect(outcome.ok && outcome.team.map((m) => m.role)).toEqual([
      'council-officer',
      'council-officer',
      'moderator',
    ]);
  });

  it('refuses a name given as both a team member and a moderator, naming it', () => {
    const outcome = teamFromForm('Ada Lead', 'ilacs-standard', 'Ben Ink', 'Ben Ink');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toContain('Name Ben Ink once');
  });

  it('refuses the creator as their own moderator', () => {
    const outcome = teamFromForm('Ada Lead', 'focused-visit', '', 'Ada Lead');
    expect(!outcome.ok && outcome.message).toContain('Remove your own name (Ada Lead)');
  });
});
