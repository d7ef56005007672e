/**
 * An address as the team sees it once the link has gone: the first letter of the local part, then •••, and the
 * domain ("g•••@example.org"). Enough to recognise the address they typed, not enough to read or reuse it.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${Array.from(email.slice(0, at))[0]}•••${email.slice(at)}`;
}
