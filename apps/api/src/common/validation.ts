import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { FieldReason, problem, type ErrorReason, type Problem } from '@clapper/domain/refusals';
import { fieldsRefusal, type FieldError } from './domain-error.js';

/** The arguments a rule was declared with (`@MaxLength(200)` → [200]), by class, property and rule name. */
function ruleArgs(target: object | undefined, property: string, rule: string): unknown[] {
  if (!target) return [];
  const metas = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  const meta = metas.find((m) => m.propertyName === property && (m.name === rule || m.constraintCls?.name?.toLowerCase() === rule.toLowerCase()));
  return Array.isArray(meta?.constraints) ? (meta.constraints as unknown[]) : [];
}

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v));
const lengthOf = (v: unknown) => (typeof v === 'string' || Array.isArray(v) ? v.length : 0);

/** class-validator's rule (by its name) as a reason with the facts the reader needs: limits, the allowed values. */
export function ruleProblem(rule: string, args: unknown[], value: unknown, context?: { reason?: ErrorReason; params?: Record<string, unknown> }): Problem {
  if (context?.reason) return { reason: context.reason, params: (context.params ?? {}) as Problem['params'] };
  switch (rule) {
    case 'whitelistValidation':
      return problem(FieldReason.NotAccepted);
    case 'isDefined':
    case 'isNotEmpty':
      return problem(FieldReason.Required);
    case 'isString':
      return problem(FieldReason.NotText);
    case 'minLength':
      return problem(FieldReason.TooShort, { min: num(args[0]) });
    case 'maxLength':
      return problem(FieldReason.TooLong, { max: num(args[0]) });
    case 'isLength':
      return lengthOf(value) < num(args[0]) ? problem(FieldReason.TooShort, { min: num(args[0]) }) : problem(FieldReason.TooLong, { max: num(args[1]) });
    case 'arrayMinSize':
      return problem(FieldReason.TooFew, { min: num(args[0]) });
    case 'arrayNotEmpty':
      return problem(FieldReason.TooFew, { min: 1 });
    case 'arrayMaxSize':
      return problem(FieldReason.TooMany, { max: num(args[0]) });
    case 'arrayUnique':
      return problem(FieldReason.NotUnique);
    case 'isEmail':
      return problem(FieldReason.NotEmail);
    case 'isUrl':
      return problem(FieldReason.NotUrl);
    case 'isUuid':
      return problem(FieldReason.NotUuid);
    case 'isDateString':
    case 'isIso8601':
    case 'isDate':
      return problem(FieldReason.NotDate);
    case 'isNumber':
      return problem(FieldReason.NotNumber);
    case 'isInt':
      return problem(FieldReason.NotInteger);
    case 'isBoolean':
      return problem(FieldReason.NotBoolean);
    case 'isArray':
      return problem(FieldReason.NotList);
    case 'isObject':
    case 'nestedValidation':
      return problem(FieldReason.NotObject);
    case 'min':
      return problem(FieldReason.TooSmall, { min: num(args[0]) });
    case 'isPositive':
      return problem(FieldReason.TooSmall, { min: 1 });
    case 'max':
      return problem(FieldReason.TooLarge, { max: num(args[0]) });
    case 'isIn':
      return problem(FieldReason.NotOneOf, { allowed: Array.isArray(args[0]) ? args[0].map(String) : [] });
    case 'isEnum':
      return problem(FieldReason.NotOneOf, { allowed: args[0] && typeof args[0] === 'object' ? Object.values(args[0]).map(String) : [] });
    case 'isLocalizedText':
    case 'isLocalizedFreeText':
      return problem(FieldReason.NotLocalizedText, { max: num(args[0]), english: args[1] === true });
    case 'matches':
      return problem(FieldReason.BadFormat);
    default:
      return problem(FieldReason.Invalid);
  }
}

/** Flattens class-validator errors into fields, each with English messages and the problems the web translates. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints) {
      const rules = Object.entries(e.constraints);
      const messages = rules.map(([key, m]) => (key === 'whitelistValidation' ? `${field} is not a field this request accepts` : m));
      // a field left out breaks every rule it has: it is missing, and that is all the reader needs to hear
      const missing = e.value === undefined || e.value === null;
      const problems =
        missing && !e.constraints.whitelistValidation
          ? [problem(FieldReason.Required)]
          : rules.map(([rule]) =>
              ruleProblem(
                rule,
                ruleArgs(e.target, e.property, rule),
                e.value,
                e.contexts?.[rule] as { reason?: ErrorReason; params?: Record<string, unknown> } | undefined,
              ),
            );
      out.push({ field, messages, problems });
    }
    if (e.children?.length) out.push(...toFieldErrors(e.children, field));
  }
  return out;
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: false,
    // the rules' own limits (`@Length(1, 256)`) are read from the target's metadata: ruleArgs needs it
    validationError: { target: true },
    exceptionFactory: (errors) => fieldsRefusal(toFieldErrors(errors)),
  });
}
