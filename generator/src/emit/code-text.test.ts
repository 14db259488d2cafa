import { describe, expect, test } from 'vitest'
import { commentText, constType, literal, propertyName, stringLiteral } from './code-text.ts'

describe('code text', () => {
  test.each([
    ['plain', 'zoo', "'zoo'"],
    ['single quote', "it's", "'it\\'s'"],
    ['double quote kept bare', 'say "hi"', `'say "hi"'`],
    ['backslash before a quote', '\\"', `'\\\\"'`],
    ['control characters', 'a\nb\t\u0000', "'a\\nb\\t\\u0000'"],
    ['line separators', 'a\u2028b\u2029', "'a\\u2028b\\u2029'"],
    ['template syntax is inert', `$${'{x}'}\``, `'$${'{x}'}\`'`],
  ])('stringLiteral: %s', (_, given, want) => {
    expect(stringLiteral(given)).toBe(want)
    expect(new Function(`return ${want}`)()).toBe(given)
  })

  test.each([
    ['zId', 'zId'],
    ['$ref', '$ref'],
    ['_x1', '_x1'],
    ['default', 'default'],
    ['200', '200'],
    ['0200', "'0200'"],
    ['x-rate-limit', "'x-rate-limit'"],
    ['+1', "'+1'"],
    ['page[size]', "'page[size]'"],
    ['', "''"],
    ['über', "'über'"],
  ])('propertyName(%j)', (given, want) => {
    expect(propertyName(given)).toBe(want)
  })

  test('literal writes JSON data on one line and refuses anything else', () => {
    expect(literal({ a: 'x', 'b-c': [1, true, null], d: undefined, e: {} })).toBe(
      "{ a: 'x', 'b-c': [1, true, null], e: {} }",
    )
    expect(literal(JSON.parse('{"__proto__": 1}'))).toBe("{ ['__proto__']: 1 }")
    expect(() => literal(Number.NaN)).toThrow('[statusline] Failed to write a literal: NaN is not JSON data')
    expect(() => literal(new Date(0))).toThrow('is not JSON data')
  })

  test('commentText cannot end a comment or start a line outside it', () => {
    expect(commentText('a */ b\r\nc\rd\u2028e')).toBe('a *\\/ b\nc\nd\ne')
    expect(commentText('already *\\/ escaped')).toBe('already *\\/ escaped')
  })

  test('constType is the type `as const` gives the literal', () => {
    expect(constType(['https://a.example', 2])).toBe("readonly ['https://a.example', 2]")
    expect(constType([])).toBe('readonly []')
    expect(constType({})).toBe('{}')
    const own = JSON.parse('{"__proto__": true}') as Record<string, unknown>
    expect(constType({ bearer: { type: 'http', scopes: [] }, 'x-key': null, gone: undefined, ...own })).toBe(
      "{ readonly bearer: { readonly type: 'http'; readonly scopes: readonly [] }; readonly 'x-key': null; readonly __proto__: true }",
    )
  })
})
