import type { Lead } from '../../../../shared/conflicts';

/** A names-alike link a person can confirm or dismiss, with the leads resting on it. */
export type LeadLink = {
  readonly owner: string;
  readonly company: string;
  readonly companyName: string;
  readonly reason: string;
  readonly leads: readonly Lead[];
};

/** The company a names-alike lead points at, from its chain: `NAME (01234567)`. */
function companyOf(lead: Lead): { number: string; name: string } | undefined {
  const step = lead.chain.find((link) => link.via.startsWith('names alike'));
  const match = step === undefined ? null : /^(.*) \(([A-Z0-9]{8})\)$/.exec(step.to);
  return match?.[1] === undefined || match[2] === undefined
    ? undefined
    : { name: match[1], number: match[2] };
}

/**
 * Leads gathered by the link they rest on (one owner name and one company),
 * so one decision is offered once however many settings it touches; leads
 * with no such link (a blank URN matched by postcode) are returned apart.
 */
export function leadLinks(leads: readonly Lead[]): {
  readonly links: readonly LeadLink[];
  readonly other: readonly Lead[];
} {
  const links = new Map<string, LeadLink & { leads: Lead[] }>();
  const other: Lead[] = [];
  for (const lead of leads) {
    const company = companyOf(lead);
    if (company === undefined) {
      other.push(lead);
      continue;
    }
    const key = `${lead.owner.name}|${company.number}`;
    const known = links.get(key);
    if (known === undefined)
      links.set(key, {
        owner: lead.owner.name,
        company: company.number,
        companyName: company.name,
        reason: lead.reason,
        leads: [lead],
      });
    else known.leads.push(lead);
  }
  return { links: [...links.values()], other };
}
