/** The addresses a notification links to, in one place: the web pages that manage notifications, and the one-click API. */
export const notificationPaths = {
  /** the web page listing a person's notifications, with their settings */
  list: '/me/notifications',
  /** the web page an unsubscribe link in a message opens: it says what stops and asks to confirm */
  unsubscribePage: (token: string) => `/unsubscribe/${encodeURIComponent(token)}`,
  /** the API address of List-Unsubscribe: a POST there (RFC 8058 one-click) stops the topic at once */
  oneClick: (token: string) => `/api/notifications/unsubscribe/${encodeURIComponent(token)}`,
};
