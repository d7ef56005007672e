import type { ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppShell } from './app-shell';
import { paths } from './paths';
import { RequireRole } from './require-role';
import { AdminCompetitionEditRoute } from './routes/admin-competition-edit';
import { AdminCompetitionNewRoute } from './routes/admin-competition-new';
import { AdminHomeRoute } from './routes/admin-home';
import { AdminInvitationsRoute } from './routes/admin-invitations';
import { AdminOutboxRoute } from './routes/admin-outbox';
import { AdminAuditRoute } from './routes/admin-audit';
import { AdminUsersRoute } from './routes/admin-users';
import { CompetitionRoute } from './routes/competition';
import { CoordinateRoute } from './routes/coordinate';
import { EntryWorkspaceRoute } from './routes/entry-workspace';
import { GuardianConsentRoute } from './routes/guardian-consent';
import { InviteRoute } from './routes/invite';
import { JudgeDeclarationRoute } from './routes/judge-declaration';
import { JudgeEntryRoute } from './routes/judge-entry';
import { JudgeHomeRoute } from './routes/judge-home';
import { JudgeRoundRoute } from './routes/judge-round';
import { LandingRoute } from './routes/landing';
import { MyEntriesRoute } from './routes/my-entries';
import { MyEntryNewRoute } from './routes/my-entry-new';
import { NotFoundRoute, RouteErrorBoundary } from './routes/not-found';
import { RoundRoute } from './routes/round';
import { RoundNewRoute } from './routes/round-new';
import { RoundsRoute } from './routes/rounds';
import { SignInRoute } from './routes/sign-in';
import { SignUpRoute } from './routes/sign-up';
import { ForgotPasswordRoute } from './routes/forgot-password';
import { ResetPasswordRoute } from './routes/reset-password';
import { AwardsPage } from '../features/results/components/awards-page';
import { ResultsPage } from '../features/results/components/results-page';
import { CeremonyPage } from '../features/ceremony/components/ceremony-page';
import { CampaignPage } from '../features/campaigns/components/campaign-page';
import { CampaignsPage } from '../features/campaigns/components/campaigns-page';
import { VerifyEmailPage } from '../features/account/components/verify-email-page';
import { VerifyEmailPrompt } from '../features/account/components/verify-email-prompt';
import { AccountSecurityPage } from '../features/account/components/account-security-page';
import { VotePage } from '../features/voting/components/vote-page';

const organiser = (element: ReactNode) => <RequireRole role="organiser">{element}</RequireRole>;
const signedIn = (element: ReactNode) => <RequireRole>{element}</RequireRole>;
const judge = (element: ReactNode) => <RequireRole role="judge">{element}</RequireRole>;

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RouteErrorBoundary />,
    children: [
      { path: paths.home, element: <LandingRoute /> },
      { path: paths.competitionPattern, element: <CompetitionRoute /> },
      { path: paths.signIn, element: <SignInRoute /> },
      { path: paths.signUp, element: <SignUpRoute /> },
      { path: paths.forgotPassword, element: <ForgotPasswordRoute /> },
      { path: paths.resetPasswordPattern, element: <ResetPasswordRoute /> },
      { path: paths.invitePattern, element: <InviteRoute /> },
      { path: paths.admin.root, element: organiser(<AdminHomeRoute />) },
      { path: paths.admin.newCompetition, element: organiser(<AdminCompetitionNewRoute />) },
      { path: paths.admin.competitionPattern, element: organiser(<AdminCompetitionEditRoute />) },
      { path: paths.admin.resultsPattern, element: organiser(<ResultsPage />) },
      { path: paths.admin.awardsPattern, element: organiser(<AwardsPage />) },
      { path: paths.admin.invitations, element: organiser(<AdminInvitationsRoute />) },
      { path: paths.admin.outbox, element: organiser(<AdminOutboxRoute />) },
      { path: paths.admin.audit, element: organiser(<AdminAuditRoute />) },
      { path: paths.admin.users, element: organiser(<AdminUsersRoute />) },
      { path: paths.coordinatePattern, element: signedIn(<CoordinateRoute />) },
      { path: paths.coordinateEntryPattern, element: signedIn(<EntryWorkspaceRoute mode="review" />) },
      { path: paths.me.entries, element: signedIn(<MyEntriesRoute />) },
      { path: paths.me.newEntry, element: signedIn(<MyEntryNewRoute />) },
      { path: paths.me.entryPattern, element: signedIn(<EntryWorkspaceRoute mode="team" />) },
      { path: paths.me.security, element: signedIn(<AccountSecurityPage />) },
      { path: paths.consentPattern, element: <GuardianConsentRoute /> },
      { path: paths.verifyEmailPattern, element: <VerifyEmailPage /> },
      { path: paths.votePattern, element: signedIn(<VotePage verifyPrompt={<VerifyEmailPrompt />} />) },
      { path: paths.campaigns.adminListPattern, element: organiser(<CampaignsPage />) },
      { path: paths.campaigns.adminCampaignPattern, element: organiser(<CampaignPage />) },
      // coordinators under their country; the API answers 404 for a campaign they do not build
      { path: paths.campaigns.coordinateListPattern, element: signedIn(<CampaignsPage />) },
      { path: paths.campaigns.coordinateCampaignPattern, element: signedIn(<CampaignPage />) },
      { path: paths.rounds.adminListPattern, element: organiser(<RoundsRoute />) },
      { path: paths.rounds.adminCreatePattern, element: organiser(<RoundNewRoute />) },
      { path: paths.rounds.adminRoundPattern, element: organiser(<RoundRoute />) },
      // coordinators (and organisers) under the country; the API answers 404 for a round they do not run
      { path: paths.rounds.coordinateListPattern, element: signedIn(<RoundsRoute />) },
      { path: paths.rounds.coordinateCreatePattern, element: signedIn(<RoundNewRoute />) },
      { path: paths.rounds.coordinateRoundPattern, element: signedIn(<RoundRoute />) },
      { path: paths.judge.root, element: judge(<JudgeHomeRoute />) },
      { path: paths.judge.roundPattern, element: judge(<JudgeRoundRoute />) },
      { path: paths.judge.declarationPattern, element: judge(<JudgeDeclarationRoute />) },
      { path: paths.judge.entryPattern, element: judge(<JudgeEntryRoute />) },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
  // the ceremony fills the screen: no header, no footer
  { path: paths.ceremonyPattern, element: organiser(<CeremonyPage />), errorElement: <RouteErrorBoundary /> },
];

let router: ReturnType<typeof createBrowserRouter> | null = null;

export function AppRouter() {
  router ??= createBrowserRouter(routes);
  return <RouterProvider router={router} />;
}
