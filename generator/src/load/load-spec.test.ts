import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DiagnosticError } from '../diagnostics/diagnostic.ts'
import { getAtPointer, parsePointer } from './json-pointer.ts'
import { loadSpec } from './load-spec.ts'

const repo = resolve(import.meta.dirname, '../../..')
const multiFile = join(repo, 'specs/features/multi-file/openapi.yaml')
const petstore2 = join(import.meta.dirname, '__fixtures__/petstore-swagger2.yaml')

/** Every `$ref` string in a value, with where it is (iterative: documents here can be deep). */
function collectRefs(value: unknown): { at: string[]; ref: string }[] {
  const refs: { at: string[]; ref: string }[] = []
  const stack: { value: unknown; at: string[] }[] = [{ value, at: [] }]
  while (stack.length > 0) {
    const item = stack.pop()!
    if (typeof item.value !== 'object' || item.value === null) continue
    for (const [key, child] of Object.entries(item.value)) {
      if (key === '$ref' && typeof child === 'string') refs.push({ at: item.at, ref: child })
      else stack.push({ value: child, at: [...item.at, key] })
    }
  }
  return refs
}

/** Asserts the bundle post-condition: every `$ref` is internal, points into components and resolves. */
function expectRefsIntoComponents(document: Record<string, unknown>): number {
  const refs = collectRefs(document)
  for (const { ref, at } of refs) {
    expect(ref, `$ref at /${at.join('/')}`).toMatch(/^#\/components\/[^/]+\/[^/]+/)
    expect(getAtPointer(document, parsePointer(ref)).found, `${ref} resolves`).toBe(true)
  }
  return refs.length
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'statusline-load-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('loadSpec', () => {
  it('bundles a spec split across files into one document whose refs all point into components', async () => {
    const spec = await loadSpec(multiFile)
    expect(spec.openapi).toBe('3.1.0')
    expect(spec.source).toBe(multiFile)
    expect(spec.warnings).toEqual([])
    expect(expectRefsIntoComponents(spec.document)).toBeGreaterThan(10)
    const components = spec.document.components as Record<string, Record<string, unknown>>
    expect(Object.keys(components.schemas ?? {}).sort()).toEqual([
      'Address',
      'Animal',
      'Error',
      'Species',
      'zoo',
    ])
    expect(Object.keys(components.responses ?? {}).sort()).toEqual(['NotFound', 'Unexpected'])
    expect(Object.keys(components.parameters ?? {})).toEqual(['ZooId'])
    // The path item $ref is inlined, its operations keep their refs relative to their own file.
    const paths = spec.document.paths as Record<string, Record<string, unknown>>
    expect(Object.keys(paths['/zoos'] ?? {})).toEqual(['get', 'post'])
    expect(getAtPointer(spec.document, parsePointer('/paths/~1zoos/post/responses/default/$ref'))).toEqual({
      found: true,
      value: '#/components/responses/Unexpected',
    })
    // The Animal component slot received the referenced object itself (not an alias to "Animal_2").
    expect(
      getAtPointer(spec.document, parsePointer('/components/schemas/Animal/properties/zoo/$ref')),
    ).toEqual({
      found: true,
      value: '#/components/schemas/zoo',
    })
    expect(spec.files.map((f) => f.slice(dirOf(multiFile).length + 1)).sort()).toEqual([
      'openapi.yaml',
      'parameters.yaml',
      'paths/zoos.yaml',
      'responses.yaml',
      'schemas/animal.yaml',
      'schemas/zoo.yaml',
    ])
    expect(spec.locate('/paths/~1zoos~1{zooId}/get')).toEqual({ line: 12, column: 5 })
  })

  it('loads OpenAPI 3.0 written as JSON, and keeps the JSON line positions', async () => {
    const file = join(dir, 'zoo-3.0.json')
    await writeFile(
      file,
      JSON.stringify(
        {
          openapi: '3.0.3',
          info: { title: 'Zoo', version: '1' },
          paths: {
            '/zoos': {
              get: {
                responses: {
                  '200': {
                    description: 'OK',
                    content: { 'application/json': { schema: { $ref: '#/components/schemas/Zoo' } } },
                  },
                },
              },
            },
          },
          components: {
            schemas: { Zoo: { type: 'object', nullable: true, properties: { id: { type: 'integer' } } } },
          },
        },
        null,
        2,
      ),
    )
    const spec = await loadSpec(file)
    expect(spec.openapi).toBe('3.0.3')
    expect(spec.warnings).toEqual([])
    expectRefsIntoComponents(spec.document)
    const lines = (await readFile(file, 'utf8')).split('\n')
    expect(spec.locate('/components/schemas/Zoo')).toEqual({
      line: lines.indexOf('      "Zoo": {') + 1,
      column: 7,
    })
  })

  it('upgrades a Swagger 2.0 petstore to OpenAPI 3.0 and reports the converter warnings', async () => {
    const spec = await loadSpec(petstore2)
    expect(spec.openapi).toBe('3.0.0')
    expect(spec.document.swagger).toBeUndefined()
    expect(spec.document.servers).toEqual([{ url: 'https://petstore.example.com/v1' }])
    expectRefsIntoComponents(spec.document)
    expect(
      getAtPointer(
        spec.document,
        parsePointer('/paths/~1pets/post/requestBody/content/application~1json/schema'),
      ),
    ).toEqual({
      found: true,
      value: { $ref: '#/components/schemas/NewPet' },
    })
    const codes = spec.warnings.map((w) => w.code)
    expect(codes.every((c) => c === 'SL013')).toBe(true)
    expect(spec.warnings.map((w) => w.message).join('\n')).toMatch(/collectionFormat:tsv/)
    expect(spec.warnings.map((w) => w.message).join('\n')).toMatch(/patched 1 invalid construct/)
    expect(JSON.stringify(spec.document)).not.toContain('x-s2o-warning')
  })

  it('loads a recursive schema (a tree whose children are trees) without treating it as a cycle', async () => {
    const file = join(dir, 'tree.yaml')
    await writeFile(
      file,
      [
        'openapi: 3.1.0',
        'info: { title: Tree, version: "1" }',
        'paths: {}',
        'components:',
        '  schemas:',
        '    Node:',
        '      type: object',
        '      properties:',
        '        children: { type: array, items: { $ref: "#/components/schemas/Node" } }',
        '        parent: { $ref: "#/components/schemas/Node" }',
      ].join('\n'),
    )
    const spec = await loadSpec(file)
    expect(expectRefsIntoComponents(spec.document)).toBe(2)
  })

  it('follows a 1,000-long chain of files, each a $ref to the next, without overflowing the stack', async () => {
    const chain = join(dir, 'chain')
    await mkdir(chain, { recursive: true })
    const length = 1000
    await Promise.all(
      Array.from({ length }, (_, i) =>
        writeFile(
          join(chain, `s${i}.yaml`),
          i === length - 1 ? 'type: string\n' : `$ref: './s${i + 1}.yaml'\n`,
        ),
      ),
    )
    const root = join(chain, 'openapi.yaml')
    await writeFile(
      root,
      'openapi: 3.1.0\ninfo: { title: Chain, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    Start:\n      $ref: "./s0.yaml"\n',
    )
    const spec = await loadSpec(root, { validate: false })
    const schemas = (spec.document.components as { schemas: Record<string, unknown> }).schemas
    expect(Object.keys(schemas)).toHaveLength(length)
    expect(schemas.Start).toEqual({ $ref: '#/components/schemas/s1' })
    expect(schemas.s999).toEqual({ type: 'string' })
    expect(spec.files).toHaveLength(length + 1)
    expectRefsIntoComponents(spec.document)
  })

  it('loads a 1,000-long chain of internal $refs and a 1,000-deep nesting of schemas', async () => {
    const length = 1000
    const schemas: Record<string, unknown> = {}
    for (let i = 0; i < length - 1; i++) schemas[`S${i}`] = { $ref: `#/components/schemas/S${i + 1}` }
    let deep: Record<string, unknown> = { type: 'string' }
    for (let i = 0; i < length; i++) deep = { type: 'object', properties: { next: deep } }
    schemas[`S${length - 1}`] = deep
    const file = join(dir, 'internal-chain.json')
    await writeFile(
      file,
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 'C', version: '1' },
        paths: {},
        components: { schemas },
      }),
    )
    const spec = await loadSpec(file, { validate: false })
    expect(expectRefsIntoComponents(spec.document)).toBe(length - 1)
  })

  it('keeps YAML 1.2 scalars as written and reads an unquoted version number as its text', async () => {
    const file = join(dir, 'scalars.yaml')
    await writeFile(
      file,
      [
        'openapi: 3.0',
        'info: { title: Scalars, version: 1.0 }',
        'paths: {}',
        'components:',
        '  schemas:',
        '    Toggle: { type: string, enum: [on, off, yes, no], example: 0o17 }',
        '    Big: { type: integer, example: 9007199254740993 }',
      ].join('\n'),
    )
    const spec = await loadSpec(file)
    expect(spec.openapi).toBe('3.0.0')
    const schemas = (spec.document.components as { schemas: Record<string, Record<string, unknown>> }).schemas
    expect(schemas.Toggle?.enum).toEqual(['on', 'off', 'yes', 'no'])
    // A plain number where a string belongs keeps its text: `0o17` in a string schema, `1.0` as version.
    expect(schemas.Toggle?.example).toBe('0o17')
    expect((spec.document.info as { version: unknown }).version).toBe('1.0')
    const byCode = (code: string) => spec.warnings.filter((w) => w.code === code)
    expect(byCode('SL011')).toMatchObject([{ pointer: '/openapi', line: 1, column: 1 }])
    expect(byCode('SL012')).toMatchObject([{ pointer: '/components/schemas/Big/example', line: 7 }])
    expect(byCode('SL016')).toMatchObject([
      { pointer: '/info/version', line: 2 },
      { pointer: '/components/schemas/Toggle/example', line: 6 },
    ])
    expect(byCode('SL007')).toEqual([])
  })

  it('reports schema problems as warnings with pointers, at most 20 plus a summary', async () => {
    const paths: Record<string, unknown> = {}
    for (let i = 0; i < 30; i++) paths[`/p${i}`] = { get: { responses: { '200': { content: {} } } } }
    const file = join(dir, 'invalid.json')
    await writeFile(
      file,
      JSON.stringify({ openapi: '3.0.3', info: { title: 'I', version: '1' }, paths }, null, 1),
    )
    const spec = await loadSpec(file)
    expect(spec.warnings).toHaveLength(21)
    expect(spec.warnings[0]).toMatchObject({
      code: 'SL007',
      severity: 'warning',
      pointer: '/paths/~1p0/get/responses/200',
      message: 'The value must have the field "description"',
    })
    expect(spec.warnings[0]?.line).toBeGreaterThan(1)
    expect(spec.warnings[20]?.message).toMatch(/and 10 more places/)
  })

  it('throws SL001 for a file that does not exist, and carries earlier warnings with later errors', async () => {
    const missing = join(dir, 'nope.yaml')
    const error = await loadSpec(missing).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DiagnosticError)
    expect((error as DiagnosticError).diagnostics).toMatchObject([{ code: 'SL001', file: missing }])

    const file = join(dir, 'warn-then-fail.yaml')
    await writeFile(
      file,
      'openapi: 3.1\ninfo: { title: W, version: "1" }\npaths:\n  /a: { $ref: "./missing.yaml" }\n',
    )
    const failure = (await loadSpec(file).catch((e: unknown) => e)) as DiagnosticError
    expect(failure.diagnostics.map((d) => d.code)).toEqual(['SL005', 'SL011'])
    expect(failure.message).toMatch(/^\[statusline\] Failed to load the spec: SL005/)
  })
})

function dirOf(file: string): string {
  return file.slice(0, file.lastIndexOf('/'))
}
