/**
 * The first line seen for each 53-bit row hash, in flat typed arrays with open addressing: a
 * million-row file's duplicate check then costs a few megabytes and no per-row objects, where a
 * Map of a million number keys costs tens of megabytes and most of the parse time.
 */
export class LineByHash {
  private keys: Float64Array;
  private lines: Int32Array; // 0 = empty slot (file lines start at 1)
  private count = 0;

  /** Room for `expected` hashes before the table grows (each growth rehashes every entry). */
  constructor(expected = 0) {
    let slots = 1 << 16;
    while (slots < expected * 2 + 2) slots *= 2;
    this.keys = new Float64Array(slots);
    this.lines = new Int32Array(slots);
  }

  get size(): number {
    return this.count;
  }

  /** The line first stored for `hash`, or undefined after storing `line` for it. `line` must be >= 1. */
  firstOrAdd(hash: number, line: number): number | undefined {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    // The low 21 bits of the hash are the second hash's bits; mixing in the first's spreads the slots.
    let slot = ((hash % 0x200000) ^ Math.floor(hash / 0x200000)) & mask;
    for (;;) {
      const stored = this.lines[slot] as number;
      if (stored === 0) {
        this.keys[slot] = hash;
        this.lines[slot] = line;
        this.count++;
        return undefined;
      }
      if (this.keys[slot] === hash) return stored;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { keys, lines } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.lines = new Int32Array(lines.length * 2);
    this.count = 0;
    lines.forEach((line, slot) => {
      if (line !== 0) this.firstOrAdd(keys[slot] as number, line);
    });
  }
}
