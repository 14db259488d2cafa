/**
 * Shapes that break naive generators and mocks, generated here through the whole pipeline (load → model →
 * emit → compile → mock): a 1,000-deep `$ref` chain, 1,000 nested objects, 5,000-value enums, schemas no
 * finite value satisfies, YAML 1.2 scalars and integers beyond 2^53; and every feature spec
 * (3.1 type arrays, const, prefixItems, $defs; default-only responses, 204/205/304/HEAD, `content: {}`,
 * `*\/*`, several media types) answering every operation × status through its SDK (operation-ids and
 * parameters are exercised by `identifiers.test.ts`).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { typecheckDirectory } from '../../generator/src/emit/schema-types/compile-generated.ts'
import { ROOT } from '../helpers/paths.ts'
import { runCli } from '../helpers/run-cli.ts'
import { exerciseEveryStatus } from './helpers/exercise.ts'
import { type CallOperation, fetchFrom, generateSdk, scratchDir } from './helpers/generated-sdk.ts'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

/** A document with one GET per schema, `/<name>` answering it. */
function documentOf(schemas: Record<string, unknown>, roots: readonly string[]): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Shapes', version: '1' },
    servers: [{ url: 'https://shapes.example.com' }],
    paths: Object.fromEntries(
      roots.map((name) => [
        `/${name}`,
        {
          get: {
            operationId: `get${name}`,
            responses: {
              '200': { description: 'OK', content: { 'application/json': { schema: ref(name) } } },
            },
          },
        },
      ]),
    ),
    components: { schemas },
  }
}

describe('deep references', () => {
  it('a 1,000-deep $ref chain and 1,000 nested objects generate, compile strictly and answer valid data', async () => {
    const schemas: Record<string, unknown> = {}
    for (let i = 0; i < 1000; i++) schemas[`Link${i}`] = ref(`Link${i + 1}`)
    schemas.Link1000 = { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } }
    for (let i = 0; i < 1000; i++)
      schemas[`Nest${i}`] = {
        type: 'object',
        required: ['level'],
        properties: { level: { type: 'integer', const: i }, next: ref(`Nest${i + 1}`) },
      }
    schemas.Nest1000 = { type: 'string' }
    const sdk = await generateSdk(documentOf(schemas, ['Link0', 'Nest0']), 'deep-refs')
    expect(typecheckDirectory(sdk.dir)).toEqual([])
    const report = await exerciseEveryStatus(sdk)
    expect(report).toEqual({ calls: 2, failures: [] })
  }, 180_000)
})

describe('large enums', () => {
  it('5,000-value enums generate, compile, answer a member, and validate requests', async () => {
    const words = Array.from({ length: 5000 }, (_, i) => `v${i}-${(i * 7919) % 5000}`)
    const numbers = Array.from({ length: 5000 }, (_, i) => i * 3 - 7000)
    const document = documentOf(
      {
        Words: { type: 'string', enum: words },
        Numbers: { type: 'integer', enum: numbers },
        Both: {
          type: 'object',
          required: ['word', 'number'],
          properties: { word: ref('Words'), number: ref('Numbers') },
        },
      },
      ['Both'],
    )
    const paths = document.paths as Record<string, { get: Record<string, unknown> }>
    const get = paths['/Both']?.get as Record<string, unknown>
    get.parameters = [{ name: 'word', in: 'query', required: true, schema: ref('Words') }]
    get.responses = { ...(get.responses as object), '400': { description: 'Bad request' } }
    const sdk = await generateSdk(document, 'large-enums')
    expect(typecheckDirectory(sdk.dir)).toEqual([])
    expect((await exerciseEveryStatus(sdk)).failures).toEqual([])

    const mock = sdk.createMock()
    const client = sdk.client.createClient({ fetch: fetchFrom(mock.handlers) })
    const call = sdk.client.getBoth as CallOperation
    const good = await call({ query: { word: words[4999] } }, { client })
    expect(good.status).toBe(200)
    expect(words).toContain((good.data as { word: string }).word)
    expect(numbers).toContain((good.data as { number: number }).number)
    const bad = await call({ query: { word: 'not-a-member' } }, { client })
    expect(bad.status).toBe(400)
  }, 180_000)
})

describe('schemas no finite value satisfies', () => {
  it('generate, compile, and the mock still answers promptly', async () => {
    const sdk = await generateSdk(
      documentOf(
        {
          Forever: { type: 'object', required: ['next'], properties: { next: ref('Forever') } },
          A: { type: 'object', required: ['b'], properties: { b: ref('B') } },
          B: { type: 'object', required: ['a'], properties: { a: ref('A') } },
          Nonempty: { type: 'array', minItems: 1, items: ref('Nonempty') },
          Self: { allOf: [ref('Self')] },
        },
        ['Forever', 'A', 'Nonempty', 'Self'],
      ),
      'never-finite',
    )
    expect(typecheckDirectory(sdk.dir)).toEqual([])
    const mock = sdk.createMock()
    const client = sdk.client.createClient({ fetch: fetchFrom(mock.handlers) })
    for (const name of ['getForever', 'getA', 'getNonempty', 'getSelf']) {
      const started = performance.now()
      const res = await (sdk.client[name] as CallOperation)({}, { client })
      expect(res.status, name).toBe(200)
      expect(performance.now() - started, name).toBeLessThan(5000)
    }
  }, 120_000)
})

