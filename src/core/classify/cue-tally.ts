// What find-negative-cues.ts has counted so far in one message: the terms of each negative cue
// group, the hits behind them and their clauses, and the last belief (以为) and whether it broke.
import type { Hit } from './compile-terms.js';
import type { IgnoredHit } from './find-negative-cues.js';
import type { Rules } from './rules.js';

export class CueTally {
  /** Group → the terms of it that count. */
  readonly out = new Map<number, string[]>();
  /** Group → the terms of it that counted, in order (for `closes` and `signOff`). */
  readonly groupHits = new Map<number, Hit[]>();
  /** Group not of the whole message → the clause of each of its hits. */
  scopedClauses: Map<number, number[]> | null = null;
  // The last belief term (刚以为, 还以为), and the belief groups whose belief turned out to be
  // about a fix or the service (我还以为修好了, 本以为物业会来修): the fault is real.
  private lastBelief: { group: number; clause: number; end: number } | null = null;
  private broken: Set<number> | null = null;

  constructor(
    private readonly rules: Rules,
    private readonly scopes: readonly string[],
    private readonly clauses: Int32Array,
  ) {}

  /** Whether `h` comes after the last belief term, in its clause. */
  believed(h: Hit): boolean {
    return this.lastBelief !== null && this.lastBelief.clause === this.clauses[h.start] && h.start >= this.lastBelief.end;
  }

  /** The last belief turned out to be about a fix or the service. */
  breakBelief(): void {
    this.broken ??= new Set();
    this.broken.add(this.lastBelief!.group);
  }

  isBroken(group: number): boolean {
    return this.broken?.has(group) === true;
  }

  /** Counts `h` for each negative group it belongs to. */
  add(h: Hit): void {
    const { rules, scopes, clauses } = this;
    for (const r of h.data.roles) {
      if (r.kind !== 'cue' || rules.cues[r.group]!.weight >= 0) continue;
      if (rules.cues[r.group]!.belief === true) this.lastBelief = { group: r.group, clause: clauses[h.start]!, end: h.end };
      const list = this.out.get(r.group);
      if (!list) this.out.set(r.group, [h.term]);
      else if (!list.includes(h.term)) list.push(h.term);
      const gh = this.groupHits.get(r.group);
      if (!gh) this.groupHits.set(r.group, [h]);
      else gh.push(h);
      if (scopes[r.group] !== 'message') {
        this.scopedClauses ??= new Map();
        const cs = this.scopedClauses.get(r.group);
        if (!cs) this.scopedClauses.set(r.group, [clauses[h.start]!]);
        else cs.push(clauses[h.start]!);
      }
    }
  }

  /**
   * Drops `group`, telling `ignored` why for each of its terms. A group already dropped (a clause-scoped
   * one vetoed for the fault said, then found outside its scope) stays dropped with its first reason.
   */
  drop(group: number, why: string, ignored: IgnoredHit[] | undefined): void {
    const terms = this.out.get(group);
    if (terms === undefined) return;
    if (ignored) for (const t of terms) ignored.push({ term: t, why });
    this.out.delete(group);
  }
}
