/**
 * Identifiers from the spec, at run time: every operation of `specs/features/operation-ids.yaml`
 * (reserved words, `then`, `__proto__`, `constructor`, `toString`, digits, unicode, emoji, eight spellings
 * of getUser, missing ids whose derived names collide) is reachable through the SDK under a distinct
 * name and reaches its own path; parameters named like the SDK's own arguments (`body`, `signal`, `fetch`,
 * `headers`, `path`, `query`) and one name in four locations arrive where the spec puts them; and a
 * document whose schemas, security schemes, headers and properties are named after `Object.prototype`
 * members, TS/DOM globals and msw exports compiles strictly and answers correctly.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { typecheckDirectory } from '../../generator/src/emit/schema-types/compile-generated.ts'
import { ROOT } from '../helpers/paths.ts'
import { exerciseEveryStatus } from './helpers/exercise.ts'
import { type CallOperation, fetchFrom, type GeneratedSdk, generateSdk } from './helpers/generated-sdk.ts'

const ok = {
  description: 'OK',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/__proto__' } } },
}

/** Schemas, schemes, headers, properties and parameters named after what JavaScript already uses. */
function prototypeNamesSpec(): Record<string, unknown> {
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'then', 'prototype']
  const globals = [
    'Error',
    'Date',
    'Response',
    'Blob',
    'Record',
    'Promise',
    'Object',
    'http',
    'HttpResponse',
    'setupServer',
  ]
  const object = (name: string) => ({
    type: 'object',
    required: ['__proto__', 'constructor'],
    properties: {
      ['__proto__']: { type: 'string', const: name },
      constructor: { type: 'integer' },
      hasOwnProperty: { type: 'boolean' },
      '': { type: 'string' },
      'a-b': { type: 'string' },
      $ref: { type: 'string' },
      '+1': { type: 'integer' },
    },
  })
  return {
    openapi: '3.1.0',
    info: { title: 'Prototype names', version: '1' },
    servers: [{ url: 'https://proto.example.com/api' }],
    security: [{ ['__proto__']: [] }, { constructor: [] }],
    paths: Object.fromEntries(
      [...names, ...globals].map((name) => [
        `/${encodeURIComponent(name)}/{__proto__}`,
        {
          get: {
            operationId: name,
            tags: [name],
            parameters: [
              { name: '__proto__', in: 'path', required: true, schema: { type: 'string' } },
              { name: 'constructor', in: 'query', required: true, schema: { type: 'string', enum: ['x'] } },
              { name: 'toString', in: 'header', schema: { type: 'string' } },
              { name: 'valueOf', in: 'cookie', schema: { type: 'string' } },
            ],
            responses: {
              '200': {
                ...ok,
                content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
                headers: { ['__proto__']: { required: true, schema: { type: 'string' } } },
              },
              default: ok,
            },
          },
        },
      ]),
    ),
    components: {
      securitySchemes: {
        ['__proto__']: { type: 'apiKey', in: 'header', name: 'X-Proto' },
        constructor: { type: 'http', scheme: 'bearer' },
      },
      schemas: Object.fromEntries([...names, ...globals].map((name) => [name, object(name)])),
    },
  }
}

describe('specs/features/operation-ids.yaml', () => {
  let sdk: GeneratedSdk
  beforeAll(async () => {
    sdk = await generateSdk(`${ROOT}specs/features/operation-ids.yaml`, 'operation-ids')
  })

  it('gives every operation a distinct name, exported by the SDK and known to the mock', () => {
    const names = sdk.data.operations.map((operation) => operation.name)
    expect(names).toHaveLength(32)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(typeof sdk.client[name], name).toBe('function')
    expect(names).toContain('then_')
  })

  it('does not make the module or the client a thenable', async () => {
    expect(sdk.client.then).toBeUndefined()
    const client = sdk.client.createClient() as unknown as Record<string, unknown>
    expect(client.then).toBeUndefined()
    // Awaiting the client resolves to it instead of calling an operation.
    expect(await Promise.resolve(client)).toBe(client)
  })

  it('reaches all eight spellings of getUser, each on its own path', async () => {
    const spellings = sdk.data.operations.filter((o) => o.path.startsWith('/spellings/'))
    expect(spellings.map((o) => o.operationId)).toEqual([
      'getUser',
      'GetUser',
      'get_user',
      'get-user',
      'get user',
      'GET_USER',
      'get.user',
      ' Get User ',
    ])
    expect(new Set(spellings.map((o) => o.name)).size).toBe(8)
    const mock = sdk.createMock()
    const client = sdk.client.createClient({ fetch: fetchFrom(mock.handlers) })
    for (const operation of spellings) {
      const call = sdk.client[operation.name] as CallOperation
      const res = await call({ path: { userId: operation.name } }, { client })
      expect(res.status).toBe(200)
      const [recorded] = mock.calls(operation.name)
      expect(new URL(recorded?.url ?? '').pathname).toBe(operation.path.replace('{userId}', operation.name))
    }
    expect(mock.calls()).toHaveLength(8)
  })

  it('keeps the name an explicit operationId asks for when a derived name collides with it', () => {
    const byName = new Map(sdk.data.operations.map((o) => [o.name, o]))
    expect(byName.get('getUsers')?.path).toBe('/members')
    expect(byName.get('getUsers2')?.path).toBe('/users')
  })

  it('answers every operation × declared status through the SDK, each on its own path', async () => {
    const report = await exerciseEveryStatus(sdk)
    expect(report.failures).toEqual([])
    expect(report.calls).toBeGreaterThanOrEqual(32)
  })
})

