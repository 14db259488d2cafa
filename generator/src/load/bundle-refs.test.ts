import { describe, expect, it } from 'vitest'
import { createDiagnostic, DiagnosticError } from '../diagnostics/diagnostic.ts'
import { bundleRefs } from './bundle-refs.ts'
import { getAtPointer, parsePointer } from './json-pointer.ts'
import { parseSource } from './read-source.ts'

/** Bundles `files['/spec/openapi.yaml']`, reading the other files from the same in-memory table. */
async function bundle(files: Record<string, string>) {
  const reads: string[] = []
  const read = async (path: string) => {
    reads.push(path)
    const text = files[path]
    if (text === undefined) {
      throw new DiagnosticError([
        createDiagnostic('SL001', { file: path, message: `Cannot read ${path}: no such file` }),
      ])
    }
    return parseSource(text, path)
  }
  const root = parseSource(files['/spec/openapi.yaml'] ?? '', '/spec/openapi.yaml')
  const result = await bundleRefs(
    { path: root.path, document: root.value as Record<string, unknown>, locate: (s) => root.locate(s) },
    { read },
  )
  return { ...result, reads }
}

async function bundleErrors(files: Record<string, string>) {
  const error = await bundle(files).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(DiagnosticError)
  return (error as DiagnosticError).diagnostics
}

const at = (document: unknown, pointer: string) => {
  const lookup = getAtPointer(document, parsePointer(pointer))
  return lookup.found ? lookup.value : '<missing>'
}

const head = 'openapi: 3.1.0\ninfo: { title: T, version: "1" }\n'

