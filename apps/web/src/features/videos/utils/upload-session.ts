/**
 * Resume bookkeeping for browser uploads: the multipart upload a file is going to ({assetId, uploadId, key}) is
 * kept in localStorage per entry, so after a reload the student can pick the same file again and only the parts
 * storage does not hold yet are sent.
 */
export interface SavedUpload {
  entryId: string;
  assetId: string;
  uploadId: string;
  key: string;
  partSize: number;
  partCount: number;
  fileName: string;
  sizeBytes: number;
  lastModified: number;
  savedAt: string;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const storageKeyFor = (entryId: string) => `clapper.upload.${entryId}`;

function browserStore(): KeyValueStore | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function saveUpload(saved: SavedUpload, store: KeyValueStore | null = browserStore()): void {
  try {
    store?.setItem(storageKeyFor(saved.entryId), JSON.stringify(saved));
  } catch {
    // storage full or blocked: the upload still works, it just cannot be resumed after a reload
  }
}

export function loadUpload(entryId: string, store: KeyValueStore | null = browserStore()): SavedUpload | null {
  let raw: string | null;
  try {
    raw = store?.getItem(storageKeyFor(entryId)) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<SavedUpload>;
    const ok =
      v.entryId === entryId &&
      typeof v.assetId === 'string' &&
      typeof v.uploadId === 'string' &&
      typeof v.key === 'string' &&
      typeof v.fileName === 'string' &&
      typeof v.sizeBytes === 'number' &&
      typeof v.partSize === 'number' &&
      typeof v.partCount === 'number';
    return ok ? (v as SavedUpload) : null;
  } catch {
    return null;
  }
}

export function clearUpload(entryId: string, store: KeyValueStore | null = browserStore()): void {
  try {
    store?.removeItem(storageKeyFor(entryId));
  } catch {
    // nothing to clear
  }
}

/** The same file as before: same name and size (the modification time too, when both sides know it). */
export function isSameFile(
  saved: Pick<SavedUpload, 'fileName' | 'sizeBytes' | 'lastModified'>,
  file: { name: string; size: number; lastModified?: number },
): boolean {
  if (saved.fileName !== file.name || saved.sizeBytes !== file.size) return false;
  if (saved.lastModified && file.lastModified && saved.lastModified !== file.lastModified) return false;
  return true;
}

/** A saved upload can be resumed only while the server still has that asset waiting for its parts. */
export function resumableUpload(saved: SavedUpload | null, video: { status: string; assetId: string | null } | undefined): SavedUpload | null {
  if (!saved || !video) return null;
  return video.status === 'uploading' && video.assetId === saved.assetId ? saved : null;
}

/** Part numbers the server still needs, given those storage already holds. */
export function missingParts(partCount: number, uploaded: readonly { partNumber: number }[]): number[] {
  const have = new Set(uploaded.map((p) => p.partNumber));
  return Array.from({ length: partCount }, (_, i) => i + 1).filter((n) => !have.has(n));
}

/** The size every part must have: partSize, except the last one, which holds the rest. */
export function expectedPartSize(partNumber: number, partSize: number, sizeBytes: number): number {
  const partCount = Math.max(1, Math.ceil(sizeBytes / partSize));
  if (partNumber < 1 || partNumber > partCount) return 0;
  return partNumber < partCount ? partSize : sizeBytes - partSize * (partCount - 1);
}

/**
 * The stored parts that really are complete. A PUT cut off by a pause or a lost connection can leave a short part
 * without an ETag in some S3 implementations; such a part must be sent again, not skipped.
 */
export function completeParts<P extends { partNumber: number; etag: string; size: number }>(parts: readonly P[], partSize: number, sizeBytes: number): P[] {
  return parts.filter((p) => p.etag.replace(/^W\//, '').replace(/"/g, '').trim() !== '' && p.size === expectedPartSize(p.partNumber, partSize, sizeBytes));
}
