import { describe, expect, it } from 'vitest'
import { acceptsAny, acceptWeight, matchContentType, parseAccept, parseMediaType } from './media-types.ts'

const contents = (...types: string[]) => types.map((mediaType) => ({ mediaType }))

describe('parseMediaType', () => {
  it('lower-cases type and subtype and reads parameters', () => {
    expect(parseMediaType('Application/JSON; Charset="utf-8"')).toEqual({
      type: 'application',
      subtype: 'json',
      essence: 'application/json',
      params: { charset: 'utf-8' },
    })
  })
  it.each([[null], [''], ['json'], ['/json'], ['a b/c']])('refuses %j', (text) => {
    expect(parseMediaType(text)).toBeUndefined()
  })
})

describe('matchContentType', () => {
  it.each([
    ['application/json; charset=utf-8', ['application/json'], 'application/json'],
    ['application/vnd.api+json', ['application/*+json'], 'application/*+json'],
    [
      'application/merge-patch+json',
      ['application/json', 'application/merge-patch+json'],
      'application/merge-patch+json',
    ],
    ['image/png', ['image/*'], 'image/*'],
    ['text/csv', ['*/*'], '*/*'],
    ['application/json', ['application/*+json', 'application/json'], 'application/json'],
  ])('%s matches %j as %s', (type, declared, want) => {
    expect(matchContentType(contents(...declared), type)?.mediaType).toBe(want)
  })
  it.each([
    ['text/plain', ['application/json']],
    ['application/json', ['application/merge-patch+json']],
    ['application/xml', ['application/*+json']],
    [null, ['application/json']],
    ['garbage', ['*/*']],
  ])('%s does not match %j', (type, declared) => {
    expect(matchContentType(contents(...declared), type)).toBeUndefined()
  })
})

describe('Accept negotiation', () => {
  it('parses q-values, defaulting to 1 and ignoring malformed members', () => {
    expect(parseAccept('text/html;q=0.5, nonsense, application/json').map((r) => [r.essence, r.q])).toEqual([
      ['text/html', 0.5],
      ['application/json', 1],
    ])
  })
  it('gives a type the weight of its most specific range', () => {
    const ranges = parseAccept('*/*;q=0.1, application/*;q=0.5, application/json;q=0')
    expect(acceptWeight(ranges, parseMediaType('application/json')!)).toBe(0)
    expect(acceptWeight(ranges, parseMediaType('application/xml')!)).toBe(0.5)
    expect(acceptWeight(ranges, parseMediaType('text/plain')!)).toBe(0.1)
  })
  it.each([
    [null, ['application/json'], true],
    ['', ['application/json'], true],
    ['*/*', ['application/json'], true],
    ['application/*', ['application/problem+json'], true],
    ['text/html', ['application/json'], false],
    ['application/json;q=0', ['application/json'], false],
    ['application/json;q=0, text/csv', ['application/json', 'text/csv'], true],
    ['image/png', ['image/*'], true],
    ['application/xml', ['*/*'], true],
    ['application/*+json', ['application/vnd.zoo+json'], true],
    ['not a media type', ['application/json'], true],
  ])('Accept %j vs %j → %s', (accept, offered, want) => {
    expect(acceptsAny(accept, offered)).toBe(want)
  })
})
