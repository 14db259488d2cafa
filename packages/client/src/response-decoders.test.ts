import { describe, expect, it } from 'vitest'
import { arrayHeader, blobUnlessText, booleanHeader } from './response-decoders.ts'

describe('blobUnlessText', () => {
  it.each([
    ['image/png', 'blob'],
    ['application/octet-stream', 'blob'],
    ['application/pdf', 'blob'],
    ['multipart/form-data; boundary=x', 'blob'],
    ['application/json', undefined],
    ['application/vnd.zoo+json; charset=utf-8', undefined],
    ['text/csv', undefined],
    ['application/xml', undefined],
    ['application/javascript', undefined],
    ['application/yaml', undefined],
    ['application/x-www-form-urlencoded', undefined],
    ['', undefined],
  ])('%s → %s', (contentType, want) => {
    expect(blobUnlessText(contentType)).toBe(want)
  })
})

describe('header decoders', () => {
  it('decodes booleans case-insensitively, anything but "true" being false', () => {
    expect(['true', 'TRUE', 'True', 'false', '1', ''].map(booleanHeader)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ])
  })

  it('splits arrays on commas and trims the items', () => {
    expect(arrayHeader('a, b ,c')).toEqual(['a', 'b', 'c'])
    expect(arrayHeader('one')).toEqual(['one'])
  })
})
