import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { errorIdFor } from '../../../lib/form-errors';
import { localize } from '../../../lib/localized-text';
import type { Criterion } from '../api/get-judge-entry';
import { criterionName, formatWeight, levelForKey, levelsOf } from '../utils/scoring';

/** Ids of a criterion's group, of its level radios and of each level's descriptor. */
export const criterionIds = (key: string) => ({
  group: `crit-${key}`,
  description: `crit-${key}-description`,
  level: (score: number) => `crit-${key}-level-${score}`,
  descriptor: (score: number) => `crit-${key}-descriptor-${score}`,
});

export interface CriterionFieldProps {
  criterion: Criterion;
  /** share of 1 */
  weight: number | undefined;
  value: number | undefined;
  editable: boolean;
  errors?: string[];
  onChange: (score: number) => void;
}

/**
 * One criterion: a fieldset named after it (weight as a percentage, description), its levels as native radios
 * (Tab reaches the group, arrow keys move within it, a digit key picks that level), and a panel showing the
 * descriptor of the level hovered, else focused, else chosen. Each radio is described by its own descriptor.
 */
export function CriterionField({ criterion, weight, value, editable, errors, onChange }: CriterionFieldProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const ids = criterionIds(criterion.key);
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const levels = levelsOf(criterion);
  const shown = hovered ?? focused ?? value ?? null;
  const description = localize(criterion.description, lng);
  const hasErrors = Boolean(errors?.length);

  function onKeyDown(e: KeyboardEvent<HTMLFieldSetElement>) {
    if (!editable || e.ctrlKey || e.metaKey || e.altKey || !(e.target instanceof HTMLInputElement) || e.target.type !== 'radio') return;
    const score = levelForKey(e.key, criterion);
    if (score === null) return;
    e.preventDefault();
    onChange(score);
    document.getElementById(ids.level(score))?.focus();
  }

  return (
    <fieldset
      id={ids.group}
      tabIndex={-1}
      className={['criterion', hasErrors ? 'field-invalid' : null].filter(Boolean).join(' ')}
      aria-describedby={[description ? ids.description : null, hasErrors ? errorIdFor(ids.group) : null].filter(Boolean).join(' ') || undefined}
      onKeyDown={onKeyDown}
    >
      <legend className="criterion-legend">
        <span className="criterion-name">{criterionName(criterion, lng)}</span>{' '}
        <span className="criterion-weight">{t('judge.score.weight', { weight: formatWeight(weight, lng) })}</span>
      </legend>
      {description ? (
        <p id={ids.description} className="field-hint">
          {description}
        </p>
      ) : null}
      {hasErrors ? (
        <p id={errorIdFor(ids.group)} className="field-error">
          {errors!.join('; ')}
        </p>
      ) : null}
      <div className="levels" onMouseLeave={() => setHovered(null)}>
        {levels.map((l) => (
          <label key={l.score} className="level" onMouseEnter={() => setHovered(l.score)}>
            <input
              type="radio"
              id={ids.level(l.score)}
              name={`score-${criterion.key}`}
              value={l.score}
              checked={value === l.score}
              disabled={!editable}
              aria-describedby={ids.descriptor(l.score)}
              onChange={() => onChange(l.score)}
              onFocus={() => setFocused(l.score)}
              onBlur={() => setFocused(null)}
            />
            <span className="level-score">{l.score}</span>
          </label>
        ))}
      </div>
      <div className="level-panel">
        {levels.map((l) => (
          <p key={l.score} id={ids.descriptor(l.score)} hidden={shown !== l.score}>
            <span className="level-panel-score">
              {value === l.score ? t('judge.score.levelChosen', { score: l.score }) : t('judge.score.level', { score: l.score })}
            </span>{' '}
            {localize(l.descriptor, lng) || t('judge.score.noDescriptor')}
          </p>
        ))}
        {shown === null ? <p className="muted">{t('judge.score.notScored')}</p> : null}
      </div>
    </fieldset>
  );
}
