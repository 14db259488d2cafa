/**
 * Server-assigned ids of stored resources: incrementing integers, random UUIDs (`crypto.randomUUID()`)
 * or short random strings for new resources; deterministic UUIDs and strings for the seeded ones, so
 * that the same seed gives the same collection.
 *
 * @module
 */
import { hashSeed } from '../sample/index.ts'
import type { IdKind } from './resources.ts'

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/** A UUID (version 4 layout) drawn from a seed. */
export function seededUuid(seed: number): string {
  const words = [0, 1, 2, 3].map((i) => hashSeed(seed, 'uuid', i).toString(16).padStart(8, '0'))
  const hex = words.join('')
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** A short id (10 characters of `[0-9a-z]`) drawn from a seed. */
export function seededShortId(seed: number): string {
  let out = ''
  for (let i = 0; i < 10; i++) out += ALPHABET.charAt(hashSeed(seed, 'short id', i) % ALPHABET.length)
  return out
}

/** A random short id (10 characters of `[0-9a-z]`). */
export function randomShortId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10))
  return Array.from(bytes, (byte) => ALPHABET.charAt(byte % ALPHABET.length)).join('')
}

/** The id of a new resource of this kind: `next` for integers, a random UUID or short id otherwise. */
export function newId(kind: IdKind, next: number): number | string {
  if (kind === 'integer') return next
  return kind === 'uuid' ? crypto.randomUUID() : randomShortId()
}
