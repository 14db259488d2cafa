import { describe, expect, it } from 'vitest'
import {
  formatEntityTag,
  parseTagCondition,
  representationTag,
  resourceTag,
  strongMatch,
  weakMatch,
} from './entity-tag.ts'

describe('parseTagCondition', () => {
  it('reads *, lists of strong and weak tags (commas inside a tag, empty elements, tabs), and absence', () => {
    expect(parseTagCondition(null)).toBeUndefined()
    expect(parseTagCondition(' * ')).toEqual({ kind: 'any' })
    expect(parseTagCondition('"a,b", ,\tW/"c" ,')).toEqual({
      kind: 'tags',
      tags: [
        { weak: false, opaque: 'a,b' },
        { weak: true, opaque: 'c' },
      ],
    })
    expect(parseTagCondition('""')).toEqual({ kind: 'tags', tags: [{ weak: false, opaque: '' }] })
  })

  it('calls anything else malformed: unquoted, unterminated, * in a list, a space or a lower-case w/', () => {
    for (const value of ['abc', '"abc', '*, "a"', '"a b"', 'w/"a"', '"a" "b"', '', ' , '])
      expect(parseTagCondition(value)).toEqual({ kind: 'malformed', value })
  })
})

describe('comparison (RFC 9110 §8.8.3.2)', () => {
  const strong = { weak: false, opaque: '1' }
  const weak = { weak: true, opaque: '1' }
  it('strong: both strong and equal; weak: equal opaque text', () => {
    expect(strongMatch(strong, strong)).toBe(true)
    expect(strongMatch(strong, weak)).toBe(false)
    expect(strongMatch(weak, weak)).toBe(false)
    expect(weakMatch(weak, strong)).toBe(true)
    expect(weakMatch(weak, { weak: true, opaque: '2' })).toBe(false)
  })
})

describe('tags', () => {
  it('hash the media type and the bytes: equal input, equal tag; any change, another one', () => {
    const tag = representationTag('application/json', '{"id":1}')
    expect(tag).toMatch(/^[0-9a-f]{16}$/)
    expect(representationTag('application/json', new TextEncoder().encode('{"id":1}'))).toMatch(
      /^[0-9a-f]{16}$/,
    )
    expect(representationTag('application/json', '{"id":1}')).toBe(tag)
    expect(representationTag('application/json', '{"id":2}')).not.toBe(tag)
    expect(representationTag('text/plain', '{"id":1}')).not.toBe(tag)
    expect(representationTag('a', 'bc')).not.toBe(representationTag('ab', 'c'))
    expect(resourceTag({ id: 1, name: 'a' })).toBe(resourceTag({ id: 1, name: 'a' }))
    expect(resourceTag({ id: 1, name: 'a' })).not.toBe(resourceTag({ id: 1, name: 'b' }))
    expect(formatEntityTag({ weak: true, opaque: tag })).toBe(`W/"${tag}"`)
  })
})
