// "还是不亮", "又坏了", "没修好": words saying a problem is back or was never fixed. The words are
// data: the `again` cue group of rules/cues.yaml (the classifier reads the same group).

/** Whether `text` says the problem is back, by any of `cues`. */
export function saysBrokenAgain(text: string, cues: readonly string[]): boolean {
  return cues.some((cue) => text.includes(cue));
}