describe('bundleRefs', () => {
  it('hoists a ref into another operation into components/schemas and keeps the original in place', async () => {
    const { document } = await bundle({
      '/spec/openapi.yaml': `${head}paths:
  /a:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { type: object, properties: { self: { $ref: '#/paths/~1a/get/responses/200/content/application~1json/schema' } } }
  /b:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { $ref: '#/paths/~1a/get/responses/200/content/application~1json/schema' }
`,
    })
    expect(at(document, '/paths/~1b/get/responses/200/content/application~1json/schema')).toEqual({
      $ref: '#/components/schemas/a_get_200',
    })
    expect(at(document, '/components/schemas/a_get_200/properties/self/$ref')).toBe(
      '#/components/schemas/a_get_200',
    )
    expect(at(document, '/paths/~1a/get/responses/200/content/application~1json/schema/type')).toBe('object')
  })

  it('puts each referenced object in the components section of the place it is referenced from', async () => {
    const { document } = await bundle({
      '/spec/openapi.yaml': `${head}paths:
  /a:
    parameters: [{ $ref: 'common.yaml#/Limit' }]
    post:
      requestBody: { $ref: 'common.yaml#/Body' }
      callbacks:
        onEvent: { $ref: 'common.yaml#/Callback' }
      responses:
        '200':
          description: OK
          headers:
            X-Rate: { $ref: 'common.yaml#/RateHeader' }
          content:
            application/json:
              examples:
                one: { $ref: 'common.yaml#/Example' }
        '500': { $ref: 'common.yaml#/Problem' }
webhooks:
  ping: { $ref: 'common.yaml#/PingItem' }
`,
      '/spec/common.yaml': `Limit: { name: limit, in: query, schema: { type: integer } }
Body: { content: { application/json: { schema: { $ref: '#/Thing' } } } }
Callback:
  '{$request.body#/url}':
    post: { responses: { '200': { description: OK } } }
RateHeader: { schema: { type: integer } }
Example: { value: { $ref: 'not a ref, just data' } }
Problem: { description: Problem }
PingItem: { post: { responses: { '200': { description: OK } } } }
Thing: { type: string }
`,
    })
    const components = document.components as Record<string, Record<string, unknown>>
    expect(Object.keys(components).sort()).toEqual([
      'callbacks',
      'examples',
      'headers',
      'parameters',
      'requestBodies',
      'responses',
      'schemas',
    ])
    expect(at(document, '/paths/~1a/parameters/0/$ref')).toBe('#/components/parameters/Limit')
    expect(at(document, '/paths/~1a/post/requestBody/$ref')).toBe('#/components/requestBodies/Body')
    expect(at(document, '/components/requestBodies/Body/content/application~1json/schema/$ref')).toBe(
      '#/components/schemas/Thing',
    )
    expect(at(document, '/paths/~1a/post/responses/500/$ref')).toBe('#/components/responses/Problem')
    expect(at(document, '/paths/~1a/post/callbacks/onEvent/$ref')).toBe('#/components/callbacks/Callback')
    // Example values are data: a "$ref" key inside them is left alone.
    expect(at(document, '/components/examples/Example/value/$ref')).toBe('not a ref, just data')
    // Path items (here a webhook) are inlined.
    expect(at(document, '/webhooks/ping/post/responses/200/description')).toBe('OK')
  })

  it('hoists each target once, gives clashing names a suffix, and resolves refs back into the root', async () => {
    const { document, files, reads } = await bundle({
      '/spec/openapi.yaml': `${head}paths:
  /a:
    get:
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { $ref: './schemas/zoo.yaml' }
        '201':
          description: OK
          content:
            application/json:
              schema: { $ref: 'schemas/zoo.yaml#' }
components:
  schemas:
    zoo: { type: string, description: the root's own zoo }
    Keeper: { type: object }
`,
      '/spec/schemas/zoo.yaml': `type: object
properties:
  keeper: { $ref: '../openapi.yaml#/components/schemas/Keeper' }
  example: { type: string, example: { $ref: '#/nothing' }, enum: [{ $ref: '#/nothing' }], default: { $ref: '#/x' } }
`,
    })
    expect(at(document, '/paths/~1a/get/responses/200/content/application~1json/schema/$ref')).toBe(
      '#/components/schemas/zoo_2',
    )
    expect(at(document, '/paths/~1a/get/responses/201/content/application~1json/schema/$ref')).toBe(
      '#/components/schemas/zoo_2',
    )
    expect(at(document, '/components/schemas/zoo/description')).toBe("the root's own zoo")
    expect(at(document, '/components/schemas/zoo_2/properties/keeper/$ref')).toBe(
      '#/components/schemas/Keeper',
    )
    expect(at(document, '/components/schemas/zoo_2/properties/example/example/$ref')).toBe('#/nothing')
    expect(files).toEqual(['/spec/openapi.yaml', '/spec/schemas/zoo.yaml'])
    expect(reads).toEqual(['/spec/schemas/zoo.yaml'])
  })

  it('rewrites discriminator mappings that are refs and keeps those that are schema names', async () => {
    const { document } = await bundle({
      '/spec/openapi.yaml': `${head}paths: {}
components:
  schemas:
    Pet:
      oneOf: [{ $ref: './pets.yaml#/Dog' }, { $ref: '#/components/schemas/Cat' }]
      discriminator:
        propertyName: kind
        mapping: { dog: './pets.yaml#/Dog', cat: Cat }
    Cat: { type: object }
`,
      '/spec/pets.yaml': 'Dog: { type: object }\n',
    })
    expect(at(document, '/components/schemas/Pet/discriminator/mapping')).toEqual({
      dog: '#/components/schemas/Dog',
      cat: 'Cat',
    })
    expect(at(document, '/components/schemas/Pet/oneOf/0/$ref')).toBe('#/components/schemas/Dog')
  })

  it('leaves out, with a warning, a discriminator mapping entry into a file it cannot read', async () => {
    const { document, warnings } = await bundle({
      '/spec/openapi.yaml': `${head}paths: {}
components:
  schemas:
    Pet:
      oneOf: [{ $ref: '#/components/schemas/Cat' }]
      discriminator:
        propertyName: kind
        mapping: { dog: 'models/pets.yml#/Dog', cat: '#/components/schemas/Cat' }
    Cat: { type: object }
`,
    })
    expect(at(document, '/components/schemas/Pet/discriminator/mapping')).toEqual({
      cat: '#/components/schemas/Cat',
    })
    expect(warnings.map((w) => [w.code, w.severity, w.pointer])).toEqual([
      ['SL005', 'warning', '/components/schemas/Pet/discriminator/mapping/dog'],
    ])
    expect(warnings[0]?.message).toMatch(
      /^Cannot resolve \$ref "models\/pets.yml#\/Dog": .*; the mapping entry "dog" is left out$/,
    )
  })

  it('lets the siblings of a path item $ref win over the referenced fields', async () => {
    const { document } = await bundle({
      '/spec/openapi.yaml': `${head}paths:
  /a:
    $ref: 'paths.yaml#/A'
    summary: mine
`,
      '/spec/paths.yaml': `A:
  summary: theirs
  description: from the file
  get: { responses: { '200': { $ref: '#/Ok' } } }
Ok: { description: OK }
`,
    })
    expect(at(document, '/paths/~1a')).toMatchObject({ summary: 'mine', description: 'from the file' })
    expect(at(document, '/paths/~1a/$ref')).toBe('<missing>')
    expect(at(document, '/paths/~1a/get/responses/200/$ref')).toBe('#/components/responses/Ok')
  })

  it('reports every $ref to a missing file, each at its own place', async () => {
    const diagnostics = await bundleErrors({
      '/spec/openapi.yaml': `${head}paths: {}
components:
  schemas:
    A: { $ref: 'gone.yaml' }
    B: { type: object, properties: { a: { $ref: 'gone.yaml#/X' } } }
`,
    })
    expect(diagnostics).toMatchObject([
      { code: 'SL005', file: '/spec/openapi.yaml', pointer: '/components/schemas/A/$ref', line: 6 },
      {
        code: 'SL005',
        file: '/spec/openapi.yaml',
        pointer: '/components/schemas/B/properties/a/$ref',
        line: 7,
      },
    ])
    expect(diagnostics[0]?.message).toContain('gone.yaml')
  })

  it('reports a $ref to a file that holds no object, except a boolean schema', async () => {
    const diagnostics = await bundleErrors({
      '/spec/openapi.yaml': `${head}paths:
  /a:
    get:
      responses:
        '200': { $ref: 'notes.txt' }
components:
  schemas:
    Any: { type: object, properties: { x: { $ref: 'anything.yaml' } } }
`,
      '/spec/notes.txt': 'just text\n',
      '/spec/anything.yaml': 'true\n',
    })
    expect(diagnostics).toMatchObject([
      { code: 'SL005', pointer: '/paths/~1a/get/responses/200/$ref', line: 7 },
    ])
    expect(diagnostics[0]?.message).toBe('The $ref "notes.txt" points to a string, not an object')
  })

  it('warns about a $ref it cannot follow in a vendor extension, and leaves it as written', async () => {
    const { document, warnings } = await bundle({
      '/spec/openapi.yaml': `${head}paths:
  /a:
    get:
      x-code-samples:
        - { lang: sh, source: 'curl /a' }
        - { lang: zsh, source: { $ref: '#/paths/~1a/get/x-code-samples/0/source' } }
        - { lang: js, source: { $ref: 'gone.js' } }
      responses:
        '200': { description: ok }
`,
    })
    expect(at(document, '/paths/~1a/get/x-code-samples/1/source')).toEqual({
      $ref: '#/paths/~1a/get/x-code-samples/0/source',
    })
    expect(warnings.map((w) => [w.code, w.severity, w.pointer])).toEqual([
      ['SL005', 'warning', '/paths/~1a/get/x-code-samples/1/source/$ref'],
      ['SL005', 'warning', '/paths/~1a/get/x-code-samples/2/source/$ref'],
    ])
    expect(warnings[0]?.message).toBe(
      'The $ref "#/paths/~1a/get/x-code-samples/0/source" points to a string, not an object; it is left as written, in a place statusline reads nothing from',
    )
  })

  it('rejects a $ref to the whole document, or a whole components section, that holds it', async () => {
    const diagnostics = await bundleErrors({
      '/spec/openapi.yaml': `${head}paths: {}
components:
  schemas:
    All: { type: object, properties: { doc: { $ref: './openapi.yaml' } } }
`,
    })
    expect(diagnostics).toMatchObject([
      { code: 'SL006', pointer: '/components/schemas/All/properties/doc/$ref' },
    ])
    const section = await bundleErrors({
      '/spec/openapi.yaml': `${head}paths: {}\ncomponents:\n  schemas:\n    All: { $ref: '#/components/schemas' }\n`,
    })
    expect(section).toMatchObject([{ code: 'SL006', pointer: '/components/schemas/All/$ref' }])
  })

  it('keeps internal refs into components untouched and checks that they resolve', async () => {
    const { document } = await bundle({
      '/spec/openapi.yaml': `${head}paths: {}
components:
  schemas:
    A: { $ref: '#/components/schemas/B/properties/c' }
    B: { properties: { c: { type: string } } }
`,
    })
    expect(at(document, '/components/schemas/A/$ref')).toBe('#/components/schemas/B/properties/c')
  })
})
