import { CommonReason } from '@clapper/domain/refusals';
import { MAX_CRITERIA, MAX_LEVELS, rubricProblemField, rubricProblemReason, type RubricProblem, type Rubric } from '@clapper/domain/rubric';
import type { ScoreProblem } from '@clapper/domain/scorecard';
import { DomainError } from '../common/domain-error.js';

/**
 * The scoring refusals' English `message`, for API users and logs. The web words the same problems from their
 * reasons and facts (libs/domain scoreProblemReason, rubricProblemReason) in the reader's language.
 */

/** A rubric with problems (checkRubric): each is a problem of its field, `rubric.criteria.<index>.<field>`. */
export function rubricRefusal(problems: RubricProblem[]): DomainError {
  const fields = problems.map((p) => ({ field: rubricProblemField(p), messages: [rubricProblemMessage(p)], problems: [rubricProblemReason(p)] }));
  return new DomainError(
    'validation_failed',
    CommonReason.ValidationFailed,
    `The rubric needs changes: ${fields.map((f) => f.messages[0]).join(' ')}`,
    { fields: [...new Set(fields.map((f) => f.field))] },
    { fields },
  );
}

/** English wording a judge can act on, naming the criterion by its English name. */
export function scoreProblemMessage(p: ScoreProblem, r: Rubric): string {
  const c = r.criteria.find((x) => x.key === p.criterion);
  if (!c || p.code === 'unknown_criterion')
    return `This rubric has no criterion "${p.criterion}", so that score cannot be saved. Reload the page to get the current rubric.`;
  const name = `"${c.name.en}"`;
  switch (p.code) {
    case 'missing':
      return `Score ${name} before you submit.`;
    case 'not_integer':
      return `Choose one of the levels for ${name}: a whole number from ${c.scaleMin} to ${c.scaleMax}.`;
    case 'out_of_scale':
      return `The score for ${name} must be from ${c.scaleMin} to ${c.scaleMax}.`;
  }
}

/** English wording an organiser can act on, naming the criterion by its place in the list. */
export function rubricProblemMessage(p: RubricProblem): string {
  const which = p.criterion === null ? '' : `Criterion ${p.criterion + 1}: `;
  switch (p.code) {
    case 'empty':
      return 'Add at least one criterion to the rubric.';
    case 'too_many':
      return `A rubric can have at most ${MAX_CRITERIA} criteria. Remove or merge some.`;
    case 'key_invalid':
      return `${which}give it a key of 1 to 40 lower-case letters, digits, hyphens or underscores.`;
    case 'duplicate_key':
      return `${which}another criterion already uses this key. Give each criterion its own key.`;
    case 'english_missing': {
      const level = /^levels\.(\d+)\.descriptor$/.exec(p.field);
      if (level) return `${which}write in English the descriptor of the level at position ${Number(level[1]) + 1} in the list.`;
      return `${which}write the ${p.field} in English.`;
    }
    case 'weight_not_positive':
      return `${which}give it a weight above zero.`;
    case 'scale_invalid':
      return p.field === 'scaleMin'
        ? `${which}start the scale at a whole number, 0 or more.`
        : `${which}end the scale at a whole number above its start, with at most ${MAX_LEVELS} levels in all.`;
    case 'levels_mismatch':
      return `${which}describe exactly one level for each whole score from the scale's start to its end, in order.`;
  }
}
