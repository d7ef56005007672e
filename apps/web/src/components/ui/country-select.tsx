import { useTranslation } from '../../lib/use-translation';
import type { ControlProps } from './form-field';

export interface CountryOption {
  code: string;
  name: string;
}

/** A select of participating countries, named in the reader's language, with an empty first choice. */
export function CountrySelect({
  control,
  countries,
  value,
  onChange,
  required,
}: {
  control: ControlProps;
  countries: CountryOption[];
  value: string;
  onChange: (code: string) => void;
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)} required={required}>
      <option value="">{t('auth.chooseCountry')}</option>
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
