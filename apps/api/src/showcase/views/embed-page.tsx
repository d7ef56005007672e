import type { PublicWork } from '../showcase.service.js';
import type { Translator } from '../showcase-i18n.js';
import { Document } from './layout.js';
import { Player } from './player.js';

/** /showcase/:slug/embed/:code — only the player and a small link back; other sites may frame it. */
export function EmbedPage({ t, slug, work, entryUrl }: { t: Translator; slug: string; work: PublicWork; entryUrl: string }) {
  return (
    <Document
      t={t}
      head={{ title: `${work.title} · Clapper`, description: work.synopsisEnglish || work.title, canonical: entryUrl, script: work.ladder !== null }}
      bodyClass="embed"
    >
      <main>
        <h1 className="skip">{work.title}</h1>
        <Player t={t} slug={slug} work={work} />
      </main>
      <a className="embed-link" href={entryUrl} target="_blank" rel="noopener">
        {t.t('embed.watchOn', { title: work.title })}
      </a>
    </Document>
  );
}
