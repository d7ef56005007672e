import { useTranslation } from '../../../lib/use-translation';
import { FormField } from '../../../components/ui/form-field';
import { viewerTimeZone } from '../../../lib/datetime-local';
import type { SettingsKey, SettingsValues } from '../utils/settings-values';
import './rounds.css';

const SETTINGS_KEYS = ['opensAt', 'closesAt', 'judgesPerEntry', 'blind', 'showOtherScores', 'countryQuota'] as const satisfies readonly SettingsKey[];

/** The input id of each setting, under a form's prefix; error summaries link to them. */
export const settingsIds = (prefix: string) => Object.fromEntries(SETTINGS_KEYS.map((k) => [k, `${prefix}-${k}`])) as Record<SettingsKey, string>;

/** Server field path (the setting's name) → input and label, for placing the API's validation errors. */
export function settingsFieldMap(t: (key: string) => string, prefix: string): Record<string, { id: string; label: string }> {
  const ids = settingsIds(prefix);
  return Object.fromEntries(SETTINGS_KEYS.map((k) => [k, { id: ids[k], label: t(`rounds.settings.${k}`) }]));
}

export interface RoundSettingsFieldsProps {
  prefix: string;
  kind: 'national' | 'final';
  values: SettingsValues;
  onChange: <K extends SettingsKey>(key: K, value: SettingsValues[K]) => void;
  errors: Record<string, string[] | undefined>;
  disabled?: boolean;
}

/** The window, judges per entry, blind judging, other judges' scores, and (the final) the per-country quota. */
export function RoundSettingsFields({ prefix, kind, values, onChange, errors, disabled }: RoundSettingsFieldsProps) {
  const { t } = useTranslation();
  const ids = settingsIds(prefix);
  const req = t('common.required');
  return (
    <>
      <p className="muted small">{t('rounds.settings.windowHint', { zone: viewerTimeZone() })}</p>
      <div className="grid-2 aligned-fields">
        <FormField id={ids.opensAt} label={t('rounds.settings.opensAt')} required requiredLabel={req} errors={errors[ids.opensAt]}>
          {(p) => (
            <input {...p} type="datetime-local" value={values.opensAt} onChange={(e) => onChange('opensAt', e.target.value)} required disabled={disabled} />
          )}
        </FormField>
        <FormField id={ids.closesAt} label={t('rounds.settings.closesAt')} required requiredLabel={req} errors={errors[ids.closesAt]}>
          {(p) => (
            <input {...p} type="datetime-local" value={values.closesAt} onChange={(e) => onChange('closesAt', e.target.value)} required disabled={disabled} />
          )}
        </FormField>
        <FormField
          id={ids.judgesPerEntry}
          label={t('rounds.settings.judgesPerEntry')}
          hint={t('rounds.settings.judgesPerEntryHint')}
          required
          requiredLabel={req}
          errors={errors[ids.judgesPerEntry]}
        >
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              min={1}
              max={20}
              step={1}
              value={values.judgesPerEntry}
              onChange={(e) => onChange('judgesPerEntry', e.target.value)}
              required
              disabled={disabled}
            />
          )}
        </FormField>
        {kind === 'final' ? (
          <FormField
            id={ids.countryQuota}
            label={t('rounds.settings.countryQuota')}
            hint={t('rounds.settings.countryQuotaHint')}
            required
            requiredLabel={req}
            errors={errors[ids.countryQuota]}
          >
            {(p) => (
              <input
                {...p}
                type="number"
                inputMode="numeric"
                min={1}
                max={100}
                step={1}
                value={values.countryQuota}
                onChange={(e) => onChange('countryQuota', e.target.value)}
                required
                disabled={disabled}
              />
            )}
          </FormField>
        ) : null}
      </div>
      <div className="settings-checks">
        <CheckWithHint
          id={ids.blind}
          label={t('rounds.settings.blind')}
          hint={t('rounds.settings.blindHint')}
          checked={values.blind}
          onChange={(v) => onChange('blind', v)}
          disabled={disabled}
        />
        <CheckWithHint
          id={ids.showOtherScores}
          label={t('rounds.settings.showOtherScores')}
          hint={t('rounds.settings.showOtherScoresHint')}
          checked={values.showOtherScores}
          onChange={(v) => onChange('showOtherScores', v)}
          disabled={disabled}
        />
      </div>
    </>
  );
}

/** A checkbox named by its label alone, described by the hint under it. */
export function CheckWithHint({
  id,
  label,
  hint,
  checked,
  onChange,
  disabled,
}: {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <div className="check-described">
      <label className="check" htmlFor={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} disabled={disabled} aria-describedby={`${id}-hint`} />
        <span className="field-label">{label}</span>
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
    </div>
  );
}
