import 'reflect-metadata';
import { loadConfigFromEnvironment, ConfigError, type AppConfig } from '../config/config.js';
import { createLogger } from '../logging/logger.js';
import { resolveRuntime, type ResolvedRuntime } from '../runtime.js';

/** The app's config for a command-line tool; a configuration problem is printed and ends the process with `exitCode`. */
export function cliConfig(exitCode = 1): AppConfig {
  try {
    return loadConfigFromEnvironment([]);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(exitCode);
    }
    throw err;
  }
}

/** Shared start for the command-line tools: same config, same embedded services as the app. */
export async function cliRuntime(): Promise<ResolvedRuntime> {
  const config = cliConfig();
  return resolveRuntime(config, createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel));
}

export function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}
