import ts from 'typescript'
import { describe, expect, test } from 'vitest'
import { buildDocText, type DocSource, escapeDocText } from './doc-text.ts'

/** Embeds doc text in a TSDoc block the way emitters do, and parses the result as TypeScript. */
function parseDocumented(doc: string): ts.SourceFile {
  const block = ['/**', ...doc.split('\n').map((line) => ` * ${line}`), ' */', 'export const x = 1', ''].join(
    '\n',
  )
  return ts.createSourceFile('doc.ts', block, ts.ScriptTarget.ES2022, true)
}

describe('escapeDocText', () => {
  const cases: [string, { given: string; want: string }][] = [
    ['comment terminator', { given: 'a */ console.log(1) /* b', want: 'a *\\/ console.log(1) /* b' }],
    ['repeated stars', { given: '**/', want: '**\\/' }],
    ['script tag kept', { given: '</script><script>x</script>', want: '</script><script>x</script>' }],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax in plain strings is the hostile input under test.
    ['backticks and ${ kept', { given: '`${process.exit(1)}`', want: '`${process.exit(1)}`' }],
    ['CRLF and CR', { given: 'a\r\nb\rc', want: 'a\nb\nc' }],
    ['U+2028 and U+2029', { given: 'a\u2028b\u2029c', want: 'a\nb\nc' }],
    ['control characters and BOM dropped', { given: '\uFEFFa\u0000b\u0007c\u001Bd\u0085e', want: 'abcde' }],
    ['tabs kept', { given: 'a\tb', want: 'a\tb' }],
    [
      'leading @ escaped',
      {
        given: '@param x\n  @returns y\nmail me@example.com',
        want: '\\@param x\n  \\@returns y\nmail me@example.com',
      },
    ],
    ['blank lines collapsed, trailing spaces trimmed', { given: '\n\na  \n\n\n\nb\n\n', want: 'a\n\nb' }],
    ['empty', { given: '', want: '' }],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    expect(escapeDocText(given)).toBe(want)
  })

  const hostile = [
    '*/ console.log(1) /*',
    '*/\nexport const y = 2\n/*',
    'a\u2028*/ b',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax in plain strings is the hostile input under test.
    '`${x}` */ `',
    '</script>*/',
    '*\r/',
    '*\u0000/',
  ]
  test.each(hostile)('the comment survives %j', (text) => {
    const file = parseDocumented(escapeDocText(text))
    expect(file.statements).toHaveLength(1)
    const statement = file.statements[0]
    expect(statement && ts.getJSDocCommentsAndTags(statement)).toHaveLength(1)
    expect(statement !== undefined && ts.isVariableStatement(statement)).toBe(true)
    expect(file.getFullText().split('*/')).toHaveLength(2)
  })
})

describe('buildDocText', () => {
  const cases: [string, { given: DocSource; want: string }][] = [
    [
      'summary and description',
      { given: { summary: 'Get a zoo', description: 'By id.' }, want: 'Get a zoo\n\nBy id.' },
    ],
    ['description repeating the summary', { given: { summary: 'Same', description: 'Same' }, want: 'Same' }],
    ['deprecated', { given: { summary: 'Old', deprecated: true }, want: 'Old\n\n@deprecated' }],
    ['deprecated without text', { given: { deprecated: true }, want: '@deprecated' }],
    ['deprecated false', { given: { summary: 'New', deprecated: false }, want: 'New' }],
    ['non-string fields ignored', { given: { summary: 42, description: { a: 1 } }, want: '' }],
    ['escaped', { given: { description: 'x */ y' }, want: 'x *\\/ y' }],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    expect(buildDocText(given)).toBe(want)
  })
})
