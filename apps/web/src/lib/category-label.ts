import { formatNumber } from './format';

const DIGIT = /\p{Nd}/u;

/** A decimal digit's value in any script (Thai ๗, Myanmar ၇, Khmer ៧ …): its distance from the 0 of its run of ten. */
function digitValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  let zero = cp;
  while (zero > cp - 9 && DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return (cp - zero) % 10;
}

/** The whole numbers a text contains, whatever digits it writes them in. */
export function numbersIn(text: string): number[] {
  return (text.match(/\p{Nd}+/gu) ?? []).map((run) => [...run].reduce((n, ch) => n * 10 + digitValue(ch), 0));
}

/**
 * A category as a choice or a line: its name, and its ages only where the name does not already give them
 * ("Ages 7–12", never "Ages 7–12 (ages 7–12)"; "Juniors (ages 7–12)"). `ages` words the band in the reader's
 * language (competitions.ageRange) from numbers formatted with Intl.
 */
export function categoryLabel(category: { name: string; minAge: number; maxAge: number }, lng: string, ages: (min: string, max: string) => string): string {
  const band = ages(formatNumber(category.minAge, lng), formatNumber(category.maxAge, lng));
  if (!category.name.trim()) return band;
  return nameGivesAges(category) ? category.name : `${category.name} (${band})`;
}

/** The name already says both ends of the band. */
export function nameGivesAges(category: { name: string; minAge: number; maxAge: number }): boolean {
  const numbers = numbersIn(category.name);
  return numbers.includes(category.minAge) && numbers.includes(category.maxAge);
}
