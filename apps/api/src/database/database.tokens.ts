/** The resolved connection URL (external, or the embedded server's). */
export const DATABASE_URL = Symbol('DATABASE_URL');
