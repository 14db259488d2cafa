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

  /** The rewriting passes alone, without the scan that skips them (what the text must come out as). */
  function rewrite(text: string): string {
    const kept: string[] = []
    const lines = text
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      .replace(/[\p{Cc}\uFEFF]/gu, (c) => (c === '\t' || c === '\n' ? c : ''))
      .replace(/\*\//g, '*\\/')
      .replace(/^([ \t]*)@/gm, '$1\\@')
      .split('\n')
      .map((line) => line.trimEnd())
    for (const line of lines) {
      if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue
      kept.push(line)
    }
    while (kept[kept.length - 1] === '') kept.pop()
    return kept.join('\n')
  }

  test('text returned unchanged by the quick scan is what the rewriting passes make of it', () => {
    const pieces = [
      'a',
      'b c',
      ' ',
      '\t',
      '\n',
      '\r',
      '*',
      '/',
      '@',
      '\u00a0',
      '\u2028',
      '\uFEFF',
      '\u0085',
      '\u0007',
      'é',
    ]
    let seed = 7
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      return seed
    }
    for (let run = 0; run < 5000; run++) {
      const length = next() % 12
      let text = ''
      for (let i = 0; i < length; i++) text += pieces[next() % pieces.length]
      expect(escapeDocText(text), JSON.stringify(text)).toBe(rewrite(text))
    }
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
