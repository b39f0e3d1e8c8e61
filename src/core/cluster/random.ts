/**
 * Seeded randomness for clustering: MT19937 (Matsumoto & Nishimura, 1998) exactly as numpy's legacy
 * RandomState draws from it, so that a seed means the same k-means++ draws here as random_state
 * does in scikit-learn's KMeans. Matching scikit-learn's streams is deliberate: results (including
 * the best of nInit restarts) line up with the reference implementation people check us against.
 */
export interface Random {
  /** Uniform integer in [0, 2^32): one raw MT19937 output. */
  nextUint32(): number;
  /** Uniform float in [0, 1) with 53 random bits: numpy's random_sample (two outputs). */
  nextFloat(): number;
  /** Uniform integer in [0, n) for 1 <= n <= 2^32: numpy's legacy randint (masked rejection). */
  nextBelow(n: number): number;
}

const N = 624;
const M = 397;

/** MT19937 seeded like numpy's RandomState(seed) for an integer seed (init_genrand of seed mod 2^32). */
export function createRandom(seed: number): Random {
  const mt = new Uint32Array(N);
  mt[0] = seed >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1] as number;
    mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
  }
  let index = N;
  const twist = (): void => {
    for (let i = 0; i < N; i++) {
      const y = ((mt[i] as number) & 0x80000000) | ((mt[(i + 1) % N] as number) & 0x7fffffff);
      mt[i] = (mt[(i + M) % N] as number) ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    index = 0;
  };
  const nextUint32 = (): number => {
    if (index >= N) twist();
    let y = mt[index++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  };
  return {
    nextUint32,
    nextFloat: () => {
      const a = nextUint32() >>> 5;
      const b = nextUint32() >>> 6;
      return (a * 67108864 + b) / 9007199254740992;
    },
    nextBelow: (n: number) => {
      const max = n - 1;
      if (max <= 0) return 0;
      let mask = max;
      mask |= mask >>> 1;
      mask |= mask >>> 2;
      mask |= mask >>> 4;
      mask |= mask >>> 8;
      mask |= mask >>> 16;
      for (;;) {
        const v = (nextUint32() & mask) >>> 0;
        if (v <= max) return v;
      }
    },
  };
}

/** Candidates per greedy k-means++ step, as scikit-learn: 2 + floor(ln k). */
export function localTrials(k: number): number {
  return 2 + Math.floor(Math.log(k));
}

/**
 * The PRNG stream restart `restart` of a k-cluster fit on n points reads from: the one
 * RandomState(seed) sequence that scikit-learn's KMeans(random_state=seed) walks through, advanced
 * past the draws of restarts 0..restart-1 (each: one randint(n), then (k - 1) * localTrials(k)
 * uniforms). Skipping needs no data, only O(restart * k) draws, so any worker can start any
 * (k, restart) task alone and still get exactly the draws a sequential run would have used.
 */
export function restartRandom(seed: number, k: number, restart: number, n: number): Random {
  const rng = createRandom(seed);
  const uniforms = (k - 1) * localTrials(k);
  for (let r = 0; r < restart; r++) {
    rng.nextBelow(n);
    for (let u = 0; u < uniforms; u++) rng.nextFloat();
  }
  return rng;
}
