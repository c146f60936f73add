// Reads the bot's YAML config with the safe loader (no custom tags), validated by the zod schema.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { configSchema, type Config } from '../config.js';
import { loadYamlFile } from './rules/load-yaml.js';

/** Throws RulesError naming file, line and field when the file is missing or invalid. */
export function loadConfigFile(path: string): Config {
  return loadYamlFile(path, configSchema);
}

export const DEFAULT_CONFIG_FILE = 'yishiting.config.yaml';

/** The config file a command reads: --config, else $YISHITING_CONFIG, else ./yishiting.config.yaml (absolute). */
export function configFilePath(explicit: string | undefined, fromEnv: string | undefined): string {
  return resolve(explicit ?? fromEnv ?? DEFAULT_CONFIG_FILE);
}

/** Like configFilePath, for commands that can run without a config: the default file only when it exists. */
export function optionalConfigFile(explicit: string | undefined, fromEnv: string | undefined): string | undefined {
  const path = configFilePath(explicit, fromEnv);
  return explicit !== undefined || fromEnv !== undefined || existsSync(path) ? path : undefined;
}
