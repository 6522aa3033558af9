import { describe, expect, it } from 'vitest';
import { jsonOutputSchema } from '../../../../electron/cli/json-schemas';
import { commandEntries } from '../../../../electron/cli/registry';

describe('command registry', () => {
  it('names each entry as the command it loads, once, each with a --json schema', async () => {
    const names = commandEntries.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of commandEntries) {
      expect((await entry.load()).name).toBe(entry.name);
      expect(jsonOutputSchema(entry.name), entry.name).toBeDefined();
    }
  });
});
