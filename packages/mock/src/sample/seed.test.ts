import { describe, expect, it } from 'vitest'
import { hashSeed } from './seed.ts'

describe('hashSeed', () => {
  it('is a stable unsigned 32-bit value', () => {
    const seed = hashSeed(42, 'getZoo', 200)
    expect(seed).toBe(hashSeed(42, 'getZoo', 200))
    expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true)
  })

  it('changes with the base seed, each part, and the parts boundaries', () => {
    const seeds = new Set([
      hashSeed(42, 'getZoo', 200),
      hashSeed(43, 'getZoo', 200),
      hashSeed(42, 'getZoo', 404),
      hashSeed(42, 'getZoos', 200),
      hashSeed(42, 'getZoo200'),
      hashSeed(42, 'getZoo', '200'),
      hashSeed(42),
    ])
    expect(seeds.size).toBe(7)
  })
})
