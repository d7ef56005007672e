/** Every route path of the web app, in one place. Builders take the dynamic parts. */
export const paths = {
  home: '/',
  competition: (slug: string) => `/competitions/${encodeURIComponent(slug)}`,
  competitionPattern: '/competitions/:slug',
  signIn: '/sign-in',
  signUp: '/sign-up',
  invite: (token: string) => `/invite/${encodeURIComponent(token)}`,
  invitePattern: '/invite/:token',
  admin: {
    root: '/admin',
    newCompetition: '/admin/competitions/new',
    competition: (id: string) => `/admin/competitions/${encodeURIComponent(id)}`,
    competitionPattern: '/admin/competitions/:id',
    invitations: '/admin/invitations',
    outbox: '/admin/outbox',
    users: '/admin/users',
  },
  coordinate: (country: string) => `/coordinate/${encodeURIComponent(country)}`,
  coordinatePattern: '/coordinate/:country',
} as const;
