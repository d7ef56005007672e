import { User } from '../accounts/user.entity.js';
import { School } from '../accounts/school.entity.js';
import { RoleGrant } from '../accounts/role-grant.entity.js';
import { Invitation } from '../accounts/invitation.entity.js';
import { Session } from '../auth/session.entity.js';
import { SignInFailure } from '../auth/sign-in-failure.entity.js';
import { Country } from '../countries/country.entity.js';
import { Competition } from '../competitions/competition.entity.js';
import { Category } from '../competitions/category.entity.js';
import { OutboxMessage } from '../mail/outbox-message.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { NotificationOnce } from '../notifications/notification-once.entity.js';
import { NotificationOptOut } from '../notifications/notification-opt-out.entity.js';
import { UnsubscribeLink } from '../notifications/unsubscribe-link.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { RateLimitHit } from '../rate-limit/rate-limit-hit.entity.js';
import { Entry } from '../entries/entry.entity.js';
import { TeamMember } from '../entries/team-member.entity.js';
import { LicenceGrant, LicenceVersion } from '../entries/licence.entity.js';
import { Consent } from '../consents/consent.entity.js';
import { LegalText } from '../consents/legal-text.entity.js';
import { Subtitle, VideoAsset } from '../videos/video-asset.entity.js';
import { Round } from '../judging/round.entity.js';
import { RoundEntry } from '../judging/round-entry.entity.js';
import { RoundJudge } from '../judging/round-judge.entity.js';
import { Assignment } from '../judging/assignment.entity.js';
import { Scorecard } from '../judging/scorecard.entity.js';
import { DeliberationNote } from '../judging/deliberation-note.entity.js';
import { IdempotencyRecord } from '../judging/idempotency-record.entity.js';
import { Award, AwardWinner } from '../results/award.entity.js';
import { AudienceVote } from '../voting/audience-vote.entity.js';
import { Campaign, CampaignUse, CampaignWork, MediaKitDownload } from '../campaigns/campaign.entity.js';

/** Every entity, for the data source and the migration drift check. */
export const ENTITIES = [
  User,
  School,
  RoleGrant,
  Invitation,
  Session,
  SignInFailure,
  Country,
  Competition,
  Category,
  OutboxMessage,
  AuditEvent,
  RateLimitHit,
  Entry,
  TeamMember,
  LicenceVersion,
  LicenceGrant,
  Consent,
  LegalText,
  VideoAsset,
  Subtitle,
  Round,
  RoundEntry,
  RoundJudge,
  Assignment,
  Scorecard,
  DeliberationNote,
  IdempotencyRecord,
  Award,
  AwardWinner,
  AudienceVote,
  Campaign,
  CampaignWork,
  CampaignUse,
  MediaKitDownload,
  Notification,
  NotificationOnce,
  NotificationOptOut,
  UnsubscribeLink,
];
