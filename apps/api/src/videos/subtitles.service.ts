import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Thing, VideosReason, type Problem } from '@clapper/domain/refusals';
import type { SubtitleReason } from '@clapper/domain/refusals/videos';
import { checkCuesWithin, parseSubtitles, toWebVtt, type SubtitleProblem } from '@clapper/domain/subtitles';
import type { SniffedType } from '@clapper/domain/file-signature';
import type { Actor } from '../auth/actor.js';
import { Clock } from '../clock/clock.js';
import { DomainError, notFound } from '../common/domain-error.js';
import { subtitleProblemMessage } from './subtitle-messages.js';
import { EntryAccess } from '../entries/entry-access.service.js';
import { StoragePort } from '../storage/storage.port.js';
import type { SubtitleDto, SubtitleListDto } from './dto/subtitle.dto.js';
import { streamToStorage, type IncomingFile } from './stream-to-storage.js';
import { currentVideo } from './video-playback.service.js';
import { subtitleKey } from './video-keys.js';
import { VideoPlaybackService } from './video-playback.service.js';
import { Subtitle } from './video-asset.entity.js';

export const MAX_SUBTITLE_BYTES = 512 * 1024;
const MAX_REPORTED_PROBLEMS = 20;

function refuse(problems: SubtitleProblem[]): DomainError {
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  const first = subtitleProblemMessage(shown[0]);
  return new DomainError(
    'rule_violation',
    VideosReason.SubtitlesRefused,
    problems.length > 1 ? `${first} (${problems.length} problems in all.)` : first,
    { problems: shown.map(subtitleReason) },
    { details: { total: problems.length } },
  );
}

/** A subtitle problem as the reason `videos.subtitles_<code>` with its facts. */
function subtitleReason(p: SubtitleProblem): Problem<SubtitleReason> {
  if (p.code === 'cue_after_end')
    return { reason: VideosReason.SubtitlesCueAfterEnd, params: { cue: p.cue, endSeconds: p.endSeconds, durationSeconds: p.durationSeconds } };
  return { reason: `videos.subtitles_${p.code}` as SubtitleReason, params: { line: p.line } };
}

/** Caption tracks: SRT or WebVTT in, checked against the video, stored as WebVTT, one per language. */
@Injectable()
export class SubtitlesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: EntryAccess,
    private readonly storage: StoragePort,
    private readonly clock: Clock,
    private readonly playback: VideoPlaybackService,
  ) {}

  async upload(actor: Actor, entryId: string, language: string, file: IncomingFile): Promise<SubtitleDto> {
    await this.db.transaction((m) => this.access.editDraft(actor, entryId, m));
    // the upload lands beside the track, is read back, and only its WebVTT form is kept
    const stagingKey = `entries/${entryId}/subtitles/.incoming-${randomUUID()}`;
    let text: string;
    try {
      const { stream } = await file.open();
      await streamToStorage(stream, {
        storage: this.storage,
        key: stagingKey,
        contentType: 'text/plain; charset=utf-8',
        maxBytes: MAX_SUBTITLE_BYTES,
        accept: ['vtt', 'srt'] satisfies SniffedType[],
        refuse: () => refuse([{ code: 'not_subtitles', line: 1 }]),
        tooLarge: () =>
          new DomainError('payload_too_large', VideosReason.FileTooLarge, 'A subtitle file may be at most 512 KB.', { maxBytes: MAX_SUBTITLE_BYTES }),
      });
      const { body } = await this.storage.get(stagingKey);
      const chunks: Buffer[] = [];
      for await (const chunk of body as AsyncIterable<Buffer>) chunks.push(chunk);
      text = new TextDecoder('utf-8').decode(Buffer.concat(chunks));
    } finally {
      await this.storage.delete(stagingKey).catch(() => undefined);
    }
    const parsed = parseSubtitles(text);
    if (!parsed.ok) throw refuse(parsed.problems);

    const saved = await this.db.transaction(async (m) => {
      await this.access.editDraft(actor, entryId, m);
      const video = await currentVideo(m, entryId);
      if (video?.status === 'ready' && video.durationSeconds) {
        const late = checkCuesWithin(parsed.cues, video.durationSeconds);
        if (late.length) throw refuse(late);
      }
      const key = subtitleKey(entryId, language);
      const vtt = Buffer.from(toWebVtt(parsed.cues), 'utf8');
      await this.storage.put(key, Readable.from([vtt]), { contentType: 'text/vtt; charset=utf-8', contentLength: vtt.length });
      await m.upsert(Subtitle, { entryId, language, objectKey: key, cueCount: parsed.cues.length, createdAt: this.clock.now() }, ['entryId', 'language']);
      return m.findOneOrFail(Subtitle, { where: { entryId, language } });
    });
    return this.playback.subtitleOf(saved);
  }

  async list(actor: Actor, entryId: string): Promise<SubtitleListDto> {
    await this.access.view(actor, entryId);
    const rows = await this.db.getRepository(Subtitle).find({ where: { entryId }, order: { language: 'ASC' } });
    return { items: await Promise.all(rows.map((r) => this.playback.subtitleOf(r))) };
  }

  async remove(actor: Actor, entryId: string, language: string): Promise<void> {
    const row = await this.db.transaction(async (m) => {
      await this.access.editDraft(actor, entryId, m);
      const row = await m.findOne(Subtitle, { where: { entryId, language } });
      if (!row) throw notFound(Thing.Subtitles, `The ${language} subtitles`);
      await m.delete(Subtitle, { id: row.id });
      return row;
    });
    await this.storage.delete(row.objectKey);
  }
}
