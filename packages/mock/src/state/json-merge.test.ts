import { describe, expect, it } from 'vitest'
import { cleanRecord, mergePatch, omitKeys } from './json-merge.ts'

describe('mergePatch (RFC 7396 appendix A)', () => {
  it.each([
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [
      ['a', 'b'],
      ['c', 'd'],
      ['c', 'd'],
    ],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ])('%j + %j = %j', (target, patch, want) => {
    expect(mergePatch(target, patch)).toEqual(want)
  })

  it('never follows __proto__, constructor or prototype', () => {
    const patch = JSON.parse(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"a":1}',
    )
    const out = mergePatch({}, patch) as Record<string, unknown>
    expect(out).toEqual({ a: 1 })
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('does not change its inputs', () => {
    const target = { a: { b: 1 } }
    mergePatch(target, { a: { b: 2 } })
    expect(target).toEqual({ a: { b: 1 } })
  })
})

describe('cleanRecord and omitKeys', () => {
  it('copies records deeply and turns non-records into {}', () => {
    const source = { a: { b: [1, { c: 2 }] } }
    const copy = cleanRecord(source)
    expect(copy).toEqual(source)
    expect(copy.a).not.toBe(source.a)
    expect(cleanRecord([1])).toEqual({})
    expect(cleanRecord(null)).toEqual({})
  })
  it('omits keys', () => {
    expect(omitKeys({ id: 1, name: 'x', createdAt: 'y' }, new Set(['id', 'createdAt']))).toEqual({
      name: 'x',
    })
  })
})
