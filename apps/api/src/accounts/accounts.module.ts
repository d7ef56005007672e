import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CountriesQueriesModule } from '../countries/countries.queries.js';
import { JudgingQueriesModule } from '../judging/judging.queries.js';
import { MailModule } from '../mail/mail.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AccountsService } from './accounts.service.js';
import { AccountCountryService } from './account-country.service.js';
import { AdminController } from './admin.controller.js';
import { AuthController } from './auth.controller.js';
import { Invitation } from './invitation.entity.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';
import { PasswordService } from './password.service.js';
import { RoleGrant } from './role-grant.entity.js';
import { School } from './school.entity.js';
import { User } from './user.entity.js';
import { MaintenanceService } from './maintenance.service.js';
import { EmailVerificationService } from './email-verification.service.js';
import { PasswordResetService } from './password-reset.service.js';
import { PasswordChangeController } from './password-change.controller.js';
import { PasswordChangeService } from './password-change.service.js';
import { TeacherRequestsController } from './teacher-requests.controller.js';
import { TeacherRequestsService } from './teacher-requests.service.js';
import { WelcomeService } from './welcome.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User, School, RoleGrant, Invitation]), MailModule, NotificationsModule, JudgingQueriesModule, CountriesQueriesModule],
  controllers: [AuthController, InvitationsController, AdminController, TeacherRequestsController, PasswordChangeController],
  providers: [
    AccountsService,
    InvitationsService,
    TeacherRequestsService,
    AccountCountryService,
    PasswordService,
    MaintenanceService,
    EmailVerificationService,
    PasswordResetService,
    PasswordChangeService,
    WelcomeService,
  ],
  exports: [AccountsService, PasswordService, MailModule],
})
export class AccountsModule {}
