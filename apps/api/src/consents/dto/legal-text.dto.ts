import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { LEGAL_DOCUMENTS, type LegalDocument } from '@clapper/domain/legal-texts';
import { LOCALES } from '@clapper/domain/locales';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A language as sent: checked against the platform's languages by the service, which names it when it is not one. */
export const LANGUAGE_PROPERTY = { enum: LOCALES, description: "one of the platform's languages; any other is refused (consents.unknown_language)" } as const;

export class LegalTextRevisionDto {
  @ApiProperty()
  id: string;
  @ApiProperty({ description: 'the version as the ledger records it (2027-01, or 2027-01.2 for the second revision of a translation)' })
  version: string;
  @ApiProperty()
  revision: number;
  @ApiProperty({ type: String, nullable: true, description: "the licence's title; the consents have none" })
  title: string | null;
  @ApiProperty()
  body: string;
  @ApiProperty({ description: 'who wrote it ("Clapper" for the built-in texts)' })
  writtenByName: string;
  @ApiProperty()
  writtenAt: string;
  @ApiProperty({ description: 'the viewer wrote it, so cannot approve it' })
  writtenByYou: boolean;
  @ApiProperty({ type: String, nullable: true })
  approvedByName: string | null;
  @ApiProperty({ type: String, nullable: true })
  approvedAt: string | null;
}

export class LegalTextCellDto {
  @ApiProperty({ enum: LOCALES })
  language: string;
  @ApiProperty({
    enum: ['missing', 'drafted', 'approved', 'revised'],
    description:
      'missing: no text; drafted: a draft, none approved; approved: the newest text is approved; revised: an approved text, and a newer draft waiting',
  })
  state: 'missing' | 'drafted' | 'approved' | 'revised';
  @ApiProperty({ type: LegalTextRevisionDto, nullable: true, description: 'the approved text people are shown' })
  approved: LegalTextRevisionDto | null;
  @ApiProperty({ type: LegalTextRevisionDto, nullable: true, description: 'the newest revision when it is not approved yet' })
  draft: LegalTextRevisionDto | null;
  @ApiProperty({ description: 'the viewer may edit and approve this language (organisers: all; coordinators: their countries’ languages)' })
  mayReview: boolean;
}

export class LegalDocumentDto {
  @ApiProperty({ enum: LEGAL_DOCUMENTS })
  document: LegalDocument;
  @ApiProperty({ type: String, nullable: true, description: "the document's current version" })
  version: string | null;
  @ApiProperty({ description: 'the document has a title (the licence)' })
  hasTitle: boolean;
  @ApiProperty({ type: [LegalTextCellDto] })
  languages: LegalTextCellDto[];
}

export class LegalTextsDto {
  @ApiProperty()
  competitionId: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  competitionName: Record<string, string>;
  @ApiProperty({ type: [String], description: "the competition's languages, listed first" })
  competitionLanguages: string[];
  @ApiProperty({ type: [LegalDocumentDto] })
  documents: LegalDocumentDto[];
}

export class SaveLegalTextDto {
  @ApiPropertyOptional({ description: 'the title (the licence only; required there)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  title?: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 20000)
  body: string;
}

export class ApproveLegalTextDto {
  @ApiProperty({ description: 'the revision reviewed: refused as stale when a newer one was saved since' })
  @IsUUID()
  textId: string;
}

export class AgreementTextQueryDto {
  @ApiPropertyOptional({ ...LANGUAGE_PROPERTY, description: 'the reader’s language (default en)' })
  @IsOptional()
  @IsString()
  @MaxLength(35)
  language?: string;
}

/** A text as shown to someone who agrees to it: only approved translations, never another language in its place. */
export class AgreementTextDto {
  @ApiProperty({ enum: LEGAL_DOCUMENTS })
  document: LegalDocument;
  @ApiProperty({ description: 'the language asked for' })
  language: string;
  @ApiProperty({ type: String, nullable: true, description: 'the text in that language; null when that language has no approved text' })
  textId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the version to send back when agreeing' })
  version: string | null;
  @ApiProperty({ type: String, nullable: true })
  title: string | null;
  @ApiProperty({ type: String, nullable: true })
  body: string | null;
  @ApiProperty({ type: [String], description: 'the languages with an approved text, to offer when this one has none' })
  languages: string[];
  @ApiProperty({ type: String, nullable: true, description: 'the licence: the licence version id to accept' })
  licenceVersionId: string | null;
}
