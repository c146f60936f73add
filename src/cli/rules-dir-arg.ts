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
