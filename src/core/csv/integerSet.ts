// Integers below this are marked in a bitmap of one byte each (64 KB); larger ones go in a Set.
const SMALL = 1 << 16;

/**
 * A set of integers that is only ever counted and listed: the distinct cells of a column of plain
 * integers. An age, score or income column repeats a few small values on every row, and a byte per
 * value checks them without the Set's hashing (the larger part of reading such a cell).
 */
export interface IntegerSet {
  add(value: number): void;
  readonly size: number;
  /** Every value once: the small ones ascending, then the others in the order first added. */
  values(): number[];
}

export function createIntegerSet(): IntegerSet {
  let small: Uint8Array | null = null;
  let smallCount = 0;
  let smallTop = -1; // the largest small value added: listing stops there
  const large = new Set<number>();
  return {
    add(value) {
      if (value >= 0 && value < SMALL && Number.isInteger(value)) {
        small ??= new Uint8Array(SMALL);
        if (small[value] === 0) {
          small[value] = 1;
          smallCount++;
          if (value > smallTop) smallTop = value;
        }
      } else large.add(value);
    },
    get size() {
      return smallCount + large.size;
    },
    values() {
      const listed: number[] = [];
      if (small !== null) for (let v = 0; v <= smallTop; v++) if (small[v] === 1) listed.push(v);
      return [...listed, ...large];
    },
  };
}
