/**
 * The school directory is searched, never listed: a search needs this many characters of a name, and answers with
 * at most this many schools. The sign-up form, the judges' conflict declaration and the API all read these.
 */
export const SCHOOL_SEARCH_MIN_CHARS = 3;
export const SCHOOL_SEARCH_MAX_RESULTS = 20;

/** A school name as the directory compares it: trimmed, spaces collapsed, lower-cased ("St. Mary's " is "st. mary's"). */
export const schoolKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
