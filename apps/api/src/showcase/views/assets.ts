import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/**
 * The showcase's only script: it plays a work's adaptive ladder (loading the player library on the first play), and
 * makes the copy buttons copy the share link or embed code, and offers the
 * system share sheet where the browser has one (navigator.share). The pages work fully without it (the fields are
 * selectable, the share links are plain links). Served as an external file, since the CSP forbids inline scripts.
 */
export const SHOWCASE_JS = `(function () {
  var status = document.getElementById('copy-status');
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text; area.setAttribute('readonly', ''); area.style.position = 'fixed'; area.style.opacity = '0';
      document.body.appendChild(area); area.select();
      var ok = document.execCommand('copy'); document.body.removeChild(area);
      ok ? resolve() : reject(new Error('copy failed'));
    });
  }
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field) return;
    button.addEventListener('click', function () {
      field.select();
      copy(field.value).then(function () {
        if (status) status.textContent = button.getAttribute('data-done') || '';
      }, function () {
        if (status) status.textContent = button.getAttribute('data-failed') || '';
      });
    });
  });
  // the adaptive ladder (issue 18): hls.js, loaded on a video's first play, where Media Source Extensions exist;
  // Safari plays the ladder itself. The MP4 is the fallback: with neither, or when the ladder fails.
  var hlsLoading = null;
  function loadHls(src) {
    hlsLoading = hlsLoading || new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src; s.async = true;
      s.onload = function () { window.Hls ? resolve(window.Hls) : reject(new Error('no Hls')); };
      s.onerror = reject;
      document.head.appendChild(s);
    });
    return hlsLoading;
  }
  // on play, the ladder's first files are fetched while the library loads (the showcase serves them cacheable for
  // good, so the player then reads them from the browser's cache): the master, the first rung's and the sound's
  // playlists, their initialisation segments and the sound's first segment
  function warm(master) {
    var base = master.slice(0, master.lastIndexOf('/') + 1);
    function text(u) { return fetch(u).then(function (r) { return r.ok ? r.text() : ''; }); }
    function bytes(u) { return fetch(u).then(function (r) { return r.arrayBuffer(); }); }
    return text(master).then(function (m) {
      var lines = m.split('\\n');
      var groups = {};
      var variant = null;
      var group = null;
      lines.forEach(function (l, i) {
        var a = /^#EXT-X-MEDIA:TYPE=AUDIO,.*GROUP-ID="([^"]+)".*URI="([^"]+)"/.exec(l);
        if (a) groups[a[1]] = a[2];
        if (!variant && l.indexOf('#EXT-X-STREAM-INF') === 0 && lines[i + 1]) {
          variant = lines[i + 1].trim();
          var g = /AUDIO="([^"]+)"/.exec(l);
          group = g && g[1];
        }
      });
      // the first rung, and the sound it refers to; of the segments, only the sound's first: the player measures the
      // link on the picture's, so it comes from the network
      [variant, group && groups[group]].forEach(function (p, i) {
        if (!p) return;
        var dir = base + p.slice(0, p.lastIndexOf('/') + 1);
        text(base + p).then(function (pl) {
          var init = /#EXT-X-MAP:URI="([^"]+)"/.exec(pl);
          var first = pl.split('\\n').filter(function (l) { return l && l.charAt(0) !== '#'; })[0];
          if (init) bytes(dir + init[1]);
          if (first && i === 1) bytes(dir + first.trim());
        });
      });
    }).catch(function () {});
  }
  var mse = window.MediaSource && typeof MediaSource.isTypeSupported === 'function' && MediaSource.isTypeSupported('video/mp4; codecs="avc1.640015,mp4a.40.2"');
  document.querySelectorAll('video[data-hls]').forEach(function (video) {
    var master = video.getAttribute('data-hls');
    var mp4 = video.querySelector('source');
    var box = video.closest('.player-box');
    var menu = box && box.querySelector('[data-quality]');
    var select = menu && menu.querySelector('select');
    if (!mse) {
      if (video.canPlayType('application/vnd.apple.mpegurl')) { if (mp4) mp4.remove(); video.src = master; }
      return;
    }
    // no source until the viewer plays: then the ladder, from where they are
    if (mp4) mp4.remove();
    video.load();
    var started = false;
    function fallback(at) {
      if (mp4 && !video.contains(mp4)) video.insertBefore(mp4, video.firstChild);
      if (menu) menu.hidden = true;
      video.removeAttribute('src');
      video.load();
      video.addEventListener('loadedmetadata', function () { if (at) video.currentTime = at; video.play().catch(function () {}); }, { once: true });
    }
    function start() {
      if (started) return;
      started = true;
      warm(master);
      loadHls(video.getAttribute('data-hls-lib')).then(function (Hls) {
        if (!Hls.isSupported()) return fallback(0);
        // the first rung first (what warm fetched): a quick start on any link; the next segments climb as it allows
        var hls = new Hls({ enableWorker: false, startLevel: 0 });
        video.hls = hls;
        var failed = false;
        hls.on(Hls.Events.ERROR, function (_, data) {
          if (!data.fatal || failed) return;
          failed = true;
          var at = video.currentTime;
          hls.destroy();
          fallback(at);
        });
        hls.on(Hls.Events.MANIFEST_PARSED, function () {
          video.play().catch(function () {});
          if (menu && select) menu.hidden = false;
        });
        hls.on(Hls.Events.LEVEL_SWITCHED, function (_, data) {
          if (!select) return;
          var level = hls.levels[data.level];
          var auto = select.options[0];
          var label = select.getAttribute('data-auto-label') || '';
          if (level && label) auto.textContent = label.replace('{rung}', Math.min(level.width, level.height) + 'p');
          video.setAttribute('data-rung', level ? Math.min(level.width, level.height) + 'p' : '');
        });
        if (select) select.addEventListener('change', function () { hls.currentLevel = Number(select.value); });
        hls.attachMedia(video);
        hls.loadSource(master);
      }, function () { fallback(0); });
    }
    video.addEventListener('play', start);
    video.addEventListener('click', start);
    video.addEventListener('keydown', function (e) { if (e.key === ' ' || e.key === 'Enter' || e.key === 'k') start(); });
  });
  if (typeof navigator.share === 'function') {
    document.querySelectorAll('[data-native-share]').forEach(function (item) {
      var button = item.querySelector('button');
      if (!button) return;
      item.hidden = false;
      button.addEventListener('click', function () {
        navigator.share({ title: button.getAttribute('data-share-title') || document.title, url: button.getAttribute('data-share-url') || location.href })
          .catch(function () { /* dismissed */ });
      });
    });
  }
})();
`;

