import type { TFunction } from '../../../lib/translator';
import type { Schemas } from '../../../lib/api-client';
import { datetimeLocalToIso, isoToDatetimeLocal } from '../../../lib/datetime-local';

type Round = Schemas['RoundDto'];
type Kind = Round['kind'];

/** A round's settings as the form holds them: the window in the viewer's wall clock, numbers as typed. */
export interface SettingsValues {
  opensAt: string;
  closesAt: string;
  judgesPerEntry: string;
  blind: boolean;
  showOtherScores: boolean;
  countryQuota: string;
}

export type SettingsKey = keyof SettingsValues;

export const DEFAULT_SETTINGS: SettingsValues = { opensAt: '', closesAt: '', judgesPerEntry: '3', blind: true, showOtherScores: false, countryQuota: '3' };

export function settingsFromRound(round: Round): SettingsValues {
  return {
    opensAt: isoToDatetimeLocal(round.opensAt),
    closesAt: isoToDatetimeLocal(round.closesAt),
    judgesPerEntry: String(round.judgesPerEntry),
    blind: round.blind,
    showOtherScores: round.showOtherScores,
    countryQuota: round.countryQuota === null ? '' : String(round.countryQuota),
  };
}

/** The settings as the API takes them; the quota only for the final. */
export function settingsBody(values: SettingsValues, kind: Kind) {
  return {
    opensAt: datetimeLocalToIso(values.opensAt) ?? '',
    closesAt: datetimeLocalToIso(values.closesAt) ?? '',
    judgesPerEntry: Number(values.judgesPerEntry),
    blind: values.blind,
    showOtherScores: values.showOtherScores,
    ...(kind === 'final' ? { countryQuota: Number(values.countryQuota) } : {}),
  };
}

const wholeIn = (value: string, min: number, max: number) => {
  const n = Number(value);
  return value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
};

/** What the form can tell before asking the API: a window that closes after it opens, and whole numbers in range. */
export function settingsProblems(t: TFunction, values: SettingsValues, kind: Kind): Partial<Record<SettingsKey, string>> {
  const out: Partial<Record<SettingsKey, string>> = {};
  const opens = datetimeLocalToIso(values.opensAt);
  const closes = datetimeLocalToIso(values.closesAt);
  if (!opens) out.opensAt = t('rounds.settings.problems.dateMissing');
  if (!closes) out.closesAt = t('rounds.settings.problems.dateMissing');
  else if (opens && closes <= opens) out.closesAt = t('rounds.settings.problems.closesBeforeOpens');
  if (!wholeIn(values.judgesPerEntry, 1, 20)) out.judgesPerEntry = t('rounds.settings.problems.between', { min: 1, max: 20 });
  if (kind === 'final' && !wholeIn(values.countryQuota, 1, 100)) out.countryQuota = t('rounds.settings.problems.between', { min: 1, max: 100 });
  return out;
}
