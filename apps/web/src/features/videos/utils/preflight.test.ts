import { describe, expect, it } from 'vitest';
import { fakeVideoElement } from './fake-video-element';
import { containerName } from '../../../lib/video-formats';
import { acceptFor, containerOf, preflightProblems, readFileFacts, readVideoMetadata, type FileFacts, type UploadRules } from './preflight';

const RULES: UploadRules = {
  minDurationSeconds: 30,
  maxDurationSeconds: 180,
  maxFileSizeBytes: 100 * 1024 * 1024,
  acceptedContainers: ['mp4', 'mov', 'webm'],
  acceptedVideoCodecs: ['h264'],
};
const GOOD: FileFacts = { container: 'mp4', sizeBytes: 5_000_000, durationSeconds: 95, width: 1920, height: 1080 };
const codes = (facts: Partial<FileFacts>) => preflightProblems({ ...GOOD, ...facts }, RULES).map((p) => p.code);

describe('containerOf', () => {
  it('names the container as the server does, from the extension first, then the type', () => {
    expect(containerOf({ name: 'Film.MP4', type: '' })).toBe('mp4');
    expect(containerOf({ name: 'clip.m4v', type: 'video/mp4' })).toBe('mp4');
    expect(containerOf({ name: 'IMG_0042.MOV', type: 'video/quicktime' })).toBe('mov');
    expect(containerOf({ name: 'export.mkv', type: 'video/x-matroska' })).toBe('mkv');
    expect(containerOf({ name: 'old.avi', type: 'video/x-msvideo' })).toBe('avi');
    expect(containerOf({ name: 'no-extension', type: 'video/webm' })).toBe('webm');
    expect(containerOf({ name: 'no-extension', type: '' })).toBeNull();
  });

  it('offers the competition’s formats in the file input, and names them as people know them', () => {
    expect(acceptFor(['mp4', 'webm'])).toBe('.mp4,.m4v,video/mp4,.webm,video/webm');
    expect(['mp4', 'mov', 'webm', 'mkv'].map(containerName)).toEqual(['MP4', 'MOV', 'WebM', 'MKV']);
  });
});

describe('preflightProblems', () => {
  it('passes a file within every rule', () => {
    expect(codes({})).toEqual([]);
  });

  it('finds what the server would, with the same facts', () => {
    expect(preflightProblems({ ...GOOD, durationSeconds: 12.4 }, RULES)).toEqual([{ code: 'too_short', params: { seconds: 12.4, min: 30 } }]);
    expect(preflightProblems({ ...GOOD, container: 'mkv' }, RULES)).toEqual([
      { code: 'container_not_accepted', params: { container: 'mkv', accepted: ['mp4', 'mov', 'webm'] } },
    ]);
    expect(codes({ durationSeconds: 181 })).toEqual(['too_long']);
    expect(codes({ sizeBytes: 101 * 1024 * 1024 })).toEqual(['file_too_large']);
    expect(codes({ width: 640, height: 320 })).toEqual(['resolution_too_low']);
    expect(codes({ width: 8192, height: 4320 })).toEqual(['resolution_too_high']);
    expect(codes({ container: 'avi', durationSeconds: 5, sizeBytes: 200 * 1024 * 1024 })).toEqual(['container_not_accepted', 'too_short', 'file_too_large']);
  });

  it('never refuses on what the browser could not read: the server checks those', () => {
    expect(codes({ container: null, durationSeconds: null, width: null, height: null })).toEqual([]);
    // the codec and the sound are never guessed
    expect(preflightProblems({ ...GOOD, durationSeconds: null }, { ...RULES, acceptedVideoCodecs: ['av1'] })).toEqual([]);
  });
});

describe('readVideoMetadata', () => {
  const file = new Blob(['not really a video'], { type: 'video/mp4' });

  it('reads the duration and the picture size from a <video> element’s metadata', async () => {
    const meta = await readVideoMetadata(file, { makeVideo: () => fakeVideoElement({ duration: 42.5, videoWidth: 720, videoHeight: 1280 }) });
    expect(meta).toEqual({ durationSeconds: 42.5, width: 720, height: 1280 });
  });

  it('gives nothing for a file the browser cannot decode, or one that takes too long', async () => {
    expect(await readVideoMetadata(file, { makeVideo: () => fakeVideoElement('unreadable') })).toBeNull();
    const silent = { removeAttribute: () => undefined } as unknown as HTMLVideoElement;
    expect(await readVideoMetadata(file, { makeVideo: () => silent, timeoutMs: 20 })).toBeNull();
  });

  it('leaves out an endless or zero duration and a zero picture size (audio only)', async () => {
    expect(await readVideoMetadata(file, { makeVideo: () => fakeVideoElement({ duration: Infinity, videoWidth: 0, videoHeight: 0 }) })).toEqual({
      durationSeconds: null,
      width: null,
      height: null,
    });
  });

  it('puts the facts together with the file’s own', async () => {
    const chosen = new File(['x'.repeat(2048)], 'teaser.webm', { type: 'video/webm' });
    const facts = await readFileFacts(chosen, () => Promise.resolve({ durationSeconds: 9, width: 1280, height: 720 }));
    expect(facts).toEqual({ container: 'webm', sizeBytes: 2048, durationSeconds: 9, width: 1280, height: 720 });
  });
});
