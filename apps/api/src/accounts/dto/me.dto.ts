import { ApiProperty, PickType } from '@nestjs/swagger';
import { ROLES, type Role } from '@clapper/domain/roles';

export class RoleGrantDto {
  @ApiProperty({ enum: ROLES })
  role: Role;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty({ type: String, nullable: true })
  schoolId: string | null;
  @ApiProperty({ type: String, nullable: true })
  roundId: string | null;
}

/** A teacher's own view of their request to be linked to a school. */
export class TeacherRequestStateDto {
  @ApiProperty({ enum: ['pending', 'refused'] })
  status: 'pending' | 'refused';
  @ApiProperty({ type: String, nullable: true })
  schoolName: string | null;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty()
  requestedAt: string;
  @ApiProperty({ type: String, nullable: true })
  decidedAt: string | null;
}

export class MeDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  email: string;
  @ApiProperty()
  displayName: string;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date',
    description: "a student's date of birth (YYYY-MM-DD), to fill in the first team member of a new entry",
  })
  dateOfBirth: string | null;
  @ApiProperty({ type: String, nullable: true })
  schoolId: string | null;
  @ApiProperty({ type: String, nullable: true })
  schoolName: string | null;
  @ApiProperty()
  locale: string;
  @ApiProperty({ description: 'the user confirmed their address through the link we mailed (needed to vote)' })
  emailVerified: boolean;
  @ApiProperty({ type: [RoleGrantDto], description: 'active roles only' })
  roles: RoleGrantDto[];
  @ApiProperty({ type: TeacherRequestStateDto, nullable: true, description: "a teacher's link to a school that a coordinator has not approved (yet)" })
  teacherRequest: TeacherRequestStateDto | null;
}

export class UserSummaryDto extends PickType(MeDto, ['id', 'email', 'displayName', 'countryCode', 'schoolName', 'roles'] as const) {
  @ApiProperty()
  createdAt: string;
}
