// A list of integers kept between calls of a hot function. Emptying a JS array (`length = 0`)
// drops its storage, so the next push allocates again: in the scorer and the prefilter that made
// most of the classifier's garbage. Clearing this list only resets its size.

export class IntList {
  items: Int32Array;
  size = 0;

  constructor(capacity = 16) {
    this.items = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.size === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.size++] = value;
  }

  includes(value: number): boolean {
    for (let i = 0; i < this.size; i++) if (this.items[i] === value) return true;
    return false;
  }

  clear(): void {
    this.size = 0;
  }
}
