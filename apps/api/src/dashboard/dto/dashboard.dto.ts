import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { COMPETITION_STATUSES, type CompetitionStatus } from '@clapper/domain/competitions';
import {
  ALERT_CODES,
  ALERT_TARGETS,
  SETUP_MISSING,
  SETUP_STATES,
  SETUP_STEPS,
  type AlertCode,
  type SetupMissing,
  type SetupState,
  type SetupStepKey,
  type WindowState,
} from '@clapper/domain/dashboard';
import { ROUND_KINDS, ROUND_STATUSES, type RoundKind, type RoundStatus } from '@clapper/domain/rounds';

const WINDOW_STATES = ['upcoming', 'open', 'closed'] as const satisfies readonly WindowState[];

export class DashboardQueryDto {
  @ApiPropertyOptional({ example: 'TH', description: "one participating country's figures only; a coordinator's are always their own countries'" })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter country code such as TH' })
  country?: string;
}

/** The funnel's figures: drafts alone; every later stage counts the entries that reached it or went further. */
export class FunnelCountsDto {
  @ApiProperty()
  draft: number;
  @ApiProperty()
  submitted: number;
  @ApiProperty()
  eligible: number;
  @ApiProperty({ description: 'eligible entries whose every scorecard assigned in some round is submitted' })
  judged: number;
  @ApiProperty({ description: 'entries in the final round' })
  finalist: number;
  @ApiProperty({ description: 'entries that won an award' })
  winner: number;
}

export class CountryFunnelDto {
  @ApiProperty()
  countryCode: string;
  @ApiProperty({ type: FunnelCountsDto })
  counts: FunnelCountsDto;
}

export class CategoryFunnelDto {
  @ApiProperty()
  categoryId: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'language code -> name' })
  name: Record<string, string>;
  @ApiProperty({ type: FunnelCountsDto })
  counts: FunnelCountsDto;
}

export class FunnelDto {
  @ApiProperty({ type: FunnelCountsDto })
  total: FunnelCountsDto;
  @ApiProperty({ type: [CountryFunnelDto], description: 'every country in view, by code' })
  byCountry: CountryFunnelDto[];
  @ApiProperty({ type: [CategoryFunnelDto], description: 'every category, in its order' })
  byCategory: CategoryFunnelDto[];
}

export class WindowDto {
  @ApiProperty()
  opensAt: string;
  @ApiProperty()
  closesAt: string;
  @ApiProperty({ enum: WINDOW_STATES, enumName: 'WindowState', description: "by the server's clock at `asOf`" })
  state: WindowState;
}

export class RoundDeadlineDto extends WindowDto {
  @ApiProperty()
  roundId: string;
  @ApiProperty({ enum: ROUND_KINDS, enumName: 'RoundKind' })
  kind: RoundKind;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: "language code → the round's own name; empty: it is labelled by its kind and country",
  })
  name: Record<string, string>;
  @ApiProperty({ enum: ROUND_STATUSES, enumName: 'RoundStatus' })
  status: RoundStatus;
}

export class DeadlinesDto {
  @ApiProperty({ type: WindowDto })
  submission: WindowDto;
  @ApiProperty({ type: [RoundDeadlineDto], description: 'the judging windows in view, in the order they open' })
  rounds: RoundDeadlineDto[];
  @ApiProperty({ type: String, nullable: true })
  ceremonyAt: string | null;
}

export class BehindJudgeDto {
  @ApiProperty()
  judgeId: string;
  @ApiProperty()
  displayName: string;
  @ApiProperty()
  assigned: number;
  @ApiProperty()
  submitted: number;
}

export class RoundProgressDto {
  @ApiProperty()
  roundId: string;
  @ApiProperty({ enum: ROUND_KINDS, enumName: 'RoundKind' })
  kind: RoundKind;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: "language code → the round's own name; empty: it is labelled by its kind and country",
  })
  name: Record<string, string>;
  @ApiProperty({ enum: ROUND_STATUSES, enumName: 'RoundStatus' })
  status: RoundStatus;
  @ApiProperty({ description: 'scorecards assigned' })
  assigned: number;
  @ApiProperty({ description: 'scorecards submitted' })
  submitted: number;
  @ApiProperty({ description: 'share of the judging window gone, 0..1' })
  elapsed: number;
  @ApiProperty({ description: 'judges with scorecards assigned' })
  judges: number;
  @ApiProperty({ type: [BehindJudgeDto], description: 'the judges behind schedule (as on the round’s progress page), by name' })
  behind: BehindJudgeDto[];
}

