import { ApiProperty } from '@nestjs/swagger';
import { expectedEntriesPerJudge } from '@clapper/domain/round-templates';
import { ROUND_KINDS, type RoundKind } from '@clapper/domain/rounds';
import type { MailText } from '../mail/mail-i18n.js';
import type { RoundBriefFacts } from './judging.queries.js';

/** What a round asks of a judge: shown on the invitation page, and written in the invitation and panel emails. */
export class RoundBriefDto {
  @ApiProperty({ enum: ROUND_KINDS })
  kind: RoundKind;
  @ApiProperty({ type: String, nullable: true, description: 'the country of a national round' })
  countryCode: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: "the competition's name by language" })
  competitionName: Record<string, string>;
  @ApiProperty({ description: 'the judging window' })
  opensAt: string;
  @ApiProperty()
  closesAt: string;
  @ApiProperty({ description: 'k: judges per entry' })
  judgesPerEntry: number;
  @ApiProperty({ description: "the round's entries (before a national round opens: its country's submitted entries not ruled ineligible)" })
  entries: number;
  @ApiProperty({
    description:
      'about how many entries this judge scores: entries × k ÷ judges (the judge counted in), rounded up, at most the entries; 0 when none are known yet',
  })
  expectedPerJudge: number;
  @ApiProperty({ type: [String], description: 'the languages of the videos, as codes' })
  videoLanguages: string[];
  @ApiProperty({ type: [String], description: 'the subtitle languages every entry has, as codes' })
  subtitleLanguages: string[];
}

/** The brief, for a judge joining the panel (`joining`: not yet counted among its judges). */
export function roundBrief(facts: RoundBriefFacts, joining: boolean): RoundBriefDto {
  return {
    kind: facts.kind,
    countryCode: facts.countryCode,
    competitionName: facts.competitionName,
    opensAt: facts.opensAt.toISOString(),
    closesAt: facts.closesAt.toISOString(),
    judgesPerEntry: facts.judgesPerEntry,
    entries: facts.entries,
    expectedPerJudge: expectedEntriesPerJudge(facts.entries, facts.judgesPerEntry, facts.judges + (joining ? 1 : 0)),
    videoLanguages: facts.videoLanguages,
    subtitleLanguages: facts.subtitleLanguages,
  };
}

/** The round named in the reader's language: "National round of Thailand, <competition>". */
export function roundName(text: MailText, brief: RoundBriefDto): string {
  const competition = text.localised(brief.competitionName);
  return brief.kind === 'national' && brief.countryCode
    ? text.t('roundBrief.national', { country: text.country(brief.countryCode), competition })
    : text.t('roundBrief.final', { competition });
}

/** The lines of an email saying what the round asks: the round, the window, the expected entries and the languages. */
export function roundBriefLines(text: MailText, brief: RoundBriefDto): string[] {
  const lines = [
    text.t('roundBrief.round', { round: roundName(text, brief) }),
    text.t('roundBrief.window', { opens: text.dateTime(new Date(brief.opensAt)), closes: text.dateTime(new Date(brief.closesAt)) }),
    brief.entries > 0
      ? text.t('roundBrief.entries', {
          count: text.number(brief.expectedPerJudge),
          entries: text.number(brief.entries),
          k: brief.judgesPerEntry,
        })
      : text.t('roundBrief.entriesUnknown'),
  ];
  if (brief.videoLanguages.length) lines.push(text.t('roundBrief.videos', { languages: text.languages(brief.videoLanguages) }));
  if (brief.subtitleLanguages.length) lines.push(text.t('roundBrief.subtitles', { languages: text.languages(brief.subtitleLanguages) }));
  return lines;
}
