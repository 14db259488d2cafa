import { describe, expect, it } from 'vitest'
import { MAX_NESTING, nestingDepth, tooDeep } from './nesting.ts'

describe('nestingDepth', () => {
  it('counts levels of arrays and objects, scalars and bytes as none', () => {
    expect(nestingDepth(1)).toBe(0)
    expect(nestingDepth(null)).toBe(0)
    expect(nestingDepth(new Uint8Array(3))).toBe(0)
    expect(nestingDepth([])).toBe(1)
    expect(nestingDepth({ a: [1, { b: [] }], c: 'x' })).toBe(4)
  })

  it('stops counting past the limit, without recursion, whatever the depth', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)
    expect(nestingDepth(deep)).toBe(MAX_NESTING + 1)
    expect(nestingDepth(deep, 10)).toBe(11)
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(nestingDepth(cyclic, 50)).toBe(51)
    expect(tooDeep(deep)).toContain(`more than ${MAX_NESTING} levels`)
    expect(tooDeep([[]])).toBeUndefined()
  })
})
