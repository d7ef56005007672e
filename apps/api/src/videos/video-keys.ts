/** Where an entry's objects live. Consent forms live under entries/<id>/consents/ (not ours). */
export const entryPrefix = (entryId: string) => `entries/${entryId}/`;
export const videoPrefix = (entryId: string, assetId: string) => `entries/${entryId}/video/${assetId}/`;
export const originalKey = (entryId: string, assetId: string) => `${videoPrefix(entryId, assetId)}original`;
export const webKey = (entryId: string, assetId: string) => `${videoPrefix(entryId, assetId)}web.mp4`;
export const posterKey = (entryId: string, assetId: string) => `${videoPrefix(entryId, assetId)}poster.jpg`;
/** The adaptive ladder's folder, named by its content hash (video-ladder.ts ladderHash); ends in '/'. */
export const hlsPrefix = (entryId: string, assetId: string, hash: string) => `${videoPrefix(entryId, assetId)}hls/${hash}/`;
export const subtitleKey = (entryId: string, language: string) => `entries/${entryId}/subtitles/${language}.vtt`;
export const isConsentKey = (key: string) => /^entries\/[^/]+\/consents\//.test(key);

const MIB = 1024 * 1024;
export const MIN_PART_SIZE = 8 * MIB;

/** Parts of at least 8 MiB, whole MiB, and never more than 9,000 of them (S3 allows 10,000). */
export function choosePartSize(sizeBytes: number): { partSize: number; partCount: number } {
  const partSize = Math.max(MIN_PART_SIZE, Math.ceil(Math.ceil(sizeBytes / 9000) / MIB) * MIB);
  return { partSize, partCount: Math.max(1, Math.ceil(sizeBytes / partSize)) };
}

/** The size a part must have: partSize, except the last, which holds the rest. */
export function expectedPartBytes(sizeBytes: number, partNumber: number): number {
  const { partSize, partCount } = choosePartSize(sizeBytes);
  return partNumber < partCount ? partSize : sizeBytes - partSize * (partCount - 1);
}
