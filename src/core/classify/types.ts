// The classifier's contract with the rest of the core.

/** Splits Chinese text into words; nodejs-jieba sits behind it in infra/. */
export interface Segmenter {
  cut(text: string): string[];
  /**
   * Traditional characters to simplified ones (電梯壞咗 → 电梯坏咗), for rules written in simplified
   * characters; returns the very string when there is nothing to convert. Absent: text as written.
   */
  toSimplified?(text: string): string;
  /**
   * True only when `cut` certainly puts a word boundary at position `at` of `text` (also when it
   * cuts just a run of it between its separators), however the text around it reads; false when
   * it may not. Absent: never certain. A classifier need not segment a message when every hit
   * whose fate depends on word boundaries is certain to survive them.
   */
  splitsAt?(text: string, at: number): boolean;
}

/** What the classifier decides about one message (the `classify` CLI prints exactly these fields). */
export interface Classification {
  report: boolean;
  /** A category code from rules (see docs/categories.md); null when not a report. */
  category: string | null;
  urgent: boolean;
  /** The place named in the text, exactly as written (`3号楼`, `A区5栋`, `东门`), or null. */
  building: string | null;
  /** The rule terms that decided the result. */
  terms: string[];
}

/** A ready classifier built from loaded rules and a segmenter. */
export interface Classifier {
  classify(text: string): Classification;
}
