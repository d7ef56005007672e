import { describe, expect, it } from 'vitest';
import { TransferRate } from './transfer-rate';

describe('TransferRate', () => {
  it('measures speed and time left over the window', () => {
    const r = new TransferRate(8000);
    r.add(0, 0);
    expect(r.bytesPerSecond()).toBeNull();
    r.add(1000, 1_000_000);
    r.add(2000, 2_000_000);
    expect(r.bytesPerSecond()).toBe(1_000_000);
    expect(r.secondsLeft(10_000_000)).toBe(8);
  });

  it('starts over when progress goes backwards', () => {
    const r = new TransferRate();
    r.add(0, 0);
    r.add(1000, 5_000_000);
    r.add(1500, 1_000_000);
    expect(r.bytesPerSecond()).toBeNull();
    expect(r.secondsLeft(10)).toBeNull();
  });
});
