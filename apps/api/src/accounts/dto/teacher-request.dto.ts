import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

export const TEACHER_REQUEST_STATUSES = ['pending', 'active', 'refused'] as const;
export type TeacherRequestStatus = (typeof TEACHER_REQUEST_STATUSES)[number];

export class TeacherRequestsQueryDto {
  @ApiPropertyOptional({ example: 'TH', description: 'organisers: any country (all when left out); coordinators: their own (the default)' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter country code such as TH' })
  country?: string;

  @ApiPropertyOptional({ enum: TEACHER_REQUEST_STATUSES, description: 'pending (the default), active (approved) or refused' })
  @IsOptional()
  @IsIn([...TEACHER_REQUEST_STATUSES], { message: 'status must be pending, active or refused' })
  status?: TeacherRequestStatus;
}

/**
 * A teacher's request to act for a school, as a coordinator sees it: the name they gave, the domain of their email
 * (enough to tell a school address from a free mailbox, without handing out the address), the school and when.
 */
export class TeacherRequestDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  displayName: string;
  @ApiProperty({ example: 'school.ac.th' })
  emailDomain: string;
  @ApiProperty()
  schoolId: string;
  @ApiProperty()
  schoolName: string;
  @ApiProperty()
  countryCode: string;
  @ApiProperty({ enum: TEACHER_REQUEST_STATUSES })
  status: TeacherRequestStatus;
  @ApiProperty()
  requestedAt: string;
  @ApiProperty({ type: String, nullable: true })
  decidedAt: string | null;
  @ApiProperty({ description: 'how many other teachers the school already has (approved)' })
  schoolTeachers: number;
}
