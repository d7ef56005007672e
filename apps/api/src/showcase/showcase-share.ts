/** The social networks a work can be shared to: plain links to each network's own share page (no script of theirs). */
export const SHARE_NETWORKS = ['line', 'facebook', 'x', 'whatsapp'] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

export const SHARE_NAMES: Record<ShareNetwork, string> = { line: 'LINE', facebook: 'Facebook', x: 'X', whatsapp: 'WhatsApp' };

/** Each network's share link for a page, with the text (the title) where the network takes one. */
export function shareLinks(url: string, text: string): { network: ShareNetwork; href: string }[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(text);
  return [
    { network: 'line', href: `https://social-plugins.line.me/lineit/share?url=${u}` },
    { network: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'x', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { network: 'whatsapp', href: `https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}` },
  ];
}
