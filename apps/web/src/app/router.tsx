import { createBrowserRouter, Outlet, useNavigation, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Loading } from '../components/ui/query-state';
import { AppShell } from './app-shell';
import { paths } from './paths';
import { RequireRole } from './require-role';
import { NotFoundRoute, RouteErrorBoundary } from './routes/not-found';

// Every page is a chunk of its own, fetched the first time it is visited (React Router's lazy routes): the shell,
// the router and the error pages stay in the entry chunk, so the landing and sign-in pages load little more than
// themselves. scripts/bundle-budget.mjs holds the budget; a chunk that fails to load (a deploy replaced it) is a
// route error, shown by RouteErrorBoundary.

/** The first load of a page's chunk (the router's fallback before its first render). */
function RouteLoading() {
  return <Loading />;
}

/** A page's chunk loading after a click: the Loading state in place of the page being left. */
function PageOutlet() {
  const navigation = useNavigation();
  return navigation.state === 'loading' ? <Loading /> : <Outlet />;
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

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        Component: PageOutlet,
        HydrateFallback: RouteLoading,
        // inside the shell: the header and the language switcher stay when a page fails
        errorElement: <RouteErrorBoundary />,
        children: [
          { path: paths.home, lazy: () => import('./routes/landing').then((m) => ({ Component: m.LandingRoute })) },
          { path: paths.competitionPattern, lazy: () => import('./routes/competition').then((m) => ({ Component: m.CompetitionRoute })) },
          { path: paths.signIn, lazy: () => import('./routes/sign-in').then((m) => ({ Component: m.SignInRoute })) },
          { path: paths.signUp, lazy: () => import('./routes/sign-up').then((m) => ({ Component: m.SignUpRoute })) },
          { path: paths.forgotPassword, lazy: () => import('./routes/forgot-password').then((m) => ({ Component: m.ForgotPasswordRoute })) },
          { path: paths.resetPasswordPattern, lazy: () => import('./routes/reset-password').then((m) => ({ Component: m.ResetPasswordRoute })) },
          { path: paths.invitePattern, lazy: () => import('./routes/invite').then((m) => ({ Component: m.InviteRoute })) },
          { path: paths.consentPattern, lazy: () => import('./routes/guardian-consent').then((m) => ({ Component: m.GuardianConsentRoute })) },
          {
            path: paths.verifyEmailPattern,
            lazy: () => import('../features/account/components/verify-email-page').then((m) => ({ Component: m.VerifyEmailPage })),
          },
          {
            element: organiser,
            children: [
              { path: paths.admin.root, lazy: () => import('./routes/admin-home').then((m) => ({ Component: m.AdminHomeRoute })) },
              {
                path: paths.admin.newCompetition,
                lazy: () => import('./routes/admin-competition-new').then((m) => ({ Component: m.AdminCompetitionNewRoute })),
              },
              {
                path: paths.admin.competitionPattern,
                lazy: () => import('./routes/admin-competition-edit').then((m) => ({ Component: m.AdminCompetitionEditRoute })),
              },
              {
                path: paths.admin.resultsPattern,
                lazy: () => import('../features/results/components/results-page').then((m) => ({ Component: m.ResultsPage })),
              },
              { path: paths.admin.awardsPattern, lazy: () => import('../features/results/components/awards-page').then((m) => ({ Component: m.AwardsPage })) },
              { path: paths.admin.invitations, lazy: () => import('./routes/admin-invitations').then((m) => ({ Component: m.AdminInvitationsRoute })) },
              { path: paths.admin.outbox, lazy: () => import('./routes/admin-outbox').then((m) => ({ Component: m.AdminOutboxRoute })) },
              { path: paths.admin.audit, lazy: () => import('./routes/admin-audit').then((m) => ({ Component: m.AdminAuditRoute })) },
              { path: paths.admin.users, lazy: () => import('./routes/admin-users').then((m) => ({ Component: m.AdminUsersRoute })) },
              {
                path: paths.campaigns.adminListPattern,
                lazy: () => import('../features/campaigns/components/campaigns-page').then((m) => ({ Component: m.CampaignsPage })),
              },
              {
                path: paths.campaigns.adminCampaignPattern,
                lazy: () => import('../features/campaigns/components/campaign-page').then((m) => ({ Component: m.CampaignPage })),
              },
              { path: paths.rounds.adminListPattern, lazy: () => import('./routes/rounds').then((m) => ({ Component: m.RoundsRoute })) },
              { path: paths.rounds.adminCreatePattern, lazy: () => import('./routes/round-new').then((m) => ({ Component: m.RoundNewRoute })) },
              { path: paths.rounds.adminRoundPattern, lazy: () => import('./routes/round').then((m) => ({ Component: m.RoundRoute })) },
            ],
          },
          {
            element: signedIn,
            children: [
              { path: paths.coordinatePattern, lazy: () => import('./routes/coordinate').then((m) => ({ Component: m.CoordinateRoute })) },
              {
                path: paths.coordinateEntryPattern,
                lazy: () => import('./routes/entry-workspace').then(({ EntryWorkspaceRoute }) => ({ Component: () => <EntryWorkspaceRoute mode="review" /> })),
              },
              { path: paths.me.entries, lazy: () => import('./routes/my-entries').then((m) => ({ Component: m.MyEntriesRoute })) },
              { path: paths.me.newEntry, lazy: () => import('./routes/my-entry-new').then((m) => ({ Component: m.MyEntryNewRoute })) },
              {
                path: paths.me.entryPattern,
                lazy: () => import('./routes/entry-workspace').then(({ EntryWorkspaceRoute }) => ({ Component: () => <EntryWorkspaceRoute mode="team" /> })),
              },
              {
                path: paths.me.security,
                lazy: () => import('../features/account/components/account-security-page').then((m) => ({ Component: m.AccountSecurityPage })),
              },
              {
                path: paths.votePattern,
                lazy: async () => {
                  const [{ VotePage }, { VerifyEmailPrompt }] = await Promise.all([
                    import('../features/voting/components/vote-page'),
                    import('../features/account/components/verify-email-prompt'),
                  ]);
                  return { Component: () => <VotePage verifyPrompt={<VerifyEmailPrompt />} /> };
                },
              },
              // coordinators under their country; the API answers 404 for a campaign they do not build
              {
                path: paths.campaigns.coordinateListPattern,
                lazy: () => import('../features/campaigns/components/campaigns-page').then((m) => ({ Component: m.CampaignsPage })),
              },
              {
                path: paths.campaigns.coordinateCampaignPattern,
                lazy: () => import('../features/campaigns/components/campaign-page').then((m) => ({ Component: m.CampaignPage })),
              },
              // coordinators (and organisers) under the country; the API answers 404 for a round they do not run
              { path: paths.rounds.coordinateListPattern, lazy: () => import('./routes/rounds').then((m) => ({ Component: m.RoundsRoute })) },
              { path: paths.rounds.coordinateCreatePattern, lazy: () => import('./routes/round-new').then((m) => ({ Component: m.RoundNewRoute })) },
              { path: paths.rounds.coordinateRoundPattern, lazy: () => import('./routes/round').then((m) => ({ Component: m.RoundRoute })) },
            ],
          },
          {
            element: judge,
            children: [
              { path: paths.judge.root, lazy: () => import('./routes/judge-home').then((m) => ({ Component: m.JudgeHomeRoute })) },
              { path: paths.judge.roundPattern, lazy: () => import('./routes/judge-round').then((m) => ({ Component: m.JudgeRoundRoute })) },
              { path: paths.judge.declarationPattern, lazy: () => import('./routes/judge-declaration').then((m) => ({ Component: m.JudgeDeclarationRoute })) },
              { path: paths.judge.entryPattern, lazy: () => import('./routes/judge-entry').then((m) => ({ Component: m.JudgeEntryRoute })) },
            ],
          },
          { path: '*', Component: NotFoundRoute },
        ],
      },
    ],
  },
  // the ceremony fills the screen: no header, no footer
  {
    path: paths.ceremonyPattern,
    element: organiser,
    HydrateFallback: RouteLoading,
    errorElement: <RouteErrorBoundary />,
    children: [{ index: true, lazy: () => import('../features/ceremony/components/ceremony-page').then((m) => ({ Component: m.CeremonyPage })) }],
  },
];

let router: ReturnType<typeof createBrowserRouter> | null = null;

export function AppRouter() {
  router ??= createBrowserRouter(routes);
  return <RouterProvider router={router} />;
}
