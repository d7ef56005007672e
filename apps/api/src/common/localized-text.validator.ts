import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * A text in several languages: an object from language codes (en, ja, th, pt-BR…) to non-empty strings.
 */
export function IsLocalizedText(options: { requireEnglish?: boolean; maxLength?: number } = {}, validationOptions?: ValidationOptions) {
  const maxLength = options.maxLength ?? 200;
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isLocalizedText',
      target: object.constructor,
      propertyName,
      // read by the validation pipe for the field's problem (validation.ts)
      constraints: [maxLength, options.requireEnglish === true],
      options: validationOptions,
      validator: {
        validate(value: unknown) {
          if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
          const entries = Object.entries(value as Record<string, unknown>);
          if (entries.length === 0 || entries.length > 30) return false;
          if (options.requireEnglish && !(value as Record<string, unknown>).en) return false;
          return entries.every(([k, v]) => /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(k) && typeof v === 'string' && v.trim().length > 0 && v.length <= maxLength);
        },
        defaultMessage(args: ValidationArguments) {
          return `${args.property} must map language codes to texts of 1–${maxLength} characters, like {"en": "…", "ja": "…"}${options.requireEnglish ? ', and include English (en)' : ''}`;
        },
      },
    });
}

/** OpenAPI for a text in several languages: an object from language codes to strings. */
export function ApiLocalizedText(options: { required?: boolean; example?: Record<string, string>; description?: string } = {}) {
  const decorate = options.required === false ? ApiPropertyOptional : ApiProperty;
  return decorate({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: options.example ?? { en: 'English text', ja: '日本語のテキスト' },
    description: options.description ?? 'language code → text',
  });
}
