import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

const LANGUAGE_KEY = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;
const MAX_LANGUAGES = 30;

/**
 * What is wrong with a free text in several languages (language code → text of at most maxLength characters;
 * empty texts and an empty object are allowed, English is optional), one message per problem, or none.
 */
export function localizedFreeTextProblems(property: string, value: unknown, maxLength: number): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${property} must map language codes to texts, like {"en": "…", "th": "…"}`];
  const entries = Object.entries(value as Record<string, unknown>);
  const problems: string[] = [];
  if (entries.length > MAX_LANGUAGES) problems.push(`${property} may hold at most ${MAX_LANGUAGES} languages`);
  for (const [key, text] of entries) {
    if (!LANGUAGE_KEY.test(key)) problems.push(`${property} has "${key.slice(0, 20)}", which is not a language code such as en, th or pt-BR`);
    else if (typeof text !== 'string') problems.push(`${property}.${key} must be text`);
    else if (text.length > maxLength) problems.push(`${property}.${key} must be at most ${maxLength} characters (it has ${text.length})`);
  }
  return problems;
}

/** A free text in several languages, such as a competition's rules in brief: see localizedFreeTextProblems. */
export function IsLocalizedFreeText(options: { maxLength: number }, validationOptions?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isLocalizedFreeText',
      target: object.constructor,
      propertyName,
      constraints: [options.maxLength, false],
      options: validationOptions,
      validator: {
        validate: (value: unknown) => localizedFreeTextProblems(propertyName, value, options.maxLength).length === 0,
        defaultMessage: (args: ValidationArguments) => localizedFreeTextProblems(args.property, args.value, options.maxLength).join('; '),
      },
    });
}
