/** Refusals of the consents domain. Each value is `consents.<name>`; the web translates it under `refusals.consents.<name>`. */
export enum ConsentsReason {
  /** the member is 18 or older on the competition's reference date: they consent themselves, no guardian is needed */
  NotAMinor = 'consents.not_a_minor',
  /** the guardian has already consented for this member (or through this link) */
  AlreadyGiven = 'consents.already_given',
  /** the coordinator asked for a signed form for this member: the team uploads it instead of emailing a link */
  SignedFormRequired = 'consents.signed_form_required',
  /** a resend before any guardian link was emailed for this member */
  NothingToResend = 'consents.nothing_to_resend',
  /** a field problem of `guardianEmail`: the address of an account on the entry (the team, its school, a teacher) */
  GuardianEmailOnEntry = 'consents.guardian_email_on_entry',
  /** a signed form for this member was already verified: nothing more to ask for */
  FormAlreadyVerified = 'consents.form_already_verified',
  /** there is no given consent to withdraw */
  NothingToWithdraw = 'consents.nothing_to_withdraw',
  /** the guardian withdrew consent through this link: a new link is needed to give it again */
  Withdrawn = 'consents.withdrawn',
  /** the link has no open request to decline (it was withdrawn, declined already, or replaced by a form) */
  NothingToDecline = 'consents.nothing_to_decline',
  /** the guardian's link is not (or no longer) valid: a newer email replaced it, or it never existed */
  LinkInvalid = 'consents.link_invalid',
  /** the guardian's link is past its time */
  LinkExpired = 'consents.link_expired',
  /** a verification of a consent that has no signed form waiting */
  NoFormWaiting = 'consents.no_form_waiting',
  /** the signed form is not a PDF, JPEG or PNG (read from its bytes) */
  FormWrongType = 'consents.form_wrong_type',
  /** the signed form is over the size limit */
  FormTooLarge = 'consents.form_too_large',
  /** a language that is not one of the platform's (LOCALES): `language` as sent */
  UnknownLanguage = 'consents.unknown_language',
  /** the consent or licence text in this language is not approved yet: it cannot be agreed to */
  TextNotApproved = 'consents.text_not_approved',
  /** the text agreed to is not the current one (a newer version was approved since the page was opened): read it again */
  TextStale = 'consents.text_stale',
  /** a person cannot approve a translation they wrote: someone else must review it */
  OwnTranslation = 'consents.own_translation',
  /** there is no translation in this language to approve yet */
  TextMissing = 'consents.text_missing',
}

/** The facts each refusal carries, for the message in the reader's language. */
export interface ConsentsReasonParams {
  /** `name`: the member's full name */
  [ConsentsReason.NotAMinor]: { name: string };
  [ConsentsReason.AlreadyGiven]: Record<string, never>;
  [ConsentsReason.SignedFormRequired]: Record<string, never>;
  [ConsentsReason.NothingToResend]: Record<string, never>;
  [ConsentsReason.GuardianEmailOnEntry]: Record<string, never>;
  [ConsentsReason.FormAlreadyVerified]: Record<string, never>;
  [ConsentsReason.NothingToWithdraw]: Record<string, never>;
  [ConsentsReason.Withdrawn]: Record<string, never>;
  [ConsentsReason.NothingToDecline]: Record<string, never>;
  [ConsentsReason.LinkInvalid]: Record<string, never>;
  [ConsentsReason.LinkExpired]: Record<string, never>;
  [ConsentsReason.NoFormWaiting]: Record<string, never>;
  [ConsentsReason.FormWrongType]: Record<string, never>;
  /** `maxBytes`: the limit */
  [ConsentsReason.FormTooLarge]: { maxBytes: number };
  /** `language`: the language code sent */
  [ConsentsReason.UnknownLanguage]: { language: string };
  /** `language`: the language of the text; `languages`: those with an approved text, to choose from */
  [ConsentsReason.TextNotApproved]: { language: string; languages: string[] };
  /** `version`: the current version (its label, e.g. 2027-01.2) in `language` */
  [ConsentsReason.TextStale]: { version: string; language: string };
  /** `language`: the translation's language */
  [ConsentsReason.OwnTranslation]: { language: string };
  /** `language`: the language with no translation */
  [ConsentsReason.TextMissing]: { language: string };
}
