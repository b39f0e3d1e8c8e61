/** `rows` Mall-like customers in five blobs (deterministic LCG, so every run draws the same picture). */
export function blobCustomersCsv(rows: number): string {
  let seed = 12345;
  const rand = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const centres = [
    [25, 20],
    [25, 80],
    [55, 50],
    [88, 18],
    [88, 82],
  ];
  const lines = ['CustomerID,Age,Annual Income (k$),Spending Score (1-100)'];
  for (let i = 0; i < rows; i++) {
    const [cx, cy] = centres[i % centres.length] as number[];
    const income = Math.round(((cx as number) + gauss() * 8) * 10) / 10;
    const score = Math.round(((cy as number) + gauss() * 8) * 10) / 10;
    lines.push(`C${String(i + 1).padStart(5, '0')},${18 + Math.floor(rand() * 50)},${income},${score}`);
  }
  return lines.join('\n');
}
