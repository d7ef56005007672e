// The interface catalogs as modules, made by vite.config.ts (catalogs()): see lib/i18n.ts.
declare module 'virtual:catalogs' {
  type Catalog = { [key: string]: string | Catalog };
  /** The English namespaces in the main bundle: what the shell and the first pages read. */
  export const FIRST_PAGE_NAMESPACES: string[];
  /** Each locale's parts loaded on demand (English: rest, refusals; any other: all), by namespace. */
  export const loaders: Record<string, Record<string, () => Promise<{ default: Record<string, Catalog> }>>>;
}

declare module 'virtual:catalogs/*' {
  type Catalog = { [key: string]: string | Catalog };
  /** One part of a locale's catalogs, by namespace. */
  const catalogs: Record<string, Catalog>;
  export default catalogs;
}
