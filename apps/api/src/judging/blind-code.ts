import type { RoundKind } from './round.entity.js';

/**
 * What judges call an entry in a round: the round's ordinal (R1 national, R2 final) and the entry's opaque number in
 * it, e.g. `R2-017`. It carries no country, category or submission order, unlike the entry's own code (`TH-0007`).
 */
export function roundEntryCode(kind: RoundKind, blindNumber: number): string {
  return `${kind === 'national' ? 'R1' : 'R2'}-${String(blindNumber).padStart(3, '0')}`;
}