/**
 * The player library the script loads: hls.js, built for the showcase's fMP4 ladders by scripts/build-hls.mjs (part of
 * the API's build) into dist/vendor. Its URL carries the build's hash, so it is cached for good.
 */
const VENDOR = fileURLToPath(new URL('../../../dist/vendor/', import.meta.url));
export const HLS_LIBRARY_VERSION = libraryBuild().hash;
let hlsLibrary: Promise<{ identity: Buffer; gzip: Buffer; br: Buffer }> | null = null;

function libraryBuild(): { version: string; hash: string } {
  try {
    return JSON.parse(readFileSync(path.join(VENDOR, 'hls.min.json'), 'utf8')) as { version: string; hash: string };
  } catch {
    throw new Error(`The showcase's player library is not built (${VENDOR}): run npm run build -w apps/api`);
  }
}

/**
 * The library's file, compressed the way the browser accepts (Brotli, else gzip): about 89 or 106 kB instead of
 * 342. Read and compressed once, on the first request.
 */
export async function hlsLibraryFor(acceptEncoding: string | undefined): Promise<{ body: Buffer; encoding: 'br' | 'gzip' | null }> {
  hlsLibrary ??= readFile(path.join(VENDOR, 'hls.min.js')).then(async (identity) => ({
    identity,
    gzip: await gzip(identity, { level: 9 }),
    br: await brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
  }));
  const files = await hlsLibrary;
  const accepted = (acceptEncoding ?? '').toLowerCase();
  if (/\bbr\b/.test(accepted)) return { body: files.br, encoding: 'br' };
  if (/\bgzip\b/.test(accepted)) return { body: files.gzip, encoding: 'gzip' };
  return { body: files.identity, encoding: null };
}

