import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  createContent,
  createHeader,
  createModel,
  createOperation,
  createParameter,
  createRequestBody,
  createResponse,
  schemaRef,
} from '../testing/model-factory.ts'
import { emitSdk } from './index.ts'

/** A small API with every shape the emitters write: literals, a range, default, 204, headers, bodies. */
const model = createModel({
  schemas: {
    Zoo: {
      type: 'object',
      required: ['id', 'name'],
      properties: { id: { type: 'integer' }, name: { type: 'string' } },
    },
    Error: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
  },
  operations: [
    createOperation({
      parameters: [
        createParameter('zId', { in: 'path', schema: { type: 'integer' } }),
        createParameter('expand', {
          schema: { type: 'object', properties: { animals: { type: 'boolean' } } },
        }),
        createParameter('X-Trace-Id', { in: 'header', required: true }),
      ],
      responses: [
        createResponse('200', {
          headers: [createHeader('X-Rate-Limit', { required: true, schema: { type: 'integer' } })],
        }),
        createResponse('404', {
          pointer: '/components/responses/NotFound',
          contents: [
            createContent({
              mediaType: 'application/problem+json',
              schema: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
            }),
          ],
        }),
        createResponse('4XX'),
      ],
      security: [{ bearerAuth: [] }],
    }),
    createOperation({
      name: 'createZoo',
      method: 'post',
      path: '/zoos',
      requestBody: createRequestBody({
        pointer: '/components/requestBodies/NewZoo',
        contents: [
          createContent({
            schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
          }),
        ],
      }),
      responses: [
        createResponse('201', { headers: [createHeader('Location', { required: true })] }),
        createResponse('default', { contents: [createContent({ schema: schemaRef('Error') })] }),
      ],
    }),
    createOperation({
      name: 'listZoos',
      path: '/zoos',
      parameters: [createParameter('page[size]', { schema: { type: 'integer' } })],
      responses: [
        createResponse('200', {
          contents: [
            createContent({ schema: { type: 'array', items: schemaRef('Zoo') } }),
            createContent({ mediaType: 'text/csv', kind: 'text', schema: { type: 'string' } }),
          ],
        }),
        createResponse('204'),
      ],
    }),
    createOperation({
      name: 'deleteZoo',
      method: 'delete',
      parameters: [createParameter('zId', { in: 'path', schema: { type: 'integer' } })],
      responses: [createResponse('204'), createResponse('5XX')],
    }),
  ],
})

/** A consumer that uses every member, narrowed by `switch (res.status)`; must compile. */
const consumer = `
import { createClient, deleteZoo, type GetZooResult, unwrap } from './index.js'

const api = createClient({ auth: { bearer: 'token' } })
const res: GetZooResult = await api.getZoo({ path: { zId: 1 }, query: { expand: { animals: true } }, header: { 'X-Trace-Id': 't' } })
switch (res.status) {
  case 200: {
    const name: string = res.data.name
    const limit: number = res.headers['x-rate-limit']
    console.log(name, limit)
    break
  }
  case 404: {
    const message: string = res.error.message
    console.log(message)
    break
  }
  case 418: {
    const key: '4XX' = res.key
    const message: string = res.error.message
    console.log(key, message)
    break
  }
  default: {
    const other: number = res.status
    const body: unknown = res.ok ? res.data : res.error
    console.log(other, body)
  }
}

const created = await api.createZoo({ body: { name: 'Berlin' } })
if (created.status === 201) console.log(created.data.id, created.headers.location)
else console.log(created.status, created.ok ? created.data : created.error.message)

const list = await api.listZoos()
if (list.status === 200) console.log(typeof list.data === 'string' ? list.data : list.data.map((zoo) => zoo.name))
if (list.status === 204) {
  const nothing: undefined = list.data
  console.log(nothing)
}

const gone = await deleteZoo({ path: { zId: 1 } }, { client: api })
if (gone.status === 204) console.log('deleted')
else if (gone.key === '5XX') console.log(gone.status, gone.error.message)
console.log(unwrap(await api.getZoo({ path: { zId: 2 }, header: { 'X-Trace-Id': 'u' } })))
`

/** A consumer whose every marked line is a type error; compiles only if each error is real. */
const mustFail = `
import { createClient, getZoo } from './index.js'

const api = createClient()
const res = await api.getZoo({ path: { zId: 1 }, header: { 'X-Trace-Id': 't' } })
switch (res.status) {
  case 404:
    // @ts-expect-error an error member has no data
    console.log(res.data)
    break
  case 200:
    // @ts-expect-error a 2xx member has no error
    console.log(res.error)
    break
  default: {
    // @ts-expect-error 200 is declared, so the catch-all never holds it
    const declared: 200 = res.status
    console.log(declared)
  }
}
// @ts-expect-error the path parameter is required
await getZoo({ header: { 'X-Trace-Id': 't' } })
// @ts-expect-error the header parameter is required
await api.getZoo({ path: { zId: 1 } })
// @ts-expect-error a body of the wrong shape
await api.createZoo({ body: { title: 'Berlin' } })
`

/**
 * The declarations `@statusline/client` exports under `types` (the SDK is written outside the repository,
 * where no node_modules resolve it): `types/index.d.ts` beside the `dist/index.js` Node resolves.
 */
const runtimeTypes = join(
  dirname(createRequire(import.meta.url).resolve('@statusline/client')),
  '../types/index.d.ts',
)

/** The consumer compiler options: strict as in the repo, and loose (no strict null checks). */
const base: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  noEmit: true,
  skipLibCheck: false,
  types: [],
  paths: { '@statusline/client': [runtimeTypes] },
}
const strict: ts.CompilerOptions = {
  ...base,
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
}

/** The diagnostics of compiling `files` (in `dir`) with `options`, as `file(line): message`. */
function compile(dir: string, files: readonly string[], options: ts.CompilerOptions): string[] {
  const program = ts.createProgram({ rootNames: files.map((file) => join(dir, file)), options })
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${diagnostic.file.fileName}(${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1})`
      : 'options'
    return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
  })
}

describe('the emitted SDK compiles', () => {
  let dir = ''

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'statusline-sdk-'))
    for (const file of await emitSdk(model, { mocks: false }))
      writeFileSync(join(dir, file.path), file.contents)
    writeFileSync(join(dir, 'consumer.ts'), consumer)
    writeFileSync(join(dir, 'must-fail.ts'), mustFail)
  })

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true })
  })

  test('a strict consumer narrowing with switch (res.status), and every @ts-expect-error is a real error', () => {
    expect(compile(dir, ['consumer.ts', 'must-fail.ts'], strict)).toEqual([])
  })

  test('a loose consumer (strict: false)', () => {
    // Without strictNullChecks, TypeScript does not narrow a union by the truthiness of `ok`; `=== true` does.
    writeFileSync(join(dir, 'loose-consumer.ts'), consumer.replaceAll('.ok ?', '.ok === true ?'))
    expect(compile(dir, ['loose-consumer.ts'], { ...base, strict: false })).toEqual([])
  })
})
