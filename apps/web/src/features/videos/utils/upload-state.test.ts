import { describe, expect, it } from 'vitest';
import { canCancel, canPause, canResume, canRetry, initialUploadState, percentOf, uploadReducer, type UploadEvent, type UploadState } from './upload-state';

const run = (events: UploadEvent[], from: UploadState = initialUploadState) => events.reduce(uploadReducer, from);

describe('uploadReducer', () => {
  it('goes idle → preparing → uploading → completing → done', () => {
    let s = run([{ type: 'start', fileName: 'clip.mp4', bytesTotal: 100 }]);
    expect(s.phase).toBe('preparing');
    s = run([{ type: 'started' }, { type: 'progress', bytesUploaded: 40, bytesTotal: 100 }], s);
    expect(s).toMatchObject({ phase: 'uploading', bytesUploaded: 40 });
    expect(percentOf(s)).toBe(40);
    s = run([{ type: 'allPartsSent' }], s);
    expect(s).toMatchObject({ phase: 'completing', bytesUploaded: 100 });
    s = run([{ type: 'succeeded' }], s);
    expect(s.phase).toBe('done');
  });

  it('pauses and resumes only from the matching state', () => {
    const uploading = run([{ type: 'start', fileName: 'a.mp4', bytesTotal: 10 }, { type: 'started' }]);
    expect(canPause(uploading)).toBe(true);
    expect(canResume(uploading)).toBe(false);
    const paused = uploadReducer(uploading, { type: 'pause' });
    expect(paused.phase).toBe('paused');
    expect(uploadReducer(paused, { type: 'pause' })).toBe(paused);
    expect(uploadReducer(paused, { type: 'resume' }).phase).toBe('uploading');
    expect(uploadReducer(initialUploadState, { type: 'resume' })).toBe(initialUploadState);
  });

  it('keeps the bytes sent when a part fails, and retry goes back to uploading', () => {
    const failed = run([
      { type: 'start', fileName: 'a.mp4', bytesTotal: 100 },
      { type: 'progress', bytesUploaded: 60, bytesTotal: 100 },
      { type: 'failed', error: 'network' },
    ]);
    expect(failed).toMatchObject({ phase: 'failed', bytesUploaded: 60, error: 'network' });
    expect(canRetry(failed)).toBe(true);
    expect(canCancel(failed)).toBe(true);
    expect(uploadReducer(failed, { type: 'retry' })).toMatchObject({ phase: 'uploading', error: null, bytesUploaded: 60 });
  });

  it('ignores a second start while busy, and cancel always returns to idle', () => {
    const busy = run([{ type: 'start', fileName: 'a.mp4', bytesTotal: 100 }, { type: 'started' }]);
    expect(uploadReducer(busy, { type: 'start', fileName: 'b.mp4', bytesTotal: 5 })).toBe(busy);
    expect(uploadReducer(busy, { type: 'cancel' })).toEqual(initialUploadState);
  });

  it('never shows 100 % before the last byte, and clamps overshoot', () => {
    expect(percentOf({ bytesUploaded: 999, bytesTotal: 1000 })).toBe(99);
    expect(percentOf({ bytesUploaded: 1000, bytesTotal: 1000 })).toBe(100);
    expect(percentOf({ bytesUploaded: 0, bytesTotal: 0 })).toBe(0);
    const s = run([
      { type: 'start', fileName: 'a', bytesTotal: 10 },
      { type: 'progress', bytesUploaded: 12, bytesTotal: 10 },
    ]);
    expect(s.bytesUploaded).toBe(10);
  });
});
