import { z } from 'zod';
import { evidenceKinds, type EvidenceKind } from '../../../../shared/domain';
import { datePartsOf } from '../../components/govuk/date-parts';

/**
 * The date as its three GOV.UK fields, as typed. A draft kept before the form
 * used three fields holds the date as `YYYY-MM-DD` text: it is read as parts.
 */
const datePartsSchema = z.union([
  z.object({ day: z.string(), month: z.string(), year: z.string() }),
  z.string().transform((iso) => datePartsOf(iso)),
]);

/**
 * Everything typed or chosen in the capture form, kept as entered (the child
 * ids as one string, the finding empty until chosen) so a reload gives back
 * exactly what was on screen.
 */
export const evidenceDraftSchema = z.object({
  source: z.string(),
  kind: z.enum(evidenceKinds),
  areas: z.array(z.string()),
  finding: z.string(),
  text: z.string(),
  checklistItems: z.array(z.string()),
  childIds: z.string(),
  relatesTo: datePartsSchema,
});

/** The capture form's contents. */
export type EvidenceDraft = z.output<typeof evidenceDraftSchema>;

/**
 * What the form starts from each time: the source, kind and areas last saved
 * in this inspection, as an inspector records several notes from one meeting
 * or one provider in a row.
 */
export const captureDefaultsSchema = z.object({
  source: z.string(),
  kind: z.enum(evidenceKinds),
  areas: z.array(z.string()),
});

/** The remembered source, kind and areas. */
export type CaptureDefaults = z.output<typeof captureDefaultsSchema>;

/** Where the first evidence of an inspection most often comes from: a meeting with the council. */
export const firstDefaults: CaptureDefaults = { source: 'council', kind: 'meeting', areas: [] };

/** A blank form from the remembered defaults, dated `today`. */
export function freshDraft(defaults: CaptureDefaults, today: string): EvidenceDraft {
  return {
    source: defaults.source,
    kind: defaults.kind,
    areas: [...defaults.areas],
    finding: '',
    text: '',
    checklistItems: [],
    childIds: '',
    relatesTo: datePartsOf(today),
  };
}

/** The defaults a saved draft leaves for the next one. */
export function defaultsFrom(draft: EvidenceDraft): CaptureDefaults {
  return { source: draft.source, kind: draft.kind, areas: [...draft.areas] };
}

/** True when the draft holds something the inspector typed or chose beyond the defaults. */
export function hasWork(draft: EvidenceDraft): boolean {
  return (
    draft.text.trim() !== '' ||
    draft.finding !== '' ||
    draft.childIds.trim() !== '' ||
    draft.checklistItems.length > 0
  );
}

/**
 * Keeps the remembered choices valid for this inspection: a source that is no
 * longer the council or a provider falls back to the council, and areas the
 * framework does not grade are dropped.
 */
export function fitDefaults(
  defaults: CaptureDefaults,
  sources: readonly string[],
  areas: readonly string[],
): CaptureDefaults {
  return {
    source: sources.includes(defaults.source) ? defaults.source : 'council',
    kind: defaults.kind,
    areas: defaults.areas.filter((area) => areas.includes(area)),
  };
}

/** The kind as typed, if it is one. */
export function asKind(value: string): EvidenceKind | undefined {
  return evidenceKinds.find((kind) => kind === value);
}
