/**
 * The invented social workers and teams Annex A names as "Allocated Team"
 * and "Allocated Worker". A worker's name is fixed by their 903 SW_ID, so
 * Annex A and SW_Episodes agree on who holds each child.
 */
import { ageOn, type Child } from './model';

// prettier-ignore
const FIRST = [
  'Aisha', 'Ben', 'Chloe', 'Daniel', 'Elena', 'Farid', 'Grace', 'Harry', 'Imani', 'Jack',
  'Katie', 'Liam', 'Maya', 'Nathan', 'Olivia', 'Patrick', 'Rosie', 'Sam', 'Tariq', 'Zoe',
];
// prettier-ignore
const LAST = [
  'Ahmed', 'Barker', 'Clarke', 'Dawson', 'Evans', 'Fletcher', 'Gill', 'Hughes', 'Iqbal', 'Jones',
  'Kaur', 'Lewis', 'Mensah', 'Nowak', 'Owen', 'Patel', 'Quinn', 'Riley', 'Shaw', 'Walsh', 'Young',
];

/** The name of the worker with 903 SW_ID `id`. */
export function workerName(id: string): string {
  const number = Number(id.replace(/\D/g, ''));
  return `${FIRST[number % FIRST.length] ?? ''} ${LAST[(number * 7) % LAST.length] ?? ''}`;
}

/** The team a child in care is allocated to, at `day`. */
export function teamOf(child: Child, day: number): string {
  if (child.scope === 'swp') return 'Harbour Lane Practice';
  if (child.oc3) return 'Leaving Care Team';
  if (child.uasc) return 'UASC Team';
  if (child.disability && child.need === 'N2') return "Disabled Children's Team";
  if (ageOn(child.dob, day) >= 16) return 'Pathways Team';
  return `Children in Care Team ${(child.dob % 4) + 1}`;
}

/** The personal adviser of a care leaver: one of a fixed team of eight, by child. */
export function personalAdviser(child: Child): string {
  const number = Number(child.id.replace(/\D/g, ''));
  return workerName(`PA${900 + (number % 8)}`);
}
