import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

// The five Mall_Customers segments (income k$, spending score): mean, spread and share.
const SEGMENTS = [
  { share: 0.405, income: [55, 9], score: [50, 6] },
  { share: 0.195, income: [87, 16], score: [82, 9] },
  { share: 0.175, income: [88, 16], score: [17, 10] },
  { share: 0.115, income: [26, 7], score: [21, 13] },
  { share: 0.11, income: [26, 7], score: [79, 10] },
] as const;

/** mulberry32: a small seeded generator, so every run benchmarks the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The numeric columns a wide file adds after Mall's five (see {@link writeMallCsv}). */
export const EXTRA_COLUMNS = ['Tenure (months)', 'Visits per month', 'Average basket ($)'] as const;

/**
 * Writes a seeded CSV shaped like Mall_Customers.csv (CustomerID, Genre, Age, Annual Income (k$),
 * Spending Score (1-100); integers, LF line ends), about 25 bytes a row; `wide` adds the
 * {@link EXTRA_COLUMNS} (integers, a decimal for the basket) that depend on the segment, so Age,
 * income, score and these make six features. Returns the byte size.
 */
export async function writeMallCsv(path: string, rows: number, seed = 42, wide = false): Promise<number> {
  const next = random(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text: string): Promise<void> => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  const extraHeader = wide ? `,${EXTRA_COLUMNS.join(',')}` : '';
  await write(`CustomerID,Genre,Age,Annual Income (k$),Spending Score (1-100)${extraHeader}\n`);
  let batch: string[] = [];
  for (let i = 0; i < rows; i++) {
    let u = next();
    let s = 0;
    while (s < SEGMENTS.length - 1 && u > SEGMENTS[s]!.share) u -= SEGMENTS[s++]!.share;
    const seg = SEGMENTS[s]!;
    const income = Math.max(10, Math.round(seg.income[0] + seg.income[1] * gauss()));
    const score = Math.min(100, Math.max(1, Math.round(seg.score[0] + seg.score[1] * gauss())));
    const age = Math.min(70, Math.max(18, Math.round(38 + 12 * gauss())));
    let extra = '';
    if (wide) {
      const tenure = Math.max(1, Math.round(12 + 6 * s + 8 * gauss()));
      const visits = Math.max(0, Math.round(2 + score / 20 + 1.5 * gauss()));
      const basket = Math.max(1, 10 + income / 3 + 8 * gauss()).toFixed(2);
      extra = `,${tenure},${visits},${basket}`;
    }
    batch.push(`${i + 1},${next() < 0.56 ? 'Female' : 'Male'},${age},${income},${score}${extra}\n`);
    if (batch.length === 10_000) {
      await write(batch.join(''));
      batch = [];
    }
  }
  await write(batch.join(''));
  out.end();
  await once(out, 'finish');
  return bytes;
}
