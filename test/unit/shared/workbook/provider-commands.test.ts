import { describe, expect, it } from 'vitest';
import { providerFlags } from '../../../../shared/domain';
import {
  addProvider,
  createInspection,
  createSession,
  editProvider,
  workbookFromOperations,
  type CommandContext,
  type EditProviderInput,
  type Session,
} from '../../../../shared/workbook';

function session(): { readonly session: Session; readonly providerId: string } {
  let counter = 0;
  let clock = Date.UTC(2026, 9, 5);
  const s = createSession({
    newId: (prefix) => `${prefix}-${(counter += 1)}`,
    now: () => new Date(clock).toISOString(),
    wallClock: () => (clock += 1000),
  });
  s.run('Lead', (c) =>
    createInspection(c, {
      kind: 'ilacs-standard',
      council: { name: 'Northmoor', laCode: '899' },
      onSite: { start: '2026-10-05', end: '2026-10-16' },
      team: [{ name: 'Lead', role: 'lead' }],
    }),
  );
  const providerId = s.run('Lead', (c) =>
    addProvider(c, {
      name: 'Northmoor Children’s Trust CIC',
      legalForm: 'cic',
      companyNumber: '12345678',
      forProfit: false,
      functions: ['relevant-care', 'wider'],
      contract: { start: '2021-04-01' },
    }),
  );
  return { session: s, providerId };
}

function providers(s: Session) {
  const workbook = workbookFromOperations(s.operations);
  if (!workbook.ok) throw new Error(workbook.error.message);
  return workbook.data;
}

const edit = (input: EditProviderInput) => (c: CommandContext) => editProvider(c, input);

describe('editProvider', () => {
  it('records only the fields that change, one op each, and the SI 2014/2407 warning follows', () => {
    const { session: s, providerId } = session();
    const before = s.operations.length;
    s.run(
      'Inspector',
      edit({
        id: providerId,
        name: 'Northmoor Children’s Trust CIC',
        legalForm: 'company-limited-by-shares',
        forProfit: true,
        functions: ['relevant-care', 'wider'],
      }),
    );
    const added = s.operations.slice(before);
    expect(added.map((op) => [op.entityId, op.field, op.value, op.author])).toEqual([
      [providerId, 'legalForm', 'company-limited-by-shares', 'Inspector'],
      [providerId, 'forProfit', true, 'Inspector'],
    ]);
    // Each change points at the value it replaced, so a concurrent edit is detected on merge.
    expect(added.every((op) => op.prev !== null)).toBe(true);
    const workbook = providers(s);
    expect(workbook.providers[0]).toMatchObject({
      id: providerId,
      legalForm: 'company-limited-by-shares',
      forProfit: true,
      companyNumber: '12345678',
    });
    expect(
      providerFlags(workbook.providers, '899').map((f) => [f.provider, f.message]),
    ).toContainEqual([providerId, expect.stringContaining('SI 2014/2407')]);
  });

  it('writes nothing when the form is saved unchanged', () => {
    const { session: s, providerId } = session();
    const before = s.operations.length;
    s.run('Lead', edit({ id: providerId, forProfit: false, contract: { start: '2021-04-01' } }));
    expect(s.operations.length).toBe(before);
  });

  it('normalises the company number, sets the contract whole and keeps the council first', () => {
    const { session: s, providerId } = session();
    s.run(
      'Lead',
      edit({
        id: providerId,
        companyNumber: 'sc 4567',
        contract: { start: '2021-04-01', end: '2027-03-31' },
        otherCouncils: ['898', '899', '898'],
      }),
    );
    expect(providers(s).providers[0]).toMatchObject({
      companyNumber: 'SC004567',
      contract: { start: '2021-04-01', end: '2027-03-31' },
      councils: ['899', '898'],
    });
  });

  it('refuses an unknown id, a bad company number, a blank name, no functions and a contract ending before it starts', () => {
    const { session: s, providerId } = session();
    const before = s.operations.length;
    expect(() => s.run('Lead', edit({ id: 'prov-nope', name: 'X' }))).toThrow(
      /no delegated provider "prov-nope".*prov-2/,
    );
    expect(() => s.run('Lead', edit({ id: providerId, companyNumber: 'ABC!!' }))).toThrow(
      /Companies House/,
    );
    expect(() => s.run('Lead', edit({ id: providerId, name: '   ' }))).toThrow(/name/);
    expect(() => s.run('Lead', edit({ id: providerId, functions: [] }))).toThrow(
      /at least one kind of function/,
    );
    expect(() =>
      s.run('Lead', edit({ id: providerId, contract: { start: '2021-04-01', end: '2020-01-01' } })),
    ).toThrow(/cannot end before it starts/);
    expect(s.operations.length).toBe(before);
    expect(providers(s).providers[0]?.name).toBe('Northmoor Children’s Trust CIC');
  });
});
