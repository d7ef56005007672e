/**
 * The HTML part of an email, made from its plain-text part so that the two always say the same: each paragraph (lines
 * separated by a blank line) becomes a <p>, a line that is only an address becomes a link, and everything else is
 * escaped. The markup is deliberately plain (inline styles, one column, no images or scripts): it reads in every mail
 * client, on a phone, and in a screen reader.
 */
export function htmlFromText(text: string, lang: string): string {
  const paragraphs = text.split(/\n{2,}/).map((block) => block.split('\n'));
  const body = paragraphs.map(paragraph).join('\n');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>',
    "<body style=\"margin:0;padding:24px 16px;background:#ffffff;color:#1a1a1a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans Thai',sans-serif;font-size:16px;line-height:1.5\">",
    '<div style="max-width:600px;margin:0 auto">',
    body,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}

/**
 * A paragraph: a lone address is a button; a line that ends with a colon followed by an address ("Open this page in
 * Clapper:" and its link) is a button named by that line, with the address under it for clients that hide links.
 */
function paragraph(lines: string[]): string {
  if (lines.length === 1 && isAddress(lines[0])) return linkParagraph(lines[0]);
  const label = lines[0]?.trim().replace(/\s*[:：]$/, '');
  if (lines.length === 2 && isAddress(lines[1]) && label && label !== lines[0].trim())
    return `${linkParagraph(lines[1], label)}\n<p style="margin:-8px 0 16px;font-size:13px;color:#555555;word-break:break-all">${escapeHtml(lines[1].trim())}</p>`;
  return textParagraph(lines);
}

function textParagraph(lines: string[]): string {
  return `<p style="margin:0 0 16px">${lines.map((line) => (isAddress(line) ? anchor(line) : escapeHtml(line))).join('<br>')}</p>`;
}

function linkParagraph(address: string, label?: string): string {
  const button = 'display:inline-block;padding:10px 16px;background:#0b57d0;color:#ffffff;border-radius:6px;text-decoration:none;word-break:break-all';
  return `<p style="margin:0 0 16px">${anchor(address, button, label)}</p>`;
}

function anchor(address: string, style = 'color:#0b57d0;word-break:break-all', label?: string): string {
  const href = escapeHtml(address.trim());
  return `<a href="${href}" style="${style}">${label ? escapeHtml(label) : href}</a>`;
}

function isAddress(line: string): boolean {
  return /^\s*https?:\/\/\S+\s*$/.test(line);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
