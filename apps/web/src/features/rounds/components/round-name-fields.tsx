import { useTranslation } from '../../../lib/use-translation';
import type { TFunction } from '../../../lib/translator';
import { FormField } from '../../../components/ui/form-field';
import { languageLabel } from '../../../lib/languages';
import { Disclosure } from './disclosure';

/** The longest round name the API takes, in any language. */
const NAME_MAX = 120;

/** The ids of a round name's inputs: one per language. */
export const roundNameId = (prefix: string, language: string) => `${prefix}-name-${language}`;

/** The competition's languages with English first (a round's name is written in English, then translated). */
const withEnglishFirst = (languages: readonly string[] | undefined) => ['en', ...(languages ?? []).filter((l) => l !== 'en')];

/** Where the API's refusals of a round's name land: `name.<language>` on that language's input, `name` on English's. */
export function roundNameFieldMap(t: TFunction, prefix: string, languages: readonly string[] | undefined, uiLanguage: string) {
  const label = (l: string) => t('contentLanguages.form.roundNameIn', { language: languageLabel(l, uiLanguage) });
  return {
    name: { id: roundNameId(prefix, 'en'), label: label('en') },
    ...Object.fromEntries(withEnglishFirst(languages).map((l) => [`name.${l}`, { id: roundNameId(prefix, l), label: label(l) }])),
  };
}

/** What the form can tell before asking: a name in some language needs its English too. */
export function roundNameProblems(t: TFunction, prefix: string, name: Record<string, string>): Record<string, string[]> {
  const given = Object.values(name).some((text) => text.trim());
  return given && !name.en?.trim() ? { [roundNameId(prefix, 'en')]: [t('refusals.competitions.text_english_missing')] } : {};
}

/**
 * A round's own name, in English and in each language of the competition (translations folded); left empty, the
 * round is labelled by its kind and country (`defaultLabel`).
 */
export function RoundNameFields({
  prefix,
  languages,
  value,
  onChange,
  defaultLabel,
  errors,
  disabled,
}: {
  prefix: string;
  /** the competition's languages (CompetitionDto.languages); undefined until known */
  languages: readonly string[] | undefined;
  value: Record<string, string>;
  onChange: (next: Record<string, string>) => void;
  defaultLabel: string;
  errors: Record<string, string[] | undefined>;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [, ...others] = withEnglishFirst(languages);
  const filled = others.filter((l) => value[l]?.trim()).length;
  const field = (l: string, hint?: string) => (
    <FormField
      key={l}
      id={roundNameId(prefix, l)}
      label={t('contentLanguages.form.roundNameIn', { language: languageLabel(l, lng) })}
      hint={hint}
      errors={errors[roundNameId(prefix, l)]}
    >
      {(p) => (
        <input
          {...p}
          type="text"
          lang={l}
          maxLength={NAME_MAX}
          value={value[l] ?? ''}
          onChange={(e) => onChange({ ...value, [l]: e.target.value })}
          disabled={disabled}
        />
      )}
    </FormField>
  );
  return (
    <div className="round-name-fields">
      {field('en', t('contentLanguages.form.roundNameHint', { label: defaultLabel }))}
      {others.length ? (
        <Disclosure
          className="round-name-translations"
          summary={t('contentLanguages.form.roundNameTranslations', { filled, total: others.length })}
          initiallyOpen={filled > 0}
          mustOpen={others.some((l) => errors[roundNameId(prefix, l)]?.length)}
        >
          {others.map((l) => field(l))}
        </Disclosure>
      ) : null}
    </div>
  );
}