describe('YAML 1.2 scalars and big integers', () => {
  const yaml = `openapi: 3.0.3
info:
  title: YAML scalars
  version: 1.10
servers:
  - url: https://yaml.example.com
paths:
  /scalars:
    get:
      operationId: getScalars
      parameters:
        - name: answer
          in: query
          schema: { type: string, enum: [yes, no, on, off] }
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Scalars' }
components:
  schemas:
    Scalars:
      type: object
      required: [flag, release, octal, time, big]
      properties:
        flag: { type: string, enum: [yes, no, on, off] }
        release: { type: string, enum: [1.10, 2.0, 3, true] }
        octal: { type: integer, enum: [0o17, 017, 0x1F] }
        time: { type: string, example: 12:30:00 }
        big: { type: integer, format: int64, example: 9007199254740993, maximum: 18446744073709551615 }
        unbounded: { type: number, maximum: .inf, minimum: -.inf }
        nothing: { type: string, nullable: true, example: ~ }
`

  it('keeps every scalar as YAML 1.2 reads it, or as written where a string belongs, and says so', async () => {
    const spec = `${scratchDir('yaml-scalars-spec')}yaml-scalars.yaml`
    await mkdir(scratchDir('yaml-scalars-spec'), { recursive: true })
    await writeFile(spec, yaml)
    const sdk = await generateSdk(spec, 'yaml-scalars')
    const schemas = sdk.data.components.schemas as Record<
      string,
      { properties: Record<string, Record<string, unknown>> }
    >
    const properties = schemas.Scalars?.properties ?? {}
    expect(sdk.data.title).toBe('YAML scalars')
    expect(sdk.result.model.version).toBe('1.10')
    expect(properties.flag?.enum).toEqual(['yes', 'no', 'on', 'off'])
    expect(properties.release?.enum).toEqual(['1.10', '2.0', '3', 'true'])
    expect(properties.octal?.enum).toEqual([15, 17, 31])
    expect(properties.time?.example).toBe('12:30:00')
    expect(properties.nothing).toMatchObject({ nullable: true })
    expect(properties.unbounded).toEqual({ type: 'number' })

    const warnings = sdk.result.warnings.map((w) => `${w.code} ${w.pointer}`)
    expect(warnings).toEqual(
      expect.arrayContaining([
        'SL016 /info/version',
        'SL016 /components/schemas/Scalars/properties/release/enum/0',
        'SL012 /components/schemas/Scalars/properties/big/example',
        'SL012 /components/schemas/Scalars/properties/big/maximum',
        'SL017 /components/schemas/Scalars/properties/unbounded/maximum',
        'SL017 /components/schemas/Scalars/properties/unbounded/minimum',
      ]),
    )
    expect(warnings.filter((w) => w.startsWith('SL007'))).toEqual([])
    expect(typecheckDirectory(sdk.dir)).toEqual([])
    expect((await exerciseEveryStatus(sdk)).failures).toEqual([])

    const cli = runCli(['generate', spec, '--out', `${scratchDir('yaml-scalars-spec')}cli-out`])
    expect(cli.code).toBe(0)
    expect(cli.stderr).toMatch(
      /warning SL012 unsafe-integer: The integer read as 9007199254740992 is beyond 2\^53/,
    )
    expect(cli.stderr).toMatch(
      /at .*yaml-scalars\.yaml#\/components\/schemas\/Scalars\/properties\/big\/example \(line 31:/,
    )
  }, 120_000)

  it('reports integers beyond 2^53 in JSON too, keeping the document usable', async () => {
    const sdk = await generateSdk(
      documentOf(
        { Id: { type: 'integer', format: 'int64', minimum: 0, maximum: 2 ** 64, example: 2 ** 60 } },
        ['Id'],
      ),
      'big-integers',
    )
    expect(sdk.result.warnings.map((w) => `${w.code} ${w.pointer}`)).toEqual([
      'SL012 /components/schemas/Id/maximum',
      'SL012 /components/schemas/Id/example',
    ])
    expect((await exerciseEveryStatus(sdk)).failures).toEqual([])
  })
})

describe.each(['schemas-31', 'status-keys', 'bodies'])('specs/features/%s.yaml', (name) => {
  it('answers every operation × declared status through its SDK, bodies schema-valid', async () => {
    const sdk = await generateSdk(`${ROOT}specs/features/${name}.yaml`, `feature-${name}`)
    const report = await exerciseEveryStatus(sdk)
    expect(report.failures).toEqual([])
    expect(report.calls).toBeGreaterThanOrEqual(sdk.data.operations.length)
  })
})
