import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, Equals, IsArray, IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { NOTIFICATION_KIND_LIST, NOTIFICATION_TOPICS, type NotificationKind, type NotificationTopic } from '@clapper/domain/notifications';

/** One line of the person's notification list: a kind with its facts, which the web words in the reader's language. */
export class NotificationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: NOTIFICATION_KIND_LIST, enumName: 'NotificationKind' })
  kind: NotificationKind;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "the kind's facts, as NotificationFactsByKind in libs/domain/src/notifications.ts types them: codes, names, numbers, ISO instants",
  })
  facts: Record<string, unknown>;

  @ApiProperty({ example: '/me/entries/5f0c…', description: 'the page of the web app the notification is about' })
  path: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'when the person opened it or marked it read; null while unread' })
  readAt: string | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto], description: 'newest first' })
  items: NotificationDto[];

  @ApiProperty({ description: 'how many notifications the person has in all' })
  total: number;

  @ApiProperty({ description: 'how many of them are unread' })
  unread: number;
}

export class UnreadCountDto {
  @ApiProperty({ description: "how many of the person's notifications are unread (for the bell)" })
  unread: number;
}

/** Marks notifications read: those named, or all of the person's. */
export class MarkReadDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: "the person's own notifications to mark read (1 to 200)" })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids?: string[];

  @ApiPropertyOptional({ enum: [true], description: 'marks every notification of the person read' })
  @IsOptional()
  @IsBoolean()
  @Equals(true)
  all?: true;
}

export class TopicPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_TOPICS, enumName: 'NotificationTopic' })
  @IsIn(NOTIFICATION_TOPICS)
  topic: NotificationTopic;

  @ApiProperty({ description: 'whether these messages are sent' })
  @IsBoolean()
  enabled: boolean;
}

export class NotificationPreferencesDto {
  @ApiProperty({ type: [TopicPreferenceDto], description: 'the kinds of message the person may switch off, those that apply to their roles' })
  topics: TopicPreferenceDto[];

  @ApiProperty({
    enum: NOTIFICATION_KIND_LIST,
    enumName: 'NotificationKind',
    isArray: true,
    description: 'the kinds of message the person may get that cannot be switched off (receipts, decisions, consents, results, account security)',
  })
  essential: NotificationKind[];
}

/** Switches the topics named on or off; topics left out stay as they are. */
export class UpdateNotificationPreferencesDto {
  @ApiProperty({ type: [TopicPreferenceDto], description: 'at most one change per topic; an empty list changes nothing' })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_TOPICS.length)
  @ValidateNested({ each: true })
  @Type(() => TopicPreferenceDto)
  topics: TopicPreferenceDto[];
}

/** What an unsubscribe link stops: the kind of message, never whose address it is. */
export class UnsubscribeLinkDto {
  @ApiProperty({ enum: NOTIFICATION_TOPICS, enumName: 'NotificationTopic' })
  topic: NotificationTopic;

  @ApiProperty({ description: 'whether these messages are switched off already (the link was used, or the settings say so)' })
  stopped: boolean;
}
