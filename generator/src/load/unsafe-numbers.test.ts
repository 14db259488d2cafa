import { describe, expect, test } from 'vitest'
import { mayHoldNonFiniteNumbers, mayHoldUnsafeIntegers } from './unsafe-numbers.ts'

/** [text, json?, unsafe integer possible, non-finite number possible] */
const cases: [string, boolean, boolean, boolean][] = [
  ['{"a": 12345678901234567}', true, true, false],
  ['{"a":[1,-12345678901234567]}', true, true, false],
  ['{"s": "a", "b": 12345678901234567}', true, true, false],
  ['{"s": "a \\\\", "b": 12345678901234567}', true, true, false],
  ['{"s": "e3401541283143094c"}', true, false, false],
  ['{"s": "x 12345678901234567"}', true, false, false],
  ['{"s": "x \\" 12345678901234567"}', true, false, false],
  ['{"a": 1e400}', true, false, true],
  ['{"a": -2.5E+999}', true, false, true],
  ['{"s": "id 550e8400-e29b"}', true, false, false],
  ['{"s": "13f1e99741e3e004"}', true, false, false],
  ['a: 1234567890123456789', false, true, false],
  ['- 1234567890123456789', false, true, false],
  ['x: [1, 1234567890123456789]', false, true, false],
  ['x: "1234567890123456789"', false, false, false],
  ['1234567890123456', false, true, false],
  ['a: 1e400', false, false, true],
  ['a: .inf', false, false, true],
  ['a: -.NaN', false, false, true],
  ['sha: e3401541283143094c1e999', false, false, false],
]

describe('pre-checks before walking a value for numbers', () => {
  test.each(cases)('%s (json: %s)', (text, json, unsafe, nonFinite) => {
    expect(mayHoldUnsafeIntegers(text, { json })).toBe(unsafe)
    expect(mayHoldNonFiniteNumbers(text, { json })).toBe(nonFinite)
  })

  test('a match inside a string on a very long line (minified JSON) still counts', () => {
    const text = `{"pad": "${'x'.repeat(20_000)}", "s": "x 12345678901234567"}`
    expect(mayHoldUnsafeIntegers(text, { json: true })).toBe(true)
  })
})
