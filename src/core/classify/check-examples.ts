// A community's own examples (rules/examples.yaml): a message and what it must be. `rules check`
// and the test suite run them; a failure says what came out instead.
import type { Classification } from './types.js';

export interface RuleExample {
  text: string;
  /** Must it be a new report? */
  report: boolean;
  /** When given (reports only): the category code it must get. */
  category?: string | undefined;
  /** When given: whether it must be urgent. */
  urgent?: boolean | undefined;
}

export interface ExampleFailure {
  example: RuleExample;
  got: Classification;
  /** What differs (Chinese). */
  problem: string;
}

/** The examples whose classification differs from what they must be. */
export function checkExamples(
  examples: readonly RuleExample[],
  classify: (text: string) => Classification,
  names: ReadonlyMap<string, string> = new Map(),
): ExampleFailure[] {
  const name = (code: string | null) => (code === null ? '无' : names.has(code) ? `${names.get(code)}（${code}）` : code);
  const failures: ExampleFailure[] = [];
  for (const example of examples) {
    const got = classify(example.text);
    let problem: string | null = null;
    if (got.report !== example.report)
      problem = example.report ? '应当是诉求，却判成了“不是诉求”' : `不应当是诉求，却判成了「${name(got.category)}」诉求`;
    else if (example.report && example.category !== undefined && got.category !== example.category)
      problem = `类别应为「${name(example.category)}」，实际是「${name(got.category)}」`;
    else if (example.urgent !== undefined && got.urgent !== example.urgent)
      problem = example.urgent ? '应当是紧急，却没判成紧急' : '不应当是紧急，却判成了紧急';
    if (problem !== null) failures.push({ example, got, problem });
  }
  return failures;
}