export class RoundRefDto {
  @ApiProperty()
  roundId: string;
  @ApiProperty({ enum: ROUND_KINDS, enumName: 'RoundKind' })
  kind: RoundKind;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: "language code → the round's own name; empty: it is labelled by its kind and country",
  })
  name: Record<string, string>;
}

export class AlertTargetDto {
  @ApiProperty({ enum: ALERT_TARGETS, enumName: 'AlertTargetKind' })
  kind: 'entries' | 'round';
  @ApiPropertyOptional({
    enum: ['video_rejected', 'video_processing', 'consent_waiting', 'consent_to_verify', 'unscreened'],
    enumName: 'AlertEntriesFilter',
    description: 'entries: which entries to list',
  })
  filter?: 'video_rejected' | 'video_processing' | 'consent_waiting' | 'consent_to_verify' | 'unscreened';
  @ApiPropertyOptional({ description: 'round: the round' })
  roundId?: string;
  @ApiPropertyOptional({ enum: ['panel', 'assignment'], enumName: 'AlertRoundSection', description: "round: the section of the round's page" })
  section?: 'panel' | 'assignment';
}

export class AlertDto {
  @ApiProperty({ enum: ALERT_CODES, enumName: 'DashboardAlertCode' })
  code: AlertCode;
  @ApiProperty()
  count: number;
  @ApiProperty({ type: RoundRefDto, nullable: true })
  round: RoundRefDto | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'days (entries_unscreened), minutes (video_stuck) or judges needed per entry (entries_short_of_judges)',
  })
  threshold: number | null;
  @ApiProperty({ type: AlertTargetDto })
  target: AlertTargetDto;
}

export class SetupRoundDto extends RoundRefDto {
  @ApiProperty({ type: Number, nullable: true })
  judges: number | null;
  @ApiProperty({ type: Number, nullable: true })
  needed: number | null;
}

export class SetupStepDto {
  @ApiProperty({ enum: SETUP_STEPS, enumName: 'SetupStepKey' })
  step: SetupStepKey;
  @ApiProperty({ enum: SETUP_STATES, enumName: 'SetupState' })
  state: SetupState;
  @ApiProperty({ enum: SETUP_STEPS, enumName: 'SetupStepKey', nullable: true })
  blockedBy: SetupStepKey | null;
  @ApiProperty({ description: 'categories, participating countries or rounds there are' })
  count: number;
  @ApiProperty({ type: [String], description: 'countries without a coordinator (countries) or a national round (rounds)' })
  countries: string[];
  @ApiProperty({ type: [SetupRoundDto], description: 'rounds without a rubric (rubric) or short of judges (judges)' })
  rounds: SetupRoundDto[];
  @ApiProperty({ enum: SETUP_MISSING, enumName: 'SetupMissing', isArray: true })
  missing: SetupMissing[];
}

export class DashboardDto {
  @ApiProperty()
  competitionId: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'language code -> name' })
  name: Record<string, string>;
  @ApiProperty({ enum: COMPETITION_STATUSES, enumName: 'CompetitionStatus' })
  status: CompetitionStatus;
  @ApiProperty({ type: [String], description: 'the countries the figures cover: all participating ones, or the reader’s (a coordinator, or ?country)' })
  countries: string[];
  @ApiProperty({ description: 'whether the figures are restricted to some countries' })
  restricted: boolean;
  @ApiProperty({ description: "the server's clock when the figures were read" })
  asOf: string;
  @ApiProperty({ type: FunnelDto })
  funnel: FunnelDto;
  @ApiProperty({ type: DeadlinesDto })
  deadlines: DeadlinesDto;
  @ApiProperty({ type: [RoundProgressDto] })
  judging: RoundProgressDto[];
  @ApiProperty({ type: [AlertDto], description: 'what needs attention, most urgent first' })
  alerts: AlertDto[];
  @ApiProperty({ type: [SetupStepDto] })
  checklist: SetupStepDto[];
}
