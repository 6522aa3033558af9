/**
 * Unique pupil numbers (UPN) as the 903 Header writes them: 13 characters, a
 * check letter then the LA code (899 for Northmoor), a 4-digit establishment
 * number, the 2-digit year allocated and a 3-digit serial (DfE, "Unique Pupil
 * Numbers (UPN): a guide for schools and local authorities"). The check
 * letter is the weighted sum of characters 2–13 (weights 2 to 13) modulo 23,
 * as a letter of `ABCDEFGHJKLMNPQRTUVWXYZ`. Children without a UPN carry the
 * guide's reason codes: UN1 (not of school age), UN2 (never attended school
 * in England, as for newly arrived UASC).
 */
import type { Random } from './random';

const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** The check letter of the 12 characters after it. */
function upnCheckLetter(rest: string): string {
  let sum = 0;
  for (let index = 0; index < rest.length; index += 1) sum += Number(rest[index]) * (index + 2);
  return CHECK_LETTERS[sum % 23] ?? 'A';
}

/**
 * A UPN (or UN code) for a child aged `age` on 31 March `endYear`, given on
 * starting school at 4; never one in `issued`, to which it is added.
 */
export function upnFor(
  random: Random,
  age: number,
  uasc: boolean,
  endYear: number,
  issued: Set<string>,
): string {
  if (age < 5) return 'UN1';
  if (uasc && random.chance(0.7)) return 'UN2';
  const allocated = String((endYear - age + 4) % 100).padStart(2, '0');
  for (;;) {
    const rest = `899${random.int(2000, 7999)}${allocated}${String(random.int(1, 999)).padStart(3, '0')}`;
    const upn = `${upnCheckLetter(rest)}${rest}`;
    if (issued.has(upn)) continue;
    issued.add(upn);
    return upn;
  }
}
