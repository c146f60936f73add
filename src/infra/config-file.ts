// Reads the bot's YAML config with the safe loader (no custom tags), validated by the zod schema.
import { configSchema, type Config } from '../config.js';
import { loadYamlFile, parseYamlText } from './rules/load-yaml.js';

/** Throws RulesError naming file, line and field when the file is missing or invalid. */
export function loadConfigFile(path: string): Config {
  return loadYamlFile(path, configSchema);
}

export function parseConfigText(text: string, file: string): Config {
  return parseYamlText(text, file, configSchema);
}
