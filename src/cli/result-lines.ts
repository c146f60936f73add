// The output lines of `yishiting classify`, written as UTF-8 bytes straight into a batch buffer.
// Built as strings, a batch was a rope of small pieces that Buffer.from had to flatten and then
// encode from two-byte characters (the terms are Chinese): ~10% of the command's time on 200k
// lines. Here the fixed parts and the rule terms (a fixed set) are encoded once and copied.
import type { Classification } from '../core/classify/types.js';

const encoder = new TextEncoder();
const bytes = (s: string): Uint8Array => encoder.encode(s);

// The spec's spacing (`{"id": "h001", "report": true, "terms": ["a", "b"]}`), keys in its order.
const ID = bytes('{"id": ');
const NOT_REPORT = bytes(', "report": false, "category": null, "urgent": false, "building": ');
const REPORT = bytes(', "report": true, "category": ');
const URGENT = bytes(', "urgent": true, "building": ');
const NOT_URGENT = bytes(', "urgent": false, "building": ');
const NULL = bytes('null');
const TERMS = bytes(', "terms": [');
const NO_TERMS = bytes(', "terms": []}\n');
const NEXT = bytes(', ');
const END = bytes(']}\n');
const ERROR = bytes(', "error": ');
const END_ERROR = bytes('}\n');

/**
 * Room for the fixed parts of a line and its numbers: reserved at its start and after each string
 * of variable length, so that only those strings need to check for room.
 */
const FIXED = 256;

export class ResultLines {
  private buf: Buffer;
  private pos = 0;
  /**
   * The JSON text of each rule term and category code as bytes. They come from the rules, a fixed
   * set, so each is encoded once per process (capped, so that it cannot grow with the input).
   */
  private readonly quoted = new Map<string, Uint8Array>();

  constructor(private readonly capacity: number) {
    this.buf = Buffer.allocUnsafe(capacity);
  }

  /** Bytes written since the last take(). */
  get size(): number {
    return this.pos;
  }

  /** The bytes written so far; the next line goes to a new buffer (the stream may still hold this one). */
  take(): Buffer {
    const out = this.buf.subarray(0, this.pos);
    this.buf = Buffer.allocUnsafe(this.capacity);
    this.pos = 0;
    return out;
  }

  /** `{"id": …, "report": …, "category": …, "urgent": …, "building": …, "terms": […]}` and a line break. */
  result(id: string | number, r: Classification): void {
    this.reserve(FIXED);
    this.put(ID);
    this.id(id);
    if (!r.report) {
      this.put(NOT_REPORT);
      this.building(r.building);
      this.put(NO_TERMS);
      return;
    }
    this.put(REPORT);
    if (r.category === null) this.put(NULL);
    else this.rule(r.category);
    this.put(r.urgent ? URGENT : NOT_URGENT);
    this.building(r.building);
    this.put(TERMS);
    for (let i = 0; i < r.terms.length; i++) {
      if (i > 0) this.put(NEXT);
      this.rule(r.terms[i]!);
    }
    this.put(END);
  }

  /** `{"id": <line number>, "error": "<why>"}` and a line break. */
  error(lineNo: number, why: string): void {
    this.reserve(FIXED);
    this.put(ID);
    this.integer(lineNo);
    this.put(ERROR);
    this.text(JSON.stringify(why));
    this.put(END_ERROR);
  }

  private id(id: string | number): void {
    if (typeof id === 'string') this.text(JSON.stringify(id));
    else if (Number.isSafeInteger(id) && id >= 0) this.integer(id);
    else this.text(String(id));
  }

  private building(building: string | null): void {
    if (building === null) this.put(NULL);
    else this.text(JSON.stringify(building));
  }

  private rule(s: string): void {
    let q = this.quoted.get(s);
    if (q === undefined) {
      q = bytes(JSON.stringify(s));
      if (this.quoted.size < 10_000) this.quoted.set(s, q);
    }
    this.reserve(q.length + FIXED);
    this.put(q);
  }

  /** Any string (already JSON text): at most 3 bytes of UTF-8 per UTF-16 code unit. */
  private text(s: string): void {
    this.reserve(3 * s.length + FIXED);
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }

  private integer(n: number): void {
    if (n >= 10) this.integer(Math.floor(n / 10));
    this.buf[this.pos++] = 48 + (n % 10);
  }

  private put(b: Uint8Array): void {
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < b.length; i++) buf[pos++] = b[i]!;
    this.pos = pos;
  }

  /** Make room for `n` more bytes (a line longer than the batch grows it). */
  private reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(2 * this.buf.length, this.pos + n));
    this.buf.copy(grown, 0, 0, this.pos);
    this.buf = grown;
  }
}
