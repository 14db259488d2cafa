import { describe, expect, it } from 'vitest'
import { DiagnosticError } from '../diagnostics/diagnostic.ts'
import { parseSource } from './read-source.ts'
import { assertUsable, validateDocument } from './validate.ts'

const file = '/spec/openapi.yaml'

function load(text: string) {
  const source = parseSource(text, file)
  return { document: source.value as Record<string, unknown>, locate: source.locate }
}

describe('validateDocument', () => {
  it('accepts a valid 3.0 and a valid 3.1 document', async () => {
    for (const openapi of ['3.0.3', '3.1.0']) {
      const { document, locate } = load(
        `openapi: ${openapi}\ninfo: { title: T, version: "1" }\npaths:\n  /a:\n    get:\n      responses:\n        '204': { description: No content }\n`,
      )
      expect(await validateDocument(document, { file, locate })).toEqual([])
    }
  })

  it('reports each problem once, where it is, without the noise of oneOf branches', async () => {
    const { document, locate } = load(
      [
        'openapi: 3.1.0',
        'info: { title: T, version: "1" }',
        'paths:',
        '  /a:',
        '    get:',
        '      parameters:',
        '        - { name: q, in: querystring }',
        '      responses:',
        "        '200': { content: {} }",
        '      x-fine: true',
        '      bogus: 1',
      ].join('\n'),
    )
    const warnings = await validateDocument(document, { file, locate })
    expect(warnings.every((w) => w.code === 'SL007' && w.severity === 'warning')).toBe(true)
    const byPointer = Object.fromEntries(warnings.map((w) => [w.pointer, w]))
    expect(byPointer['/paths/~1a/get/responses/200']).toMatchObject({
      line: 9,
      message: expect.stringContaining('must have the field "description"'),
    })
    expect(byPointer['/paths/~1a/get']?.message).toContain('"bogus"')
    expect(byPointer['/paths/~1a/get/parameters/0']).toBeDefined()
    expect(warnings.map((w) => w.message).join('\n')).not.toMatch(/required property '\$ref'/)
  })

  it('checks 3.1 Schema Objects against JSON Schema 2020-12, as 3.0 ones are checked', async () => {
    const { document, locate } = load(
      [
        'openapi: 3.1.0',
        'info: { title: T, version: "1" }',
        'paths: {}',
        'components:',
        '  schemas:',
        '    Zoo:',
        '      required: id',
        '      properties:',
        '        id: { type: 5 }',
        '        tags: { enum: {} }',
        '        kind: { type: [string, "null"], discriminator: { propertyName: k }, x-vendor: 1 }',
        '        any: true',
      ].join('\n'),
    )
    const warnings = await validateDocument(document, { file, locate })
    expect(warnings.map((w) => [w.pointer, w.line]).sort()).toEqual([
      ['/components/schemas/Zoo/properties/id/type', 9],
      ['/components/schemas/Zoo/properties/tags/enum', 10],
      ['/components/schemas/Zoo/required', 7],
    ])
  })

  it('bounds the number of warnings', async () => {
    const paths = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`/p${i}`, { get: { responses: { '200': {} } } }]),
    )
    const document = { openapi: '3.0.3', info: { title: 'T', version: '1' }, paths }
    const warnings = await validateDocument(document, { file, maxWarnings: 3 })
    expect(warnings).toHaveLength(4)
    expect(warnings[3]?.message).toMatch(/and 5 more places/)
    expect(warnings[3]?.pointer).toBeUndefined()
  })
})

describe('assertUsable', () => {
  it('fails on paths, webhooks or components that are not maps', () => {
    const { document, locate } = load('openapi: 3.1.0\npaths: [a]\ncomponents: 1\n')
    const error = (() => {
      try {
        assertUsable(document, { file, locate })
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(DiagnosticError)
    expect((error as DiagnosticError).diagnostics).toMatchObject([
      { code: 'SL007', severity: 'error', pointer: '/paths', line: 2 },
      { code: 'SL007', severity: 'error', pointer: '/components', line: 3 },
    ])
  })

  it('accepts a document without paths (3.1 allows webhooks-only documents)', () => {
    expect(() => assertUsable({ openapi: '3.1.0', webhooks: {} }, { file })).not.toThrow()
  })
})
