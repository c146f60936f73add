// How hard binding codes are to steal or guess: short-lived, single-use, void once posted in a
// group, and a few wrong tries an hour per sender.

/** How long a code from `yishiting staff bind` stays valid. */
export const BINDING_CODE_MINUTES = 10;

/** Wrong codes one sender (account in this login) may try per window; then even a right code is refused. */
export const BINDING_GUESS_LIMIT = { maxFailures: 5, windowMs: 3_600_000 } as const;

export type BindingGuessLimit = { maxFailures: number; windowMs: number };
