import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCurrentError } from './use-current-error';

describe('useCurrentError', () => {
  it('keeps an error while the page it was about stays the same, and drops it once that changes', () => {
    const refused = new Error('refused');
    const { result, rerender } = renderHook(({ error, version }: { error: Error | null; version: number }) => useCurrentError(error, version), {
      initialProps: { error: null as Error | null, version: 1 },
    });
    expect(result.current).toBeNull();
    rerender({ error: refused, version: 1 });
    expect(result.current).toBe(refused);
    rerender({ error: refused, version: 1 });
    expect(result.current).toBe(refused);
    // a later success renewed the data: the refusal is no longer true
    rerender({ error: refused, version: 2 });
    expect(result.current).toBeNull();
    // a new refusal shows again
    const again = new Error('again');
    rerender({ error: again, version: 2 });
    expect(result.current).toBe(again);
  });
});