describe('specs/features/parameters.yaml at run time', () => {
  let sdk: GeneratedSdk
  beforeAll(async () => {
    sdk = await generateSdk(`${ROOT}specs/features/parameters.yaml`, 'parameters')
  })

  it('sends parameters named body, signal, fetch, headers, path and query where the spec puts them', async () => {
    const mock = sdk.createMock()
    const client = sdk.client.createClient({ fetch: fetchFrom(mock.handlers) })
    const controller = new AbortController()
    const call = sdk.client.reservedNames as CallOperation
    const res = await call(
      {
        path: { path: 'p 1' },
        query: { body: 'b', signal: 's', fetch: true },
        header: { headers: 'h' },
        cookie: { query: 'q' },
        body: { body: 'inner body', signal: 'inner signal' },
      },
      { client, signal: controller.signal },
    )
    expect(res.status).toBe(200)
    const [recorded] = mock.calls('reservedNames')
    expect(recorded).toMatchObject({
      path: { path: 'p 1' },
      query: { body: 'b', signal: 's', fetch: 'true' },
      headers: { headers: 'h', cookie: 'query=q' },
      body: { body: 'inner body', signal: 'inner signal' },
    })
  })

  it('keeps one name in path, query, header and cookie apart', async () => {
    const mock = sdk.createMock()
    const client = sdk.client.createClient({ fetch: fetchFrom(mock.handlers) })
    const call = sdk.client.sameNameEverywhere as CallOperation
    const res = await call(
      {
        path: { id: 7 },
        query: { id: 'in-query' },
        header: { id: 'in-header' },
        cookie: { id: 'in-cookie' },
      },
      { client },
    )
    expect(res.status).toBe(200)
    expect(mock.calls('sameNameEverywhere')[0]).toMatchObject({
      path: { id: '7' },
      query: { id: 'in-query' },
      headers: { id: 'in-header', cookie: 'id=in-cookie' },
    })
  })

  it('answers every operation × declared status through the SDK', async () => {
    const report = await exerciseEveryStatus(sdk)
    expect(report.failures).toEqual([])
  })
})

describe('names JavaScript already uses: Object.prototype members, globals, msw exports', () => {
  let sdk: GeneratedSdk
  beforeAll(async () => {
    sdk = await generateSdk(prototypeNamesSpec(), 'prototype-names')
  })

  it('compiles under strict (client, mocks and types)', () => {
    expect(typecheckDirectory(sdk.dir)).toEqual([])
  })

  it('keeps every schema and security scheme as an own property, none lost to a prototype', () => {
    const spec = prototypeNamesSpec() as { components: { schemas: object; securitySchemes: object } }
    expect(Object.keys(sdk.data.components.schemas as object)).toEqual(Object.keys(spec.components.schemas))
    expect(Object.keys(sdk.data.securitySchemes)).toEqual(['__proto__', 'constructor'])
    expect(Object.getPrototypeOf(sdk.data.securitySchemes)).toBe(Object.prototype)
    const schemes = sdk.client.securitySchemes as Record<string, unknown>
    expect(Object.keys(schemes)).toEqual(['__proto__', 'constructor'])
    expect(Object.getPrototypeOf(schemes)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('answers every operation × declared status through the SDK with schema-valid bodies', async () => {
    const report = await exerciseEveryStatus(sdk)
    expect(report.failures).toEqual([])
    expect(report.calls).toBe(17 * 2)
  })

  it('asks for the credentials of a scheme named __proto__', async () => {
    const mock = sdk.createMock()
    const client = sdk.client.createClient({ fetch: fetchFrom(mock.handlers) })
    const call = sdk.client.hasOwnProperty_ as CallOperation
    const params = { path: { ['__proto__']: 'x' }, query: { constructor: 'x' } }
    const anonymous = await call(params, { client })
    expect(anonymous.status).toBe(401)
    // No credential is invented from Object.prototype for the schemes named __proto__ and constructor.
    expect(mock.calls('hasOwnProperty_').at(-1)?.headers).not.toHaveProperty('x-proto')
    expect(mock.calls('hasOwnProperty_').at(-1)?.headers).not.toHaveProperty('authorization')
    const withKey = await call(params, { client, auth: { ['__proto__']: 'key' } })
    expect(withKey.status).toBe(200)
    // The answer carries the required `__proto__` and `constructor` as own properties (JSON keys).
    const data = withKey.data as Record<string, unknown>
    expect(Object.hasOwn(data, '__proto__') && Object.hasOwn(data, 'constructor')).toBe(true)
    expect(data.__proto__).toBe('hasOwnProperty')
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype)
    expect(mock.calls('hasOwnProperty_').at(-1)?.headers['x-proto']).toBe('key')
  })
})
