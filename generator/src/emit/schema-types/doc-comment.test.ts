import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { buildDocText } from '../../model/doc-text.ts'
import { stringLiteral } from '../code-text.ts'
import { docComment, schemaDocText } from './doc-comment.ts'
import { literalType } from './literal-type.ts'

describe('schemaDocText', () => {
  test.each<[string, { given: unknown; want: string }]>([
    ['a plain description', { given: { description: 'The zoo.' }, want: 'The zoo.' }],
    ['deprecated', { given: { description: 'Old.', deprecated: true }, want: 'Old.\n\n@deprecated' }],
    ['deprecated without description', { given: { deprecated: true }, want: '@deprecated' }],
    ['a comment end', { given: { description: 'a */ b' }, want: 'a *\\/ b' }],
    ['no description', { given: { type: 'string' }, want: '' }],
    ['not an object', { given: [{ description: 'x' }], want: '' }],
  ])('%s', (_, { given, want }) => {
    expect(schemaDocText(given)).toBe(want)
  })

  test('the fast path for one plain line agrees with buildDocText on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 24 }), (description) => {
        expect(schemaDocText({ description })).toBe(buildDocText({ description }))
      }),
      { numRuns: 5000 },
    )
  })
})

describe('docComment', () => {
  test.each<[string, { text: string; want: string }]>([
    ['one line', { text: 'The zoo.', want: '  /** The zoo. */\n' }],
    ['several lines', { text: 'a\n\nb', want: '  /**\n   * a\n   *\n   * b\n   */\n' }],
    ['nothing', { text: '', want: '' }],
    [
      'unescaped text still cannot end the comment',
      { text: 'x */ y\u2028z', want: '  /**\n   * x *\\/ y\n   * z\n   */\n' },
    ],
  ])('%s', (_, { text, want }) => {
    expect(docComment(text, '  ')).toBe(want)
  })
})

describe('literalType', () => {
  test('writes any string exactly as stringLiteral does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 24 }), (value) => {
        expect(literalType(value)?.text).toBe(stringLiteral(value))
      }),
      { numRuns: 5000 },
    )
  })
})
