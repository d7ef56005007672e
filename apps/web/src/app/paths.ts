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
    /** a competition's dashboard: the first page an organiser sees for it */
    competition: (id: string) => `/admin/competitions/${encodeURIComponent(id)}`,
    competitionPattern: '/admin/competitions/:id',
    /** a competition's settings (the edit form), optionally at one of its sections (#cf-basics-h, #cf-categories-h…) */
    competitionSettings: (id: string, section?: string) => `/admin/competitions/${encodeURIComponent(id)}/settings${section ? `#${section}` : ''}`,
    competitionSettingsPattern: '/admin/competitions/:id/settings',
    results: (id: string) => `/admin/competitions/${encodeURIComponent(id)}/results`,
    resultsPattern: '/admin/competitions/:id/results',
    awards: (id: string) => `/admin/competitions/${encodeURIComponent(id)}/awards`,
    awardsPattern: '/admin/competitions/:id/awards',
    /** the consent and licence texts per language: their state, who wrote and approved each */
    texts: (id: string) => `/admin/competitions/${encodeURIComponent(id)}/texts`,
    textsPattern: '/admin/competitions/:id/texts',
    invitations: '/admin/invitations',
    outbox: '/admin/outbox',
    audit: '/admin/audit',
    users: '/admin/users',
  },
  coordinate: (country: string) => `/coordinate/${encodeURIComponent(country)}`,
  coordinatePattern: '/coordinate/:country',
  coordinateEntry: (country: string, id: string) => `/coordinate/${encodeURIComponent(country)}/entries/${encodeURIComponent(id)}`,
  coordinateEntryPattern: '/coordinate/:country/entries/:id',
  /** a competition's dashboard restricted to the coordinator's country */
  coordinateDashboard: (country: string, competitionId: string) =>
    `/coordinate/${encodeURIComponent(country)}/competitions/${encodeURIComponent(competitionId)}`,
  coordinateDashboardPattern: '/coordinate/:country/competitions/:competitionId',
  /** a competition's consent and licence texts, for the coordinator who reviews their country's languages */
  coordinateTexts: (country: string, competitionId: string) =>
    `/coordinate/${encodeURIComponent(country)}/competitions/${encodeURIComponent(competitionId)}/texts`,
  coordinateTextsPattern: '/coordinate/:country/competitions/:competitionId/texts',
  me: {
    entries: '/me/entries',
    newEntry: '/me/entries/new',
    /** a new entry for one competition, chosen already ("Enter this competition") */
    newEntryFor: (competitionId: string) => `/me/entries/new?competition=${encodeURIComponent(competitionId)}`,
    entry: (id: string) => `/me/entries/${encodeURIComponent(id)}`,
    entryPattern: '/me/entries/:id',
    /** the account's devices (sessions) and password, from the account link in the header */
    security: '/me/security',
    /** the signed-in person's notifications (the header's bell) */
    notifications: '/me/notifications',
    /** which reminders and digests are emailed, and which messages are always sent */
    notificationSettings: '/me/notifications/settings',
  },
  /** the full-screen awards ceremony, outside the site's layout */
  ceremony: (competitionId: string) => `/ceremony/${encodeURIComponent(competitionId)}`,
  ceremonyPattern: '/ceremony/:competitionId',
  /** the ceremony's audience window (slides only, following the presenter's window) */
  ceremonyAudience: (competitionId: string) => `/ceremony/${encodeURIComponent(competitionId)}/audience`,
  ceremonyAudiencePattern: '/ceremony/:competitionId/audience',
  /** a message's unsubscribe link (signed in or not): the page says what stops, and stops it on a button press */
  unsubscribe: (token: string) => `/unsubscribe/${encodeURIComponent(token)}`,
  unsubscribePattern: '/unsubscribe/:token',
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
  /**
   * The central list of entries and its review queue: organisers under /admin, a coordinator under their country.
   * `view` is the list's saved view as query parameters (competitionId, country, categoryId, status, consent, video,
   * screening, language, q, sort, dir, page), so a link opens the list filtered; empty values are left out.
   */
  entries: {
    list: (country?: string, view: Record<string, string | number | undefined> = {}) => {
      const query = new URLSearchParams(Object.entries(view).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]]))).toString();
      return `${country ? `/coordinate/${encodeURIComponent(country)}` : '/admin'}/entries${query ? `?${query}` : ''}`;
    },
    /** one entry in the review queue; `search` keeps the list's query string (with its "?") for previous and next */
    review: (country: string | undefined, id: string, search = '') =>
      `${country ? `/coordinate/${encodeURIComponent(country)}` : '/admin'}/entries/${encodeURIComponent(id)}${search}`,
    adminListPattern: '/admin/entries',
    adminReviewPattern: '/admin/entries/:id',
    coordinateListPattern: '/coordinate/:country/entries',
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
