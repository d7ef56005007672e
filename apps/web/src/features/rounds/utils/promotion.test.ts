import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../../lib/api-client';
import { inRankOrder, preselectForPromotion, promotionState, tiedAtCut } from './promotion';

const entry = (code: string, rank: number, over: Partial<Schemas['RankedEntryDto']> = {}): Schemas['RankedEntryDto'] => ({
  roundEntryId: `re-${code}`,
  code,
  title: `Title ${code}`,
  countryCode: 'TH',
  rank,
  mean: 90 - rank,
  judges: 3,
  tiedWith: [],
  promoted: false,
  ...over,
});

describe('promotion', () => {
  it('pre-selects the best-ranked entries, as many as the quota', () => {
    const entries = [entry('TH-0003', 3), entry('TH-0001', 1), entry('TH-0004', 4), entry('TH-0002', 2)];
    expect(preselectForPromotion(entries, 2)).toEqual(['re-TH-0001', 're-TH-0002']);
    expect(preselectForPromotion(entries, null)).toEqual([]);
  });

  it('counts the entries already promoted against the quota, and never offers them again', () => {
    const entries = [entry('TH-0001', 1, { promoted: true }), entry('TH-0002', 2), entry('TH-0003', 3), entry('TH-0004', 4)];
    const state = promotionState(entries, 3);
    expect(state.promoted.map((e) => e.code)).toEqual(['TH-0001']);
    expect(state.remaining).toBe(2);
    expect(preselectForPromotion(entries, 3)).toEqual(['re-TH-0002', 're-TH-0003']);
    expect(preselectForPromotion(entries, 1)).toEqual([]);
  });

  it('skips entries without a submitted scorecard', () => {
    const entries = [entry('TH-0001', 1), entry('TH-0002', 2, { mean: null, judges: 0 }), entry('TH-0003', 2)];
    expect(preselectForPromotion(entries, 2)).toEqual(['re-TH-0001', 're-TH-0003']);
  });

  it('names the entries tied with the last one chosen but left out', () => {
    const entries = [entry('TH-0001', 1), entry('TH-0002', 2, { tiedWith: ['TH-0003'] }), entry('TH-0003', 2, { tiedWith: ['TH-0002'] }), entry('TH-0004', 4)];
    expect(preselectForPromotion(entries, 2)).toEqual(['re-TH-0001', 're-TH-0002']);
    expect(tiedAtCut(entries, 2).map((e) => e.code)).toEqual(['TH-0003']);
    expect(tiedAtCut(entries, 3)).toEqual([]);
  });

  it('confirms the choice in ranking order', () => {
    const entries = [entry('TH-0001', 1), entry('TH-0002', 2), entry('TH-0003', 3)];
    expect(inRankOrder(new Set(['re-TH-0003', 're-TH-0001']), entries)).toEqual(['re-TH-0001', 're-TH-0003']);
  });
});