export const SHOWCASE_JS_VERSION = createHash('sha256').update(SHOWCASE_JS).digest('hex').slice(0, 12);

/** Critical CSS, inlined in every page (small; the CSP allows inline styles). */
export const SHOWCASE_CSS = `
:root{--bg:#f7f8fa;--surface:#fff;--text:#1d2330;--muted:#525b6b;--border:#d9dee7;--primary:#1f5fbf;--primary-strong:#174a96;--soft:#e7effb;--gold:#8a5a00;--gold-soft:#fff4d6;--focus:#b45309;--radius:12px;--max:72rem;--font:system-ui,-apple-system,'Segoe UI',Roboto,'Hiragino Sans','Noto Sans JP','Noto Sans Thai','Noto Sans',sans-serif;color-scheme:light}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1rem/1.55 var(--font);color:var(--text);background:var(--bg)}
a{color:var(--primary)}a:hover{color:var(--primary-strong)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
h1,h2,h3{line-height:1.25;margin:0 0 .5em}
h1{font-size:clamp(1.55rem,1.2rem + 1.6vw,2.3rem)}h2{font-size:1.3rem}h3{font-size:1.05rem}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem 1rem;z-index:10}
.bar{background:#173f80;color:#fff}
.bar-inner,.wrap{max-width:var(--max);margin:0 auto;padding:0 1rem}
.bar-inner{display:flex;align-items:center;justify-content:space-between;gap:1rem;min-height:3.5rem;flex-wrap:wrap}
.brand{color:#fff;text-decoration:none;font-weight:700;font-size:1.1rem}.brand span{font-weight:400;opacity:.9}
.brand:hover{color:#fff;text-decoration:underline}
.langs{position:relative}
.langs summary{cursor:pointer;color:#fff;list-style:none;padding:.35rem .8rem;border-radius:999px;border:1px solid rgb(255 255 255 / 70%);min-height:44px;display:flex;align-items:center;gap:.3rem;white-space:nowrap}
.langs summary::-webkit-details-marker{display:none}
.langs summary::after{content:'▾';font-size:.8em}
.langs[open] summary::after{content:'▴'}
.langs ul{position:absolute;right:0;top:calc(100% + .35rem);z-index:10;margin:0;padding:.35rem;list-style:none;background:#fff;border:1px solid var(--border);border-radius:var(--radius);box-shadow:0 8px 24px rgb(16 24 40 / 18%);min-width:12rem;max-height:70vh;overflow:auto}
.langs ul a{display:block;color:var(--text);text-decoration:none;padding:.5rem .75rem;border-radius:6px;white-space:nowrap;min-height:44px;line-height:1.7}
.langs ul a[aria-current]{background:#e8f0fc;font-weight:700}
.langs ul a:hover{background:#f1f5fb;color:var(--text)}
.langs ul a:focus-visible{outline:3px solid var(--focus);outline-offset:-3px}
.bar :focus-visible{outline-color:#ffd166}
.hero{background:linear-gradient(135deg,#173f80 0%,#1c55ab 65%,#1f5fbf 100%);color:#fff;padding:1.75rem 0 2rem;margin:0 0 1.5rem}
.hero :focus-visible{outline-color:#ffd166}
.hero p{margin:.25rem 0 0;max-width:44rem}
.hero a{color:#fff}
.crumbs{font-size:.9rem;margin:0 0 .5rem}.crumbs a{color:#fff}
main{padding:1.5rem 0 3rem}
main.page{padding-top:0}
section{margin:0 0 2.25rem}
.muted{color:var(--muted)}
.grid{list-style:none;margin:0;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr))}
.card{position:relative;background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);overflow:hidden;display:flex;flex-direction:column;box-shadow:0 1px 2px rgb(16 24 40 / 6%)}
.card:hover{box-shadow:0 4px 14px rgb(16 24 40 / 12%)}
.card:focus-within{outline:3px solid var(--focus)}
.thumb{display:block;width:100%;height:auto;aspect-ratio:16/9;object-fit:cover;background:#dfe5ee}
.card-body{padding:.75rem .9rem 1rem;display:flex;flex-direction:column;gap:.3rem}
.card h3,.card h4{margin:0;font-size:1.05rem}
.card h3 a,.card h4 a{text-decoration:none;color:var(--text)}
.card h3 a::after,.card h4 a::after{content:'';position:absolute;inset:0}
.card h3 a:focus-visible,.card h4 a:focus-visible{outline:none}
.meta{font-size:.9rem;color:var(--muted);margin:0}
.badges{display:flex;flex-wrap:wrap;gap:.35rem;margin:0;padding:0;list-style:none}
.badge{display:inline-block;font-size:.8rem;font-weight:600;padding:.15rem .55rem;border-radius:999px;background:var(--gold-soft);color:var(--gold)}
.badge.finalist{background:var(--soft);color:var(--primary-strong)}
.award{margin:0 0 1.75rem}.award>p{margin:-.25rem 0 .75rem}
.filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);padding:.9rem;margin:0 0 1.5rem}
.field{display:flex;flex-direction:column;gap:.3rem;min-width:12rem;flex:1}
label{font-weight:600;font-size:.95rem}
select,input,textarea{font:inherit;color:var(--text);background:#fff;border:1px solid #8a93a3;border-radius:8px;padding:.55rem .65rem;min-height:44px;width:100%}
textarea{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85rem;resize:vertical}
.btn{font:inherit;font-weight:600;display:inline-flex;align-items:center;justify-content:center;min-height:44px;padding:.5rem 1rem;border-radius:8px;border:1px solid var(--primary);background:var(--primary);color:#fff;cursor:pointer;text-decoration:none}
.btn:hover{background:var(--primary-strong);color:#fff}
.btn.secondary{background:#fff;color:var(--primary)}
.btn.secondary:hover{background:var(--soft);color:var(--primary-strong)}
.copy-row{display:flex;gap:.5rem;align-items:stretch}.copy-row input{flex:1;min-width:0}
.entry{display:grid;gap:1.5rem 2rem}
@media (min-width:60rem){.entry{grid-template-columns:minmax(0,3fr) minmax(0,2fr)}}
.player{margin:0;background:#000;border-radius:var(--radius);overflow:hidden;display:flex;justify-content:center}
.player video{display:block;width:100%;height:auto;max-height:78vh;background:#000}
.player video:focus-visible,.player video:focus-within{outline:3px solid var(--focus);outline-offset:-3px}
.quality{display:flex;align-items:center;justify-content:flex-end;gap:.5rem;margin:.5rem 0 0}
.quality select{width:auto;max-width:100%;min-height:44px;padding:.3rem .6rem;border:1px solid var(--border);border-radius:8px;background:var(--surface);color:var(--text);font:inherit}
.panel{background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);padding:1rem 1.1rem;margin:0 0 1.25rem}
.panel h2{font-size:1.1rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:0}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
.synopsis p{margin:.25rem 0 .75rem}
.caption-langs{display:flex;flex-wrap:wrap;gap:.35rem;list-style:none;margin:.5rem 0 0;padding:0}
.caption-langs li{border:1px solid var(--border);border-radius:999px;padding:.1rem .6rem;font-size:.9rem;background:#fff}
.share .field{margin:0 0 .9rem}
.gp{display:grid;gap:1rem 1.75rem;background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);overflow:hidden;margin:0 0 2.25rem;box-shadow:0 1px 2px rgb(16 24 40 / 6%)}
@media (min-width:50rem){.gp{grid-template-columns:minmax(0,3fr) minmax(0,2fr);align-items:center}}
.gp-media{position:relative;display:block;aspect-ratio:16/9;background:#0b1730}
.gp-media img{display:block;width:100%;height:100%;object-fit:contain}
.play{position:absolute;left:50%;top:50%;width:4.5rem;height:4.5rem;margin:-2.25rem 0 0 -2.25rem;border-radius:50%;background:rgb(0 0 0 / 62%);border:3px solid #fff}
.play::after{content:'';position:absolute;left:55%;top:50%;transform:translate(-50%,-50%);border-style:solid;border-width:.85rem 0 .85rem 1.4rem;border-color:transparent transparent transparent #fff}
.gp-media:hover .play{background:var(--primary)}
.gp-media:focus-visible{outline:3px solid var(--focus);outline-offset:-3px}
.gp-text{padding:0 1.1rem 1.25rem}
@media (min-width:50rem){.gp-text{padding:1.25rem 1.5rem 1.25rem 0}}
.gp-award{display:inline-block;font-weight:700;color:var(--gold);background:var(--gold-soft);border-radius:999px;padding:.2rem .75rem;margin:0 0 .6rem}
.gp h2{font-size:clamp(1.4rem,1.1rem + 1.2vw,2rem);margin:0 0 .35rem}
.gp h2 a{color:var(--text);text-decoration:none}.gp h2 a:hover{text-decoration:underline}
.gp-meta{color:var(--muted);margin:0 0 .75rem}
.gp .badges{margin:0 0 .9rem}.gp p{margin-bottom:0}.btn.watch{gap:.5rem}
.also{margin:0 0 .75rem}
.share-links{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;margin:0 0 1rem;padding:0}
.qr{margin:.25rem 0 .75rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
.qr img{width:168px;height:168px;border:1px solid var(--border);border-radius:8px;background:#fff}
.qr figcaption{flex:1;min-width:10rem}.qr strong{display:block}
.edition-hero{margin:.35rem 0 0}
.edition-link{margin:.35rem 0 0;color:var(--primary);font-weight:600}
.status{min-height:1.5em;margin:0;color:#157347;font-weight:600}
.licence{font-size:.9rem}
.empty{background:var(--surface);border:1px dashed var(--border);border-radius:var(--radius);padding:1.25rem;color:var(--muted)}
.editions .card-body{padding:1rem 1.1rem 1.2rem}
.editions h2{margin:0;font-size:1.2rem}
.editions h2 a{text-decoration:none;color:var(--text)}
.editions h2 a::after{content:'';position:absolute;inset:0}
.editions h2 a:focus-visible{outline:none}
footer{border-top:1px solid var(--border);background:var(--surface);font-size:.9rem;color:var(--muted);padding:1.25rem 0}
footer p{margin:0}
body.embed{background:#000;margin:0;min-height:100vh;display:flex;flex-direction:column}
body.embed .player-box{flex:1;display:flex;flex-direction:column;min-height:0}
body.embed .player{border-radius:0;flex:1;align-items:center;min-height:0}
body.embed .player video{max-height:calc(100vh - 2.25rem);width:100%;height:100%}
body.embed .player-box:has(.quality:not([hidden])) video{max-height:calc(100vh - 5rem)}
body.embed .quality{margin:0;padding:.2rem .75rem;background:#111;color:#fff}
body.embed .quality select{min-height:2.25rem;background:#222;color:#fff;border-color:#555}
.embed-link{display:block;background:#111;color:#fff;font-size:.85rem;padding:.45rem .75rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;min-height:2.25rem}
.embed-link:hover{color:#fff}
@media (prefers-reduced-motion:no-preference){.card{transition:box-shadow .15s}}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation-duration:0s!important;animation-iteration-count:1!important;transition-duration:0s!important;scroll-behavior:auto!important}}
`.replace(/\n/g, '');
