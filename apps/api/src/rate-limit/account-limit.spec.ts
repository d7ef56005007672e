import { InFlightRequests } from './account-limit.js';

describe('InFlightRequests', () => {
  it('gives at most max slots per key, and a slot back once per release', () => {
    const inFlight = new InFlightRequests();
    const a = inFlight.tryAcquire('export:u1', 2);
    const b = inFlight.tryAcquire('export:u1', 2);
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(inFlight.tryAcquire('export:u1', 2)).toBeNull();
    // another account has its own
    expect(inFlight.tryAcquire('export:u2', 2)).not.toBeNull();
    a!();
    a!();
    expect(inFlight.inFlight('export:u1')).toBe(1);
    expect(inFlight.tryAcquire('export:u1', 2)).not.toBeNull();
    expect(inFlight.tryAcquire('export:u1', 2)).toBeNull();
  });
});
