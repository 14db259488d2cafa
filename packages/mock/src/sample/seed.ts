/**
 * Seeds: every sample is drawn from a faker instance reseeded per call, so the same seed and schema
 * give the same value whatever was sampled before. Derived seeds name what they are for.
 *
 * @module
 */

/**
 * Derives a 32-bit seed from a base seed and any number of parts (FNV-1a over their text).
 *
 * @example
 * hashSeed(42, 'getZoo', 200) // the seed of getZoo's 200 body under mock seed 42
 */
export function hashSeed(base: number, ...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5 ^ (base >>> 0)
  hash = Math.imul(hash, 0x01000193)
  for (const part of parts) {
    const text = `${typeof part}:${part}\u0000`
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193)
    }
  }
  return hash >>> 0
}
