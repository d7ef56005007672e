import { describe, expect, it } from 'vitest';
import {
  clearUpload,
  completeParts,
  expectedPartSize,
  isSameFile,
  loadUpload,
  missingParts,
  resumableUpload,
  saveUpload,
  storageKeyFor,
  type KeyValueStore,
  type SavedUpload,
} from './upload-session';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const saved: SavedUpload = {
  entryId: 'e1',
  assetId: 'a1',
  uploadId: 'u1',
  key: 'entries/e1/a1/original',
  partSize: 8 * 1024 * 1024,
  partCount: 3,
  fileName: 'clip.mp4',
  sizeBytes: 20_000_000,
  lastModified: 1700000000000,
  savedAt: '2027-01-01T00:00:00.000Z',
};

describe('upload session bookkeeping', () => {
  it('saves, loads and clears per entry', () => {
    const store = memoryStore();
    saveUpload(saved, store);
    expect(store.data.has(storageKeyFor('e1'))).toBe(true);
    expect(loadUpload('e1', store)).toEqual(saved);
    expect(loadUpload('e2', store)).toBeNull();
    clearUpload('e1', store);
    expect(loadUpload('e1', store)).toBeNull();
  });

  it('ignores broken or foreign records', () => {
    const store = memoryStore();
    store.setItem(storageKeyFor('e1'), '{not json');
    expect(loadUpload('e1', store)).toBeNull();
    store.setItem(storageKeyFor('e1'), JSON.stringify({ ...saved, entryId: 'other' }));
    expect(loadUpload('e1', store)).toBeNull();
    store.setItem(storageKeyFor('e1'), JSON.stringify({ ...saved, uploadId: 7 }));
    expect(loadUpload('e1', store)).toBeNull();
  });

  it('recognises the same file by name, size and (when known) modification time', () => {
    expect(isSameFile(saved, { name: 'clip.mp4', size: 20_000_000, lastModified: 1700000000000 })).toBe(true);
    expect(isSameFile(saved, { name: 'clip.mp4', size: 20_000_000 })).toBe(true);
    expect(isSameFile(saved, { name: 'clip.mp4', size: 20_000_001 })).toBe(false);
    expect(isSameFile(saved, { name: 'other.mp4', size: 20_000_000 })).toBe(false);
    expect(isSameFile(saved, { name: 'clip.mp4', size: 20_000_000, lastModified: 1 })).toBe(false);
  });

  it('offers to resume only while the server still waits for that asset', () => {
    expect(resumableUpload(saved, { status: 'uploading', assetId: 'a1' })).toBe(saved);
    expect(resumableUpload(saved, { status: 'uploading', assetId: 'a2' })).toBeNull();
    expect(resumableUpload(saved, { status: 'processing', assetId: 'a1' })).toBeNull();
    expect(resumableUpload(null, { status: 'uploading', assetId: 'a1' })).toBeNull();
    expect(resumableUpload(saved, undefined)).toBeNull();
  });

  it('lists the parts still missing', () => {
    expect(missingParts(5, [{ partNumber: 1 }, { partNumber: 3 }])).toEqual([2, 4, 5]);
    expect(missingParts(2, [{ partNumber: 1 }, { partNumber: 2 }])).toEqual([]);
  });
});

describe('completeParts', () => {
  const MiB = 1024 * 1024;
  it('knows the size of every part, the last one holding the rest', () => {
    expect(expectedPartSize(1, 8 * MiB, 20 * MiB)).toBe(8 * MiB);
    expect(expectedPartSize(3, 8 * MiB, 20 * MiB)).toBe(4 * MiB);
    expect(expectedPartSize(4, 8 * MiB, 20 * MiB)).toBe(0);
    expect(expectedPartSize(1, 8 * MiB, 3 * MiB)).toBe(3 * MiB);
  });

  it('keeps only whole parts with an ETag, so cut-off parts are sent again', () => {
    const parts = [
      { partNumber: 1, etag: '"abc"', size: 8 * MiB },
      { partNumber: 2, etag: '""', size: 2_195_456 },
      { partNumber: 3, etag: '"def"', size: 1_000 },
      { partNumber: 3, etag: '"ghi"', size: 4 * MiB },
    ];
    expect(completeParts(parts, 8 * MiB, 20 * MiB).map((p) => p.etag)).toEqual(['"abc"', '"ghi"']);
  });
});
