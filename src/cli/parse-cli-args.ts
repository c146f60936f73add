// Shared argument handling of the sub-commands: node:util parseArgs, --help, and one Chinese
// sentence plus the usage for anything it does not understand.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** The parsed arguments, or the exit code when help was printed (0) or the arguments are wrong (2). */
export function parseCliArgs<O extends Options>(argv: string[], options: O, help: string, allowPositionals = false): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`参数有误：${describe(err as NodeJS.ErrnoException)}\n\n${help}`);
    return 2;
  }
  if (!allowPositionals && parsed.positionals.length > 0) {
    process.stderr.write(`参数有误：多余的参数「${parsed.positionals.join(' ')}」。\n\n${help}`);
    return 2;
  }
  if ((parsed.values as Record<string, unknown>).help) {
    process.stdout.write(help);
    return 0;
  }
  return parsed;
}

export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

function describe(err: NodeJS.ErrnoException): string {
  const option = /'(-[^']*)'/.exec(err.message)?.[1] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `不认识的选项 ${option}。`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `选项 ${option.split(/[ ,]/)[0]} 后面要跟一个值（或者它不接受值）。`;
    default:
      return err.message;
  }
}
