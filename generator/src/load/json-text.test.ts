import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError, locateInJson } from './json-text.ts'

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": 1}'],
    ['[1, -2.5e3, true, false, null, "x\\n\\u00e9"]'],
    ['  {"a": {"b": []}, "c": {}}  '],
    ['"just a string"'],
  ])('accepts %s', (text) => {
    expect(findJsonSyntaxError(text)).toBeUndefined()
    expect(() => JSON.parse(text)).not.toThrow()
  })

  it.each([
    ['trailing comma in an object', '{"a": 1,}', 8, /Trailing comma before "}"/],
    ['trailing comma in a list', '[1, 2,]', 6, /Trailing comma before "]"/],
    ['missing comma', '{"a": 1 "b": 2}', 8, /"," or "}" is expected/],
    ['single quotes', "{'a': 1}", 1, /property name in double quotes/],
    ['unterminated string', '{"a": "x', 6, /Unterminated string/],
    ['line break in a string', '{"a": "x\ny"}', 8, /control character/],
    ['bad escape', '{"a": "\\x"}', 7, /Invalid escape/],
    ['missing colon', '{"a" 1}', 5, /":" is expected/],
    ['comment', '{"a": 1 // no\n}', 8, /"," or "}" is expected/],
    ['truncated document', '{"a": [1, 2', 11, /end of input/],
    ['two values', '{} {}', 3, /after the JSON value/],
    ['empty text', '', 0, /end of input: a value is expected/],
  ])('finds %s', (_, text, offset, message) => {
    expect(() => JSON.parse(text)).toThrow()
    const problem = findJsonSyntaxError(text)
    expect(problem?.offset).toBe(offset)
    expect(problem?.message).toMatch(message)
  })

  it('does not overflow on deep nesting', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(99_999)}`
    expect(findJsonSyntaxError(deep)?.message).toMatch(/end of input/)
  })
})

describe('locateInJson', () => {
  const text = '{\n  "a": {"x/y": [10, {"k": "v"}]},\n  "b\\u0021": 2\n}'

  it('finds the key of object members and the start of array items', () => {
    expect(locateInJson(text, [])).toBe(0)
    expect(locateInJson(text, ['a'])).toBe(text.indexOf('"a"'))
    expect(locateInJson(text, ['a', 'x/y'])).toBe(text.indexOf('"x/y"'))
    expect(locateInJson(text, ['a', 'x/y', '1'])).toBe(text.indexOf('{"k"'))
    expect(locateInJson(text, ['a', 'x/y', '1', 'k'])).toBe(text.indexOf('"k"'))
    expect(locateInJson(text, ['b!'])).toBe(text.indexOf('"b\\u0021"'))
  })

  it('returns undefined for members that are not there', () => {
    expect(locateInJson(text, ['c'])).toBeUndefined()
    expect(locateInJson(text, ['a', 'x/y', '2'])).toBeUndefined()
    expect(locateInJson(text, ['a', 'x/y', '0', 'deeper'])).toBeUndefined()
    expect(locateInJson(text, ['a', 'x/y', 'first'])).toBeUndefined()
  })
})
