import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, Outlet, Route, Routes, useLocation } from 'react-router';
import { Loading } from '../components/ui/query-state';
import { loadPages } from '../lib/i18n';
import { AppShell } from './app-shell';
import { paths } from './paths';
import { RequireRole } from './require-role';
import { NotFoundRoute, RouteErrorBoundary } from './routes/not-found';

// Every page is a chunk of its own, fetched the first time it is visited (React.lazy): the shell, the routes and the
// error pages stay in the entry chunk, so the landing and sign-in pages load little more than themselves. The routes
// are declared as elements (React Router's declarative mode): the app loads no data through the router, and the data
// router would add about 16 kB gzipped to the first page. scripts/bundle-budget.mjs holds the budget; a chunk that
// fails to load (a deploy replaced it) is a page error, shown by RouteErrorBoundary inside the shell.

type Module = Record<string, unknown>;

/** A page's chunk, and the strings of the pages after the first ones (lib/i18n.ts), both before it renders. */
function page<M extends Module>(load: () => Promise<M>, component: (m: M) => ComponentType) {
  return lazy(() => Promise.all([load(), loadPages()]).then(([m]) => ({ default: component(m) })));
}

/** The landing and sign-in pages: their strings are there before the first paint (main.tsx), nothing else to wait for. */
function firstPage<M extends Module>(load: () => Promise<M>, component: (m: M) => ComponentType) {
  return lazy(() => load().then((m) => ({ default: component(m) })));
}

const Landing = firstPage(
  () => import('./routes/landing'),
  (m) => m.LandingRoute,
);
const SignIn = firstPage(
  () => import('./routes/sign-in'),
  (m) => m.SignInRoute,
);
const Competition = page(
  () => import('./routes/competition'),
  (m) => m.CompetitionRoute,
);
const SignUp = page(
  () => import('./routes/sign-up'),
  (m) => m.SignUpRoute,
);
const ForgotPassword = page(
  () => import('./routes/forgot-password'),
  (m) => m.ForgotPasswordRoute,
);
const ResetPassword = page(
  () => import('./routes/reset-password'),
  (m) => m.ResetPasswordRoute,
);
const Invite = page(
  () => import('./routes/invite'),
  (m) => m.InviteRoute,
);
const GuardianConsent = page(
  () => import('./routes/guardian-consent'),
  (m) => m.GuardianConsentRoute,
);
const VerifyEmail = page(
  () => import('../features/account/components/verify-email-page'),
  (m) => m.VerifyEmailPage,
);
const AdminHome = page(
  () => import('./routes/admin-home'),
  (m) => m.AdminHomeRoute,
);
const AdminCompetitionNew = page(
  () => import('./routes/admin-competition-new'),
  (m) => m.AdminCompetitionNewRoute,
);
const CompetitionDashboard = page(
  () => import('./routes/competition-dashboard'),
  (m) => m.CompetitionDashboardRoute,
);
const AdminCompetitionEdit = page(
  () => import('./routes/admin-competition-edit'),
  (m) => m.AdminCompetitionEditRoute,
);
const LegalTexts = page(
  () => import('./routes/legal-texts'),
  (m) => m.LegalTextsRoute,
);
const Results = page(
  () => import('../features/results/components/results-page'),
  (m) => m.ResultsPage,
);
const Awards = page(
  () => import('../features/results/components/awards-page'),
  (m) => m.AwardsPage,
);
const AdminInvitations = page(
  () => import('./routes/admin-invitations'),
  (m) => m.AdminInvitationsRoute,
);
const AdminOutbox = page(
  () => import('./routes/admin-outbox'),
  (m) => m.AdminOutboxRoute,
);
const AdminAudit = page(
  () => import('./routes/admin-audit'),
  (m) => m.AdminAuditRoute,
);
const AdminUsers = page(
  () => import('./routes/admin-users'),
  (m) => m.AdminUsersRoute,
);
const Campaigns = page(
  () => import('../features/campaigns/components/campaigns-page'),
  (m) => m.CampaignsPage,
);
const Campaign = page(
  () => import('../features/campaigns/components/campaign-page'),
  (m) => m.CampaignPage,
);
const Rounds = page(
  () => import('./routes/rounds'),
  (m) => m.RoundsRoute,
);
const RoundNew = page(
  () => import('./routes/round-new'),
  (m) => m.RoundNewRoute,
);
const Round = page(
  () => import('./routes/round'),
  (m) => m.RoundRoute,
);
const Coordinate = page(
  () => import('./routes/coordinate'),
  (m) => m.CoordinateRoute,
);
const EntryReview = page(
  () => import('./routes/entries-review-entry'),
  (m) => m.EntriesReviewEntryRoute,
);
const EntriesReview = page(
  () => import('./routes/entries-review'),
  (m) => m.EntriesReviewRoute,
);
const MyEntries = page(
  () => import('./routes/my-entries'),
  (m) => m.MyEntriesRoute,
);
const MyEntryNew = page(
  () => import('./routes/my-entry-new'),
  (m) => m.MyEntryNewRoute,
);
const MyEntry = page(
  () => import('./routes/entry-workspace'),
  ({ EntryWorkspaceRoute }) =>
    function MyEntry() {
      return <EntryWorkspaceRoute />;
    },
);
const AccountSecurity = page(
  () => import('../features/account/components/account-security-page'),
  (m) => m.AccountSecurityPage,
);
const Notifications = page(
  () => import('../features/notifications/components/notifications-page'),
  (m) => m.NotificationsPage,
);
const NotificationSettings = page(
  () => import('../features/notifications/components/notification-settings-page'),
  (m) => m.NotificationSettingsPage,
);
const Unsubscribe = page(
  () => import('../features/notifications/components/unsubscribe-page'),
  (m) => m.UnsubscribePage,
);
const Vote = page(
  () =>
    Promise.all([import('../features/voting/components/vote-page'), import('../features/account/components/verify-email-prompt')]).then(([a, b]) => ({
      ...a,
      ...b,
    })),
  ({ VotePage, VerifyEmailPrompt }) =>
    function Vote() {
      return <VotePage verifyPrompt={<VerifyEmailPrompt />} />;
    },
);
const JudgeHome = page(
  () => import('./routes/judge-home'),
  (m) => m.JudgeHomeRoute,
);
const JudgeRound = page(
  () => import('./routes/judge-round'),
  (m) => m.JudgeRoundRoute,
);
const JudgeDeclaration = page(
  () => import('./routes/judge-declaration'),
  (m) => m.JudgeDeclarationRoute,
);
const JudgeEntry = page(
  () => import('./routes/judge-entry'),
  (m) => m.JudgeEntryRoute,
);
const Ceremony = page(
  () => import('../features/ceremony/components/ceremony-page'),
  (m) => m.CeremonyPage,
);
const CeremonyAudience = page(
  () => import('../features/ceremony/components/ceremony-page'),
  (m) => m.CeremonyAudiencePage,
);

