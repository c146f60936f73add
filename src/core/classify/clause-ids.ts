// Clauses: a message is split at the clause-break characters of the rules (，。！？ spaces …);
// cues, pairs and hazards are judged within a clause or a window of clauses. A run of breaks
// (！！！, 。。。, "， ") is one break: 挖破了！！呲呲往外冒 is two clauses, not four.

/** Returns, for each character of a text, the number of its clause (entry `length` is the last). */
export type ClauseSplitter = (text: string) => Int32Array;

/** A splitter for these break characters. The returned array is reused by the next call. */
export function createClauseSplitter(breaks: readonly string[]): ClauseSplitter {
  const isBreak = new Uint8Array(0x10000);
  for (const b of breaks) for (let i = 0; i < b.length; i++) isBreak[b.charCodeAt(i)] = 1;
  let ids = new Int32Array(256);
  return (text) => {
    const n = text.length + 1;
    if (ids.length < n) ids = new Int32Array(1 << Math.ceil(Math.log2(n + 1)));
    let id = 0;
    let inBreak = false;
    for (let i = 0; i < text.length; i++) {
      const isB = isBreak[text.charCodeAt(i)] === 1;
      if (isB && !inBreak) id++;
      inBreak = isB;
      ids[i] = id;
    }
    ids[text.length] = id;
    return ids;
  };
}

/** Whether `text` holds nothing but spaces, punctuation and symbols (emoji; @mentions are blanked to spaces): nothing said. */
export function onlyMarks(text: string): boolean {
  return ONLY_MARKS.test(text);
}

const ONLY_MARKS = /^[\s\p{P}\p{S}]*$/u;

/** Where the clause holding position `at` ends (the first position of the next clause, or the text's end). */
export function clauseEnd(clauses: Int32Array, at: number, length: number): number {
  const id = clauses[at]!;
  let end = at;
  while (end < length && clauses[end] === id) end++;
  return end;
}

/** The text of the clause of position `at` before it (the clause's start up to `at`). */
export function clauseBefore(text: string, clauses: Int32Array, at: number): string {
  let from = at;
  while (from > 0 && clauses[from - 1] === clauses[at]) from--;
  return text.slice(from, at);
}
