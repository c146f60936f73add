// The one error type for broken rule/config YAML: it names the file, the line, the field and
// what to fix, in one Chinese sentence a community volunteer can act on.

export class RulesError extends Error {
  override readonly name = 'RulesError';

  constructor(
    /** The file as given (path shown to the user). */
    readonly file: string,
    /** 1-based line, or null when the problem is not tied to a line (missing file, empty dir). */
    readonly line: number | null,
    /** Dotted field path (`terms.3.weight`), or null. */
    readonly field: string | null,
    /** What is wrong and what to do, in Chinese. */
    readonly problem: string,
  ) {
    super(formatRulesError(file, line, field, problem));
  }
}

function formatRulesError(file: string, line: number | null, field: string | null, problem: string): string {
  const where = [file, line !== null ? `第 ${line} 行` : null, field ? `字段「${field}」` : null]
    .filter((s): s is string => s !== null)
    .join('，');
  return `${where}：${problem}`.replace(/\s*\n\s*/g, ' ');
}
