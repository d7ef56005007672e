import { AUTONYMS, LOCALES, localeOf, type Locale } from '@clapper/domain/locales';
import type { ControlProps } from './form-field';

/** A select of Clapper's 14 languages, each named in its own script (for the language of an email, say). */
export function LocaleSelect({ control, value, onChange }: { control: ControlProps; value: Locale; onChange: (locale: Locale) => void }) {
  return (
    <select {...control} value={value} onChange={(e) => onChange(localeOf(e.target.value) ?? 'en')}>
      {LOCALES.map((code) => (
        <option key={code} value={code} lang={code}>
          {AUTONYMS[code]}
        </option>
      ))}
    </select>
  );
}
