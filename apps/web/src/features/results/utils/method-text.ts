import type { TFunction } from '../../../lib/translator';
import type { Schemas } from '../../../lib/api-client';
import { formatNumber, formatPercent } from '../../../lib/format';
import { localize } from '../../../lib/localized-text';
import type { AggregationChoice } from '@clapper/domain/results-types';

export type ResultsMethod = Schemas['ResultsMethodDto'];

/** Each aggregation's label and hint keys, for the options form and the facts shown with the results (the z-score keeps its older keys). */
export const AGGREGATION_TEXT: Record<AggregationChoice, { label: string; hint: string }> = {
  auto: { label: 'results.options.choice.auto', hint: 'results.options.choice.autoHint' },
  mean: { label: 'results.options.choice.mean', hint: 'results.options.choice.meanHint' },
  zscore: { label: 'results.options.normalise', hint: 'results.options.normaliseHint' },
  calibrated: { label: 'results.options.choice.calibrated', hint: 'results.options.choice.calibratedHint' },
};
type MethodTieBreak = ResultsMethod['tieBreaks'][number];

/** One step of the tie-break chain in the reader's language, a criterion by its name in that language. */
export function tieBreakText(t: TFunction, step: MethodTieBreak, language: string): string {
  if (step.kind === 'criterion') return t('results.howComputed.tieBreak.criterion', { name: localize(step.criterionName, language) || step.criterion || '' });
  return t(`results.howComputed.tieBreak.${step.kind}`);
}

/**
 * How the results were computed, in one sentence in the reader's language: the API sends the facts (the aggregation and why,
 * the trim, the audience share, the tie-break chain), never its English sentence.
 */
export function methodText(t: TFunction, method: ResultsMethod, language: string): string {
  const percent = (x: number) => formatPercent(x, language, 1);
  const mean = {
    mean: 'results.howComputed.mean',
    zscore: 'results.howComputed.meanNormalised',
    calibrated: 'results.howComputed.meanCalibrated',
  } as const;
  const clauses = [t(mean[method.aggregation])];
  if (method.aggregationReason !== 'chosen') clauses.push(t(`results.howComputed.reason.${method.aggregationReason}`));
  if (method.parts.length > 1) clauses.push(t('results.howComputed.parts', { count: method.parts.length }));
  if (method.trimmedFrom !== null) clauses.push(t('results.howComputed.trimmed', { n: formatNumber(method.trimmedFrom, language) }));
  if (method.audienceShare > 0)
    clauses.push(t('results.howComputed.weighted', { judges: percent(1 - method.audienceShare), audience: percent(method.audienceShare) }));
  clauses.push(
    method.tieBreaks.length
      ? t('results.howComputed.ties', { steps: method.tieBreaks.map((s) => tieBreakText(t, s, language)).join(t('results.howComputed.then')) })
      : t('results.howComputed.noTies'),
  );
  return t('results.howComputed.sentence', { clauses: clauses.join(t('results.howComputed.separator')) });
}
