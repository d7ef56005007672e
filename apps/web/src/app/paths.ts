/** Every route path of the web app, in one place. Builders take the dynamic parts. */
export const paths = {
  home: '/',
  /** the public showcase, server-rendered by the API: a full page load (a plain <a href>), never a client route */
  showcase: '/showcase',
  competition: (slug: string) => `/competitions/${encodeURIComponent(slug)}`,
  competitionPattern: '/competitions/:slug',
  signIn: '/sign-in',
  signUp: '/sign-up',
  forgotPassword: '/forgot-password',
  /** the link mailed to reset a password; the page sets the new one on a button press */
  resetPassword: (token: string) => `/reset-password/${encodeURIComponent(token)}`,
  resetPasswordPattern: '/reset-password/:token',
  invite: (token: string) => `/invite/${encodeURIComponent(token)}`,
  invitePattern: '/invite/:token',
  admin: {
    root: '/admin',
    newCompetition: '/admin/competitions/new',
    competition: (id: string) => `/admin/competitions/${encodeURIComponent(id)}`,
    competitionPattern: '/admin/competitions/:id',
    results: (id: string) => `/admin/competitions/${encodeURIComponent(id)}/results`,
    resultsPattern: '/admin/competitions/:id/results',
    awards: (id: string) => `/admin/competitions/${encodeURIComponent(id)}/awards`,
    awardsPattern: '/admin/competitions/:id/awards',
    invitations: '/admin/invitations',
    outbox: '/admin/outbox',
    audit: '/admin/audit',
    users: '/admin/users',
  },
  coordinate: (country: string) => `/coordinate/${encodeURIComponent(country)}`,
  coordinatePattern: '/coordinate/:country',
  coordinateEntry: (country: string, id: string) => `/coordinate/${encodeURIComponent(country)}/entries/${encodeURIComponent(id)}`,
  coordinateEntryPattern: '/coordinate/:country/entries/:id',
  me: {
    entries: '/me/entries',
    newEntry: '/me/entries/new',
    entry: (id: string) => `/me/entries/${encodeURIComponent(id)}`,
    entryPattern: '/me/entries/:id',
    /** the account's devices (sessions) and password, from the account link in the header */
    security: '/me/security',
  },
  /** the full-screen awards ceremony, outside the site's layout */
  ceremony: (competitionId: string) => `/ceremony/${encodeURIComponent(competitionId)}`,
  ceremonyPattern: '/ceremony/:competitionId',
  consent: (token: string) => `/consent/${encodeURIComponent(token)}`,
  consentPattern: '/consent/:token',
  /** the audience vote of a competition, for any signed-in user */
  vote: (competitionId: string) => `/vote/${encodeURIComponent(competitionId)}`,
  votePattern: '/vote/:competitionId',
  /** the link mailed to confirm an address; the page confirms on a button press, never on load */
  verifyEmail: (token: string) => `/verify-email/${encodeURIComponent(token)}`,
  verifyEmailPattern: '/verify-email/:token',
  /**
   * Campaigns and media kits. One set of pages for both roles, as with rounds: organisers under /admin, a
   * coordinator under /coordinate/:country; `base` is that prefix (see campaigns.base).
   */
  campaigns: {
    base: (country?: string) => (country ? `/coordinate/${encodeURIComponent(country)}` : '/admin'),
    list: (base: string) => `${base}/campaigns`,
    campaign: (base: string, id: string) => `${base}/campaigns/${encodeURIComponent(id)}`,
    adminListPattern: '/admin/campaigns',
    adminCampaignPattern: '/admin/campaigns/:id',
    coordinateListPattern: '/coordinate/:country/campaigns',
    coordinateCampaignPattern: '/coordinate/:country/campaigns/:id',
  },
  /**
   * Running rounds. One set of pages for both roles: organisers under /admin, a coordinator under
   * /coordinate/:country; `base` is that prefix (see rounds.base).
   */
  rounds: {
    base: (country?: string) => (country ? `/coordinate/${encodeURIComponent(country)}` : '/admin'),
    list: (base: string, competitionId: string) => `${base}/competitions/${encodeURIComponent(competitionId)}/rounds`,
    create: (base: string, competitionId: string) => `${base}/competitions/${encodeURIComponent(competitionId)}/rounds/new`,
    /** a round's page, on one of its sections (setup, panel, assignment, progress, scores, ranking) */
    round: (base: string, id: string, section?: string) => `${base}/rounds/${encodeURIComponent(id)}${section ? `/${encodeURIComponent(section)}` : ''}`,
    adminListPattern: '/admin/competitions/:competitionId/rounds',
    adminCreatePattern: '/admin/competitions/:competitionId/rounds/new',
    adminRoundPattern: '/admin/rounds/:id/:section?',
    coordinateListPattern: '/coordinate/:country/competitions/:competitionId/rounds',
    coordinateCreatePattern: '/coordinate/:country/competitions/:competitionId/rounds/new',
    coordinateRoundPattern: '/coordinate/:country/rounds/:id/:section?',
  },
  judge: {
    root: '/judge',
    round: (id: string) => `/judge/rounds/${encodeURIComponent(id)}`,
    roundPattern: '/judge/rounds/:id',
    declaration: (id: string) => `/judge/rounds/${encodeURIComponent(id)}/declaration`,
    declarationPattern: '/judge/rounds/:id/declaration',
    entry: (roundId: string, roundEntryId: string) => `/judge/rounds/${encodeURIComponent(roundId)}/entries/${encodeURIComponent(roundEntryId)}`,
    entryPattern: '/judge/rounds/:id/entries/:roundEntryId',
  },
} as const;
