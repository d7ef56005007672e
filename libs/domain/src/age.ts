/** Whole years between a date of birth and a reference date, both as ISO dates (YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, referenceDate: string): number {
  const [by, bm, bd] = parseIsoDate(dateOfBirth);
  const [ry, rm, rd] = parseIsoDate(referenceDate);
  let age = ry - by;
  if (rm < bm || (rm === bm && rd < bd)) age -= 1;
  return age;
}

/** A person is a minor when under 18 on the competition's reference date. */
export function isMinor(dateOfBirth: string, referenceDate: string): boolean {
  return ageOn(dateOfBirth, referenceDate) < 18;
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parseIsoDate(value: string): [number, number, number] {
  if (!isIsoDate(value)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${value}`);
  const [y, m, d] = value.split('-').map(Number);
  return [y, m, d];
}
