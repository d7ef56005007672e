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

export class MeDto {
  @ApiProperty()
  id: string;
  @ApiProperty()
  email: string;
  @ApiProperty()
  displayName: string;
  @ApiProperty({ type: String, nullable: true })
  countryCode: string | null;
  @ApiProperty({ type: String, nullable: true })
  schoolId: string | null;
  @ApiProperty({ type: String, nullable: true })
  schoolName: string | null;
  @ApiProperty()
  locale: string;
  @ApiProperty({ description: 'the user confirmed their address through the link we mailed (needed to vote)' })
  emailVerified: boolean;
  @ApiProperty({ type: [RoleGrantDto] })
  roles: RoleGrantDto[];
}

export class UserSummaryDto extends PickType(MeDto, ['id', 'email', 'displayName', 'countryCode', 'schoolName', 'roles'] as const) {
  @ApiProperty()
  createdAt: string;
}
