import 'reflect-metadata';
import { loadConfigFromEnvironment, ConfigError } from '../config/config.js';
import { createLogger } from '../logging/logger.js';
import { resolveRuntime, type ResolvedRuntime } from '../runtime.js';

/** Shared start for the command-line tools: same config, same embedded services as the app. */
export async function cliRuntime(): Promise<ResolvedRuntime> {
  try {
    const config = loadConfigFromEnvironment([]);
    return await resolveRuntime(config, createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel));
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

export function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}
