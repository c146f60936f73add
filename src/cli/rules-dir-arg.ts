// The `--rules DIR` option shared by classify and rules explain (default ./rules, else the bundled rules).
import { resolveRulesDir } from '../infra/resolve-rules-dir.js';

export function parseRulesDirArg(argv: string[], command: string): { dir: string; rest: string[] } | { error: string } {
  let dir = 'rules';
  let explicit = false;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--rules') {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) return { error: `${command}：--rules 后面要跟规则目录，例如 --rules ./rules。` };
      dir = v;
      explicit = true;
      i++;
    } else if (a.startsWith('--rules=')) {
      dir = a.slice('--rules='.length);
      explicit = true;
    } else if (a.startsWith('--')) {
      return { error: `${command}：不认识的选项「${a}」，用 --help 查看用法。` };
    } else {
      rest.push(a);
    }
  }
  return { dir: resolveRulesDir(dir, explicit), rest };
}

/** The rules directory of a command that takes no other arguments, or null after saying what is wrong. */
export function onlyRulesDirArg(argv: string[], command: string): string | null {
  const parsed = parseRulesDirArg(argv, command);
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n`);
    return null;
  }
  if (parsed.rest.length > 0) {
    process.stderr.write(`${command}：多余的参数「${parsed.rest.join(' ')}」，用 --help 查看用法。\n`);
    return null;
  }
  return parsed.dir;
}
