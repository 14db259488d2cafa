import { describe, expect, it } from 'vitest'
import { getAtPointer, parsePointer, pointerOf } from './json-pointer.ts'

describe('pointerOf / parsePointer', () => {
  it.each([
    ['the whole document', [], ''],
    ['plain keys', ['components', 'schemas', 'Zoo'], '/components/schemas/Zoo'],
    ['a slash in a key', ['paths', '/zoos/{zId}', 'get'], '/paths/~1zoos~1{zId}/get'],
    ['a tilde in a key', ['a~b', '~1'], '/a~0b/~01'],
    ['an empty key', ['', 'x'], '//x'],
  ] as const)('round-trips %s', (_, segments, pointer) => {
    expect(pointerOf(segments)).toBe(pointer)
    expect(parsePointer(pointer)).toEqual(segments)
  })

  it('numbers become index segments', () => {
    expect(pointerOf(['parameters', 0])).toBe('/parameters/0')
  })

  it('reads the URI-fragment form, decoding percent-escapes before ~ escapes', () => {
    expect(parsePointer('#/paths/~1zoos%7BzId%7D/get')).toEqual(['paths', '/zoos{zId}', 'get'])
    expect(parsePointer('#')).toEqual([])
    expect(parsePointer('#/a%25b')).toEqual(['a%b'])
  })

  it.each(['a/b', '#Zoo', '/a~2b', '/a~'])('rejects %s', (text) => {
    expect(() => parsePointer(text)).toThrow(/Failed to parse JSON pointer/)
  })
})

describe('getAtPointer', () => {
  const doc = { a: [{ b: 1 }, null], 'x/y': { '~': false } }

  it('finds values, including falsy ones', () => {
    expect(getAtPointer(doc, ['a', '0', 'b'])).toEqual({ found: true, value: 1 })
    expect(getAtPointer(doc, ['a', '1'])).toEqual({ found: true, value: null })
    expect(getAtPointer(doc, parsePointer('/x~1y/~0'))).toEqual({ found: true, value: false })
    expect(getAtPointer(doc, [])).toEqual({ found: true, value: doc })
  })

  it('says how far it got when a value is missing', () => {
    expect(getAtPointer(doc, ['a', '5'])).toEqual({ found: false, depth: 1 })
    expect(getAtPointer(doc, ['a', '01'])).toEqual({ found: false, depth: 1 })
    expect(getAtPointer(doc, ['a', '0', 'b', 'c'])).toEqual({ found: false, depth: 3 })
    expect(getAtPointer(doc, ['toString'])).toEqual({ found: false, depth: 0 })
  })
})
