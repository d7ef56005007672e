/**
 * Refusals any endpoint can give: the request itself (its shape, size, encoding), who asks, and the platform's
 * own state. Each value is `common.<name>`; the web's catalogs translate it under `refusals.common.<name>`.
 */
export enum CommonReason {
  /** the body failed validation: see `fields`, each with its own problems */
  ValidationFailed = 'common.validation_failed',
  MalformedJson = 'common.malformed_json',
  TooDeep = 'common.too_deep',
  BadRequest = 'common.bad_request',
  UnsupportedEncoding = 'common.unsupported_encoding',
  UnsupportedCharset = 'common.unsupported_charset',
  InvalidEncoding = 'common.invalid_encoding',
  PayloadTooLarge = 'common.payload_too_large',
  UnsupportedMediaType = 'common.unsupported_media_type',
  HeadersTooLarge = 'common.headers_too_large',
  RequestTimeout = 'common.request_timeout',
  /** not signed in, or the session ended */
  Unauthenticated = 'common.unauthenticated',
  /** signed in, but this is not theirs to see or do */
  Forbidden = 'common.forbidden',
  /** an endpoint that has not stated who may call it: denied by default */
  AccessUndeclared = 'common.access_undeclared',
  CsrfOrigin = 'common.csrf_origin',
  /** the thing the address names does not exist, or the asker may not know that it does */
  NotFound = 'common.not_found',
  /** someone else changed it first: reload and try again */
  Conflict = 'common.conflict',
  TooManyAttempts = 'common.too_many_attempts',
  StorageUnavailable = 'common.storage_unavailable',
  DatabaseUnavailable = 'common.database_unavailable',
  ServiceUnavailable = 'common.service_unavailable',
  Internal = 'common.internal',
}

/** What a `common.not_found` names: the web says "The competition was not found" in the reader's language. */
export enum Thing {
  Competition = 'competition',
  Round = 'round',
  Entry = 'entry',
  Category = 'category',
  Country = 'country',
  Award = 'award',
  Work = 'work',
  Subtitles = 'subtitles',
  Upload = 'upload',
  Video = 'video',
  File = 'file',
  TeamMember = 'team_member',
  TeacherRequest = 'teacher_request',
  Session = 'session',
  Licence = 'licence',
  Judge = 'judge',
  Invitation = 'invitation',
  Consent = 'consent',
  ConsentForm = 'consent_form',
  Campaign = 'campaign',
  Assignment = 'assignment',
  Promotion = 'promotion',
  User = 'user',
  School = 'school',
  Page = 'page',
  Export = 'export',
  Scorecard = 'scorecard',
}

export interface CommonReasonParams {
  [CommonReason.ValidationFailed]: { fields: string[] };
  [CommonReason.MalformedJson]: Record<string, never>;
  [CommonReason.TooDeep]: { maxDepth: number };
  [CommonReason.BadRequest]: Record<string, never>;
  [CommonReason.UnsupportedEncoding]: { encoding: string };
  [CommonReason.UnsupportedCharset]: Record<string, never>;
  [CommonReason.InvalidEncoding]: Record<string, never>;
  [CommonReason.PayloadTooLarge]: Record<string, never>;
  [CommonReason.UnsupportedMediaType]: Record<string, never>;
  [CommonReason.HeadersTooLarge]: Record<string, never>;
  [CommonReason.RequestTimeout]: Record<string, never>;
  [CommonReason.Unauthenticated]: Record<string, never>;
  [CommonReason.Forbidden]: Record<string, never>;
  [CommonReason.AccessUndeclared]: Record<string, never>;
  [CommonReason.CsrfOrigin]: Record<string, never>;
  [CommonReason.NotFound]: { thing: Thing };
  [CommonReason.Conflict]: Record<string, never>;
  [CommonReason.TooManyAttempts]: { retryAfterSeconds: number };
  [CommonReason.StorageUnavailable]: Record<string, never>;
  [CommonReason.DatabaseUnavailable]: { retryAfterSeconds: number };
  [CommonReason.ServiceUnavailable]: Record<string, never>;
  [CommonReason.Internal]: Record<string, never>;
}

/**
 * What is wrong with one field of a request, as class-validator's rules and the services' own field checks find
 * it. The web shows them beside the input, in the reader's language, with their limits.
 */
export enum FieldReason {
  Required = 'field.required',
  /** a field the request does not accept */
  NotAccepted = 'field.not_accepted',
  NotText = 'field.not_text',
  TooShort = 'field.too_short',
  TooLong = 'field.too_long',
  TooFew = 'field.too_few',
  TooMany = 'field.too_many',
  NotEmail = 'field.not_email',
  NotUrl = 'field.not_url',
  NotUuid = 'field.not_uuid',
  NotDate = 'field.not_date',
  NotNumber = 'field.not_number',
  NotInteger = 'field.not_integer',
  NotBoolean = 'field.not_boolean',
  NotList = 'field.not_list',
  NotObject = 'field.not_object',
  TooSmall = 'field.too_small',
  TooLarge = 'field.too_large',
  NotOneOf = 'field.not_one_of',
  BadFormat = 'field.bad_format',
  NotUnique = 'field.not_unique',
  ControlCharacter = 'field.control_character',
  /** a text in several languages: language codes to texts of 1 to `max` characters, English included when `english` */
  NotLocalizedText = 'field.not_localized_text',
  /** a rule of the field's own that has no more precise reason yet */
  Invalid = 'field.invalid',
}

export interface FieldReasonParams {
  [FieldReason.Required]: Record<string, never>;
  [FieldReason.NotAccepted]: Record<string, never>;
  [FieldReason.NotText]: Record<string, never>;
  [FieldReason.TooShort]: { min: number };
  [FieldReason.TooLong]: { max: number };
  [FieldReason.TooFew]: { min: number };
  [FieldReason.TooMany]: { max: number };
  [FieldReason.NotEmail]: Record<string, never>;
  [FieldReason.NotUrl]: Record<string, never>;
  [FieldReason.NotUuid]: Record<string, never>;
  [FieldReason.NotDate]: Record<string, never>;
  [FieldReason.NotNumber]: Record<string, never>;
  [FieldReason.NotInteger]: Record<string, never>;
  [FieldReason.NotBoolean]: Record<string, never>;
  [FieldReason.NotList]: Record<string, never>;
  [FieldReason.NotObject]: Record<string, never>;
  [FieldReason.TooSmall]: { min: number };
  [FieldReason.TooLarge]: { max: number };
  [FieldReason.NotOneOf]: { allowed: string[] };
  [FieldReason.BadFormat]: Record<string, never>;
  [FieldReason.NotUnique]: Record<string, never>;
  [FieldReason.ControlCharacter]: Record<string, never>;
  [FieldReason.NotLocalizedText]: { max: number; english: boolean };
  [FieldReason.Invalid]: Record<string, never>;
}
