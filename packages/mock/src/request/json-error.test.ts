import { describe, expect, it } from 'vitest'
import { describeJsonError, locateJsonError } from './json-error.ts'

describe('locateJsonError', () => {
  it.each([
    ['{"a":}', 5, 'unexpected "}", expected a value'],
    ['{"a":1', 6, 'unexpected end of input, expected "," or "}"'],
    ['', 0, 'unexpected end of input, expected a value'],
    ['{"a" 1}', 5, 'unexpected "1", expected ":" after the property name'],
    ['[1,2,]', 5, 'unexpected "]", expected a value'],
    ['{"a":1,}', 7, 'unexpected "}", expected a property name in double quotes'],
    ['{"a":1}x', 7, 'unexpected "x" after the JSON value'],
    ['nul', 0, 'unexpected "n", expected a value'],
    ['"abc', 4, 'unterminated string'],
    ['"a\u0001"', 2, 'control character in string (escape it)'],
    ['"\\x"', 1, 'invalid escape sequence'],
    ['"\\u12G4"', 1, 'invalid \\u escape'],
    ['01', 0, 'invalid number'],
    ['-', 0, 'invalid number'],
    ['1.', 0, 'invalid number'],
    ["{'a':1}", 1, `unexpected "'", expected a property name in double quotes`],
  ])('%j fails at %i: %s', (text, offset, reason) => {
    expect(locateJsonError(text)).toMatchObject({ offset, reason })
  })

  it.each([['{}'], ['[]'], [' {"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9"]} '], ['"s"'], ['0']])(
    'accepts %j',
    (text) => {
      expect(locateJsonError(text)).toBeUndefined()
    },
  )

  it('counts lines and columns', () => {
    const error = locateJsonError('{\n  "a": 1,\n  "b": }\n}')
    expect(error).toMatchObject({ line: 3, column: 8 })
    expect(describeJsonError(error!)).toBe(
      'malformed JSON at line 3, column 8 (offset 19): unexpected "}", expected a value',
    )
  })

  it('scans deeply nested input without recursion', () => {
    expect(locateJsonError(`${'['.repeat(100_000)}${']'.repeat(99_999)}`)).toMatchObject({ offset: 199_999 })
  })
})
