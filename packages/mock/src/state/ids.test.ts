import { describe, expect, it } from 'vitest'
import { newId, randomShortId, seededShortId, seededUuid } from './ids.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('ids', () => {
  it('draws seeded UUIDs and short ids deterministically', () => {
    expect(seededUuid(7)).toMatch(UUID)
    expect(seededUuid(7)).toBe(seededUuid(7))
    expect(seededUuid(8)).not.toBe(seededUuid(7))
    expect(seededShortId(7)).toMatch(/^[0-9a-z]{10}$/)
    expect(seededShortId(7)).toBe(seededShortId(7))
  })
  it('makes new ids of each kind', () => {
    expect(newId('integer', 42)).toBe(42)
    expect(newId('uuid', 1)).toMatch(UUID)
    expect(newId('string', 1)).toMatch(/^[0-9a-z]{10}$/)
    expect(new Set(Array.from({ length: 100 }, () => randomShortId())).size).toBe(100)
  })
})
