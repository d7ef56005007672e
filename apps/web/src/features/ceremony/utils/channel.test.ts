import { describe, expect, it } from 'vitest';
import { asMessage, channelName } from './channel';

describe('the ceremony channel’s messages', () => {
  it('keeps ours and drops anything else', () => {
    expect(asMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(asMessage({ type: 'goodbye', role: 'presenter' })).toEqual({ type: 'goodbye', role: 'presenter' });
    expect(asMessage({ type: 'move', move: 'last' })).toEqual({ type: 'move', move: 'last' });
    expect(asMessage({ type: 'state', stepId: 'winner:a1/', display: 'ja', video: { playing: true, time: 4.5 }, extra: 1 })).toEqual({
      type: 'state',
      stepId: 'winner:a1/',
      display: 'ja',
      video: { playing: true, time: 4.5 },
    });
    expect(asMessage({ type: 'state', stepId: 'title', display: 'en', video: { playing: 'yes' } })).toEqual({
      type: 'state',
      stepId: 'title',
      display: 'en',
      video: null,
    });
    for (const bad of [null, 'hello', 42, {}, { type: 'move', move: 'explode' }, { type: 'goodbye', role: 'judge' }, { type: 'state', stepId: 3 }])
      expect(asMessage(bad)).toBeNull();
  });

  it('is one channel per competition', () => {
    expect(channelName('c1')).not.toBe(channelName('c2'));
  });
});