/**
 * Where a page goes: its error boundary (cleared when the address changes) and the Loading state while its chunk
 * loads, the first time and after a click alike (the router does not hold on to the page being left: AppRouter turns
 * its transitions off).
 */
function PageSlot({ children }: { children?: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary resetKey={pathname}>
      <Suspense
        fallback={
          // in the page's column, where the page will show
          <div className="page">
            <Loading />
          </div>
        }
      >
        {children ?? <Outlet />}
      </Suspense>
    </RouteErrorBoundary>
  );
}

const organiser = (
  <RequireRole role="organiser">
    <Outlet />
  </RequireRole>
);
const signedIn = (
  <RequireRole>
    <Outlet />
  </RequireRole>
);
const judge = (
  <RequireRole role="judge">
    <Outlet />
  </RequireRole>
);

/** Every page of the app, by address. */
export function AppRoutes() {
  return (
    <Routes>
      <Route
        element={
          <RouteErrorBoundary>
            <AppShell />
          </RouteErrorBoundary>
        }
      >
        {/* inside the shell: the header and the language switcher stay when a page fails */}
        <Route element={<PageSlot />}>
          <Route path={paths.home} element={<Landing />} />
          <Route path={paths.competitionPattern} element={<Competition />} />
          <Route path={paths.signIn} element={<SignIn />} />
          <Route path={paths.signUp} element={<SignUp />} />
          <Route path={paths.forgotPassword} element={<ForgotPassword />} />
          <Route path={paths.resetPasswordPattern} element={<ResetPassword />} />
          <Route path={paths.invitePattern} element={<Invite />} />
          <Route path={paths.consentPattern} element={<GuardianConsent />} />
          <Route path={paths.verifyEmailPattern} element={<VerifyEmail />} />
          <Route path={paths.unsubscribePattern} element={<Unsubscribe />} />
          <Route element={organiser}>
            <Route path={paths.admin.root} element={<AdminHome />} />
            <Route path={paths.admin.newCompetition} element={<AdminCompetitionNew />} />
            <Route path={paths.admin.competitionPattern} element={<CompetitionDashboard />} />
            <Route path={paths.admin.competitionSettingsPattern} element={<AdminCompetitionEdit />} />
            <Route path={paths.admin.resultsPattern} element={<Results />} />
            <Route path={paths.admin.awardsPattern} element={<Awards />} />
            <Route path={paths.admin.textsPattern} element={<LegalTexts />} />
            <Route path={paths.admin.invitations} element={<AdminInvitations />} />
            <Route path={paths.admin.outbox} element={<AdminOutbox />} />
            <Route path={paths.admin.audit} element={<AdminAudit />} />
            <Route path={paths.admin.users} element={<AdminUsers />} />
            <Route path={paths.entries.adminListPattern} element={<EntriesReview />} />
            <Route path={paths.entries.adminReviewPattern} element={<EntryReview />} />
            <Route path={paths.campaigns.adminListPattern} element={<Campaigns />} />
            <Route path={paths.campaigns.adminCampaignPattern} element={<Campaign />} />
            <Route path={paths.rounds.adminListPattern} element={<Rounds />} />
            <Route path={paths.rounds.adminCreatePattern} element={<RoundNew />} />
            <Route path={paths.rounds.adminRoundPattern} element={<Round />} />
          </Route>
          <Route element={signedIn}>
            <Route path={paths.coordinatePattern} element={<Coordinate />} />
            <Route path={paths.entries.coordinateListPattern} element={<EntriesReview />} />
            <Route path={paths.coordinateEntryPattern} element={<EntryReview />} />
            <Route path={paths.coordinateDashboardPattern} element={<CompetitionDashboard />} />
            <Route path={paths.coordinateTextsPattern} element={<LegalTexts />} />
            <Route path={paths.me.entries} element={<MyEntries />} />
            <Route path={paths.me.newEntry} element={<MyEntryNew />} />
            <Route path={paths.me.entryPattern} element={<MyEntry />} />
            <Route path={paths.me.security} element={<AccountSecurity />} />
            <Route path={paths.me.notifications} element={<Notifications />} />
            <Route path={paths.me.notificationSettings} element={<NotificationSettings />} />
            <Route path={paths.votePattern} element={<Vote />} />
            {/* coordinators under their country; the API answers 404 for a campaign they do not build */}
            <Route path={paths.campaigns.coordinateListPattern} element={<Campaigns />} />
            <Route path={paths.campaigns.coordinateCampaignPattern} element={<Campaign />} />
            {/* coordinators (and organisers) under the country; the API answers 404 for a round they do not run */}
            <Route path={paths.rounds.coordinateListPattern} element={<Rounds />} />
            <Route path={paths.rounds.coordinateCreatePattern} element={<RoundNew />} />
            <Route path={paths.rounds.coordinateRoundPattern} element={<Round />} />
          </Route>
          <Route element={judge}>
            <Route path={paths.judge.root} element={<JudgeHome />} />
            <Route path={paths.judge.roundPattern} element={<JudgeRound />} />
            <Route path={paths.judge.declarationPattern} element={<JudgeDeclaration />} />
            <Route path={paths.judge.entryPattern} element={<JudgeEntry />} />
          </Route>
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Route>
      {/* the ceremony fills the screen: no header, no footer */}
      <Route
        path={paths.ceremonyPattern}
        element={
          <PageSlot>
            <RequireRole role="organiser">
              <Ceremony />
            </RequireRole>
          </PageSlot>
        }
      />
      <Route
        path={paths.ceremonyAudiencePattern}
        element={
          <PageSlot>
            <RequireRole role="organiser">
              <CeremonyAudience />
            </RequireRole>
          </PageSlot>
        }
      />
    </Routes>
  );
}

export function AppRouter() {
  return (
    <BrowserRouter useTransitions={false}>
      <AppRoutes />
    </BrowserRouter>
  );
}
