import { Controller, Get, Inject, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiFoundResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createElement } from 'react';
import { Public } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { OptionalActor } from '../auth/current-actor.decorator.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { ShowcaseReason } from '@clapper/domain/refusals';
import { Refuses } from '../common/refusals.decorator.js';
import { notPublic } from './showcase.errors.js';
import { ShowcaseExceptionFilter } from './showcase-exception.filter.js';
import { qrSvg } from './showcase-qr.js';
import { LANG_COOKIE, SHOWCASE_LANGUAGES, chooseLanguage, translator, type Translator } from './showcase-i18n.js';
import { absolute, showcasePaths, withQuery } from './showcase-paths.js';
import { ShowcaseService, type EditionFilter } from './showcase.service.js';
import { sendLadder } from '../videos/ladder-playback.js';
import { hlsLibraryFor, SHOWCASE_JS } from './views/assets.js';
import { EditionPage } from './views/edition-page.js';
import { EditionsPage } from './views/editions-page.js';
import { EmbedPage } from './views/embed-page.js';
import { EntryPage } from './views/entry-page.js';
import { renderPage } from './views/render.js';

const COUNTRY = /^[A-Za-z]{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CAPTION_FILE = /^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.vtt$/;

const one = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * The public showcase, server-rendered: editions, an edition's winners and finalists, a work's page, its embeddable
 * player, and the media those pages play. No sign-in; every request asks ShowcaseService what is public right now,
 * and nothing is cached (a withdrawal takes a work off at once).
 */
@ApiTags('showcase')
@Controller('showcase')
@UseFilters(ShowcaseExceptionFilter)
@Refuses(ShowcaseReason.EditionNotFound, ShowcaseReason.WorkNotFound, ShowcaseReason.MediaNotFound, ShowcaseReason.PageNotFound)
export class ShowcaseController {
  constructor(
    private readonly showcase: ShowcaseService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiProduces('text/html')
  @ApiQuery({ name: 'lang', required: false, enum: SHOWCASE_LANGUAGES })
  @ApiOkResponse({ description: 'The published editions (HTML page), newest first' })
  async editions(@Req() req: Request, @Res() res: Response): Promise<void> {
    const t = this.language(req, res);
    const editions = await this.showcase.editions();
    this.html(res, await renderPage(createElement(EditionsPage, { t, editions, canonical: absolute(this.config.publicUrl, showcasePaths.root) })));
  }

  @Get('assets/hls.js')
  @Public()
  @ApiProduces('text/javascript')
  @ApiOkResponse({ description: 'The HLS player library (hls.js), which the showcase script loads on the first play of a video with a ladder' })
  async hlsLibrary(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { body, encoding } = await hlsLibraryFor(req.headers['accept-encoding']);
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    // asked for with ?v=<its version>: a new version is a new address
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('Vary', 'Accept-Encoding');
    if (encoding) res.setHeader('Content-Encoding', encoding);
    res.send(body);
  }

  @Get('assets/showcase.js')
  @Public()
  @ApiProduces('text/javascript')
  @ApiOkResponse({ description: "The showcase's own script: the player's ladder and quality menu, and the copy buttons" })
  script(@Res() res: Response): void {
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.send(SHOWCASE_JS);
  }

  @Get(':slug')
  @Public()
  @ApiProduces('text/html')
  @ApiQuery({ name: 'lang', required: false, enum: SHOWCASE_LANGUAGES })
  @ApiQuery({ name: 'country', required: false, description: 'ISO 3166-1 alpha-2' })
  @ApiQuery({ name: 'category', required: false, description: 'a category id' })
  @ApiOkResponse({ description: 'An edition (HTML page): the Grand Prize, the other awards with their winners, then the other finalists' })
  @ApiNotFoundResponse({ description: 'No such published edition' })
  async edition(
    @Param('slug') slug: string,
    @Query('country') country: unknown,
    @Query('category') category: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const t = this.language(req, res);
    const filter: EditionFilter = {};
    const c = one(country);
    const k = one(category);
    if (c && COUNTRY.test(c)) filter.country = c.toUpperCase();
    if (k && UUID.test(k)) filter.category = k.toLowerCase();
    const edition = await this.showcase.edition(slug, filter);
    const cover = edition.hero?.work.hasPoster ? edition.hero.work : null;
    const page = createElement(EditionPage, {
      t,
      edition,
      filter,
      urls: {
        page: absolute(this.config.publicUrl, showcasePaths.edition(edition.slug)),
        ogImage: cover ? absolute(this.config.publicUrl, showcasePaths.poster(edition.slug, cover.code)) : null,
      },
    });
    this.html(res, await renderPage(page));
  }

  @Get(':slug/entries/:code')
  @Public()
  @ApiProduces('text/html')
  @ApiQuery({ name: 'lang', required: false, enum: SHOWCASE_LANGUAGES })
  @ApiOkResponse({ description: "A work's page (HTML): player with captions, synopsis, credits as consented, share link and embed code" })
  @ApiNotFoundResponse({ description: 'Not public (sealed, withdrawn, not cleared) or no such work' })
  async entry(@Param('slug') slug: string, @Param('code') code: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const t = this.language(req, res);
    const { edition, work } = await this.showcase.work(slug, code);
    const abs = (path: string) => absolute(this.config.publicUrl, path);
    const page = abs(showcasePaths.entry(edition.slug, work.code));
    const urls = {
      page,
      embed: abs(showcasePaths.embed(edition.slug, work.code)),
      video: abs(showcasePaths.video(edition.slug, work.code)),
      poster: work.hasPoster ? abs(showcasePaths.poster(edition.slug, work.code)) : null,
      qr: showcasePaths.qr(edition.slug, work.code),
      alternates: SHOWCASE_LANGUAGES.map((lang) => ({ lang, href: withQuery(page, { lang }) })),
    };
    this.html(res, await renderPage(createElement(EntryPage, { t, slug: edition.slug, editionName: edition.name, work, urls })));
  }

  @Get(':slug/embed/:code')
  @Public()
  @ApiProduces('text/html')
  @ApiQuery({ name: 'lang', required: false, enum: SHOWCASE_LANGUAGES })
  @ApiOkResponse({ description: 'The embeddable player (HTML); any site may frame it' })
  @ApiNotFoundResponse({ description: 'Not public or no such work' })
  async embed(@Param('slug') slug: string, @Param('code') code: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const t = this.language(req, res, { remember: false });
    const { edition, work } = await this.showcase.work(slug, code);
    allowFraming(res);
    const entryUrl = absolute(this.config.publicUrl, showcasePaths.entry(edition.slug, work.code));
    this.html(res, await renderPage(createElement(EmbedPage, { t, slug: edition.slug, work, entryUrl })));
  }

  @Get(':slug/media/:code/video')
  @Public()
  @ApiFoundResponse({ description: 'Redirects to a short-lived URL of the web rendition' })
  @ApiNotFoundResponse({ description: 'Not public or no such work' })
  async video(@Param('slug') slug: string, @Param('code') code: string, @Res() res: Response): Promise<void> {
    const url = await this.showcase.videoUrl(slug, code);
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, url);
  }

  @Get(':slug/media/:code/poster')
  @Public()
  @ApiFoundResponse({ description: 'Redirects to a short-lived URL of the poster' })
  @ApiNotFoundResponse({ description: 'Not public, no poster, or no such work' })
  async poster(@Param('slug') slug: string, @Param('code') code: string, @Res() res: Response): Promise<void> {
    const url = await this.showcase.posterUrl(slug, code);
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, url);
  }

  @Get(':slug/media/:code/qr.svg')
  @Public()
  @ApiProduces('image/svg+xml')
  @ApiQuery({ name: 'lang', required: false, enum: SHOWCASE_LANGUAGES })
  @ApiOkResponse({ description: "A QR code (SVG) of the work's page, named for screen readers; organisers also get it for sealed results (the ceremony)" })
  @ApiNotFoundResponse({ description: 'Not public or no such work' })
  async qr(
    @Param('slug') slug: string,
    @Param('code') code: string,
    @OptionalActor() actor: Actor | null,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const target = await this.showcase.qrTarget(slug, code, actor);
    const t = this.language(req, res, { remember: false });
    const url = absolute(this.config.publicUrl, showcasePaths.entry(target.slug, target.code));
    res.status(200);
    res.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
    // the code only spells the page's address: a public one may be cached a day; an organiser's sealed one is not kept
    res.setHeader('Cache-Control', target.audience === 'public' ? 'public, max-age=86400' : 'private, no-store');
    res.setHeader('Vary', 'Accept-Language, Cookie');
    res.send(qrSvg(url, t.t('share.qrLabel', { url })));
  }

  @Get(':slug/media/:code/captions/:file')
  @Public()
  @ApiProduces('text/vtt')
  @ApiOkResponse({ description: 'A caption track as WebVTT; file is <language>.vtt, e.g. en.vtt' })
  @ApiNotFoundResponse({ description: 'Not public, no such caption language, or no such work' })
  async captions(@Param('slug') slug: string, @Param('code') code: string, @Param('file') file: string, @Res() res: Response): Promise<void> {
    const lang = CAPTION_FILE.exec(file)?.[1];
    if (!lang) throw notPublic(ShowcaseReason.MediaNotFound);
    const vtt = await this.showcase.captions(slug, code, lang);
    res.status(200);
    res.setHeader('Content-Type', 'text/vtt; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    if (vtt.size) res.setHeader('Content-Length', String(vtt.size));
    vtt.body.on('error', () => res.destroy());
    vtt.body.pipe(res);
  }

  @Get(':slug/media/:code/hls/:hash/:file')
  @Public()
  @ApiOkResponse({
    description:
      "A public work's adaptive ladder, at its top: master.m3u8, sprite.jpg or thumbnails.vtt. Named by the ladder's content hash and cached for a year (immutable)",
  })
  @ApiNotFoundResponse({ description: 'Not public, not this ladder (an old hash), no such file, or no such work' })
  async ladderTop(
    @Param('slug') slug: string,
    @Param('code') code: string,
    @Param('hash') hash: string,
    @Param('file') file: string,
    @Res() res: Response,
  ): Promise<void> {
    sendLadder(res, await this.showcase.ladderFile(slug, code, hash, null, file));
  }

  @Get(':slug/media/:code/hls/:hash/:folder/:file')
  @Public()
  @ApiOkResponse({ description: "A public work's rung (or sound) playlist, initialisation segment or media segment; cached for a year (immutable)" })
  @ApiNotFoundResponse({ description: 'Not public, not this ladder (an old hash), no such file, or no such work' })
  async ladderRung(
    @Param('slug') slug: string,
    @Param('code') code: string,
    @Param('hash') hash: string,
    @Param('folder') folder: string,
    @Param('file') file: string,
    @Res() res: Response,
  ): Promise<void> {
    sendLadder(res, await this.showcase.ladderFile(slug, code, hash, folder, file));
  }

  /** Any other address under /showcase: the HTML 404, not the API's JSON one. */
  @Get('*path')
  @Public()
  @ApiExcludeEndpoint()
  unknown(): never {
    throw notPublic(ShowcaseReason.PageNotFound);
  }

  private language(req: Request, res: Response, o: { remember?: boolean } = {}): Translator {
    const { lang, fromQuery } = chooseLanguage(req);
    // a choice made with the switcher is remembered for the next showcase page
    if (fromQuery && o.remember !== false)
      res.cookie(LANG_COOKIE, lang, { path: '/showcase', sameSite: 'lax', maxAge: 365 * 24 * 3600_000, secure: this.config.publicUrl.startsWith('https:') });
    res.setHeader('Content-Language', lang);
    return translator(lang);
  }

  private html(res: Response, body: string): void {
    res.status(200);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // revalidated on every view: a withdrawal or an unpublished edition must disappear at once
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Language, Cookie');
    // public, read-only pages meant to be shared and opened from other sites: opening one from elsewhere need not
    // start a new browsing context group (a renderer swap that costs a phone about half a second of main thread);
    // the signed-in app keeps helmet's same-origin opener policy
    res.setHeader('Cross-Origin-Opener-Policy', 'unsafe-none');
    res.send(body);
  }
}

/** The embed page only: any site may frame it (the others keep helmet's frame-ancestors 'self' and X-Frame-Options). */
export function allowFraming(res: Response): void {
  res.removeHeader('X-Frame-Options');
  const csp = String(res.getHeader('Content-Security-Policy') ?? '');
  const directives = csp
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !d.startsWith('frame-ancestors'));
  res.setHeader('Content-Security-Policy', [...directives, 'frame-ancestors *'].join(';'));
}
