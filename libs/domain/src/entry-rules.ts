/** A competition's entry rules. Defaults follow what real contests ask (see PRODUCT.md). */
export interface EntryRules {
  minDurationSeconds: number;
  maxDurationSeconds: number;
  maxFileSizeBytes: number;
  acceptedContainers: string[];
  acceptedVideoCodecs: string[];
  teamSizeMin: number;
  teamSizeMax: number;
  entriesPerSchool: number;
  requiredSubtitleLanguages: string[];
  requiredConsents: string[];
}

export const CONTAINERS = ['mp4', 'mov', 'webm', 'mkv'] as const;
export const VIDEO_CODECS = ['h264', 'hevc', 'vp8', 'vp9', 'av1'] as const;
export const CONSENT_KINDS = ['participation', 'appearance', 'guardian'] as const;

export const GIB = 1024 ** 3;

export const DEFAULT_ENTRY_RULES: EntryRules = {
  minDurationSeconds: 30,
  maxDurationSeconds: 180,
  maxFileSizeBytes: 2 * GIB,
  acceptedContainers: ['mp4', 'mov', 'webm'],
  acceptedVideoCodecs: ['h264', 'hevc', 'vp8', 'vp9', 'av1'],
  teamSizeMin: 1,
  teamSizeMax: 5,
  entriesPerSchool: 1,
  requiredSubtitleLanguages: ['en'],
  requiredConsents: ['participation', 'appearance', 'guardian'],
};

export type RulesProblem = { field: keyof EntryRules; code: 'min_above_max' | 'out_of_range' | 'unknown_value' | 'empty'; value?: string };

/** Checks that go across fields; single-field types and ranges are also checked by the API's DTOs. */
export function checkEntryRules(rules: EntryRules): RulesProblem[] {
  const problems: RulesProblem[] = [];
  if (rules.minDurationSeconds > rules.maxDurationSeconds) problems.push({ field: 'maxDurationSeconds', code: 'min_above_max' });
  if (rules.teamSizeMin > rules.teamSizeMax) problems.push({ field: 'teamSizeMax', code: 'min_above_max' });
  if (rules.maxFileSizeBytes < 1024 * 1024 || rules.maxFileSizeBytes > 20 * GIB) problems.push({ field: 'maxFileSizeBytes', code: 'out_of_range' });
  if (rules.acceptedContainers.length === 0) problems.push({ field: 'acceptedContainers', code: 'empty' });
  if (rules.acceptedVideoCodecs.length === 0) problems.push({ field: 'acceptedVideoCodecs', code: 'empty' });
  for (const c of rules.acceptedContainers)
    if (!(CONTAINERS as readonly string[]).includes(c)) problems.push({ field: 'acceptedContainers', code: 'unknown_value', value: c });
  for (const c of rules.acceptedVideoCodecs)
    if (!(VIDEO_CODECS as readonly string[]).includes(c)) problems.push({ field: 'acceptedVideoCodecs', code: 'unknown_value', value: c });
  for (const c of rules.requiredConsents)
    if (!(CONSENT_KINDS as readonly string[]).includes(c)) problems.push({ field: 'requiredConsents', code: 'unknown_value', value: c });
  return problems;
}

/** Categories are age groups; two categories of one competition may not overlap. */
export interface AgeRange {
  minAge: number;
  maxAge: number;
}

export function overlappingAgeRanges(ranges: AgeRange[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < ranges.length; i++)
    for (let j = i + 1; j < ranges.length; j++) if (ranges[i].minAge <= ranges[j].maxAge && ranges[j].minAge <= ranges[i].maxAge) pairs.push([i, j]);
  return pairs;
}
