/**
 * The HTML part of an email, made from its plain-text part so that the two always say the same: each paragraph (lines
 * separated by a blank line) becomes a <p>, a line that is only an address becomes a link, and everything else is
 * escaped. The markup is deliberately plain (inline styles, one column, no images or scripts): it reads in every mail
 * client, on a phone, and in a screen reader.
 */
export function htmlFromText(text: string, lang: string): string {
  const paragraphs = text.split(/\n{2,}/).map((block) => block.split('\n'));
  const body = paragraphs.map((lines) => (lines.length === 1 && isAddress(lines[0]) ? linkParagraph(lines[0]) : textParagraph(lines))).join('\n');
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

function textParagraph(lines: string[]): string {
  return `<p style="margin:0 0 16px">${lines.map((line) => (isAddress(line) ? anchor(line) : escapeHtml(line))).join('<br>')}</p>`;
}

function linkParagraph(address: string): string {
  return `<p style="margin:0 0 16px">${anchor(address, 'display:inline-block;padding:10px 16px;background:#0b57d0;color:#ffffff;border-radius:6px;text-decoration:none;word-break:break-all')}</p>`;
}

function anchor(address: string, style = 'color:#0b57d0;word-break:break-all'): string {
  const href = escapeHtml(address.trim());
  return `<a href="${href}" style="${style}">${href}</a>`;
}

function isAddress(line: string): boolean {
  return /^\s*https?:\/\/\S+\s*$/.test(line);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
