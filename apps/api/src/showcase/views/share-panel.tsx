import type { ReactNode } from 'react';
import type { Translator } from '../showcase-i18n.js';
import { SHARE_NAMES, shareLinks } from '../showcase-share.js';

/**
 * Sharing a page: the system share sheet where the browser has one (showcase.js reveals it), plain links to LINE,
 * Facebook, X and WhatsApp (their own share pages: no script of theirs), and the link to copy, with its outcome said
 * aloud (a polite live region). `children` go after the link (the embed code, the QR code). The copy buttons are in
 * the page from the start (revealing them from the script would lay the page out a second time, a long task on a slow
 * phone); without the script the fields can still be selected and copied by hand.
 */
export function SharePanel({
  t,
  heading,
  url,
  title,
  linkLabel,
  children,
}: {
  t: Translator;
  heading: string;
  url: string;
  title: string;
  linkLabel: string;
  children?: ReactNode;
}) {
  return (
    <section className="panel share" aria-labelledby="share-h">
      <h2 id="share-h">{heading}</h2>
      <ul className="share-links" aria-label={t.t('share.networks')}>
        <li data-native-share="" hidden>
          <button className="btn" type="button" data-share-url={url} data-share-title={title}>
            {t.t('share.native')}
          </button>
        </li>
        {shareLinks(url, title).map((l) => (
          <li key={l.network}>
            <a className={`btn secondary net-${l.network}`} href={l.href} target="_blank" rel="noopener noreferrer">
              <span aria-hidden="true">{SHARE_NAMES[l.network]}</span>
              <span className="sr-only">{t.t('share.on', { network: SHARE_NAMES[l.network] })}</span>
            </a>
          </li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor="share-link">{linkLabel}</label>
        <div className="copy-row">
          <input id="share-link" type="url" readOnly value={url} />
          <button className="btn secondary" type="button" data-copy="share-link" data-done={t.t('share.linkCopied')} data-failed={t.t('share.copyFailed')}>
            {t.t('share.copy')}
          </button>
        </div>
      </div>
      {children}
      <p id="copy-status" className="status" role="status" aria-live="polite" />
    </section>
  );
}
