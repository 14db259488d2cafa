/**
 * What a schema means, in the generated types and against the generated mock: specs whose valid data
 * the types used to reject or whose types the mock's answers did not fit. Each case generates an SDK,
 * writes a consumer next to it (values that must compile, and `@ts-expect-error` ones the schema
 * forbids), type-checks it strictly, and calls the SDK against the mock.
 */
import { writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { typecheckDirectory } from '../../generator/src/emit/schema-types/compile-generated.ts'
import { type CallOperation, fetchFrom, type GeneratedSdk, generateSdk } from './helpers/generated-sdk.ts'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } })
const object = (required: string[], properties: Record<string, unknown>) => ({
  type: 'object',
  required,
  properties,
})

/** A document of `schemas` with `paths`. */
function documentOf(
  openapi: string,
  paths: Record<string, unknown>,
  schemas: Record<string, unknown>,
): Record<string, unknown> {
  return {
    openapi,
    info: { title: 'Schema meaning', version: '1' },
    servers: [{ url: 'https://meaning.example.com' }],
    paths,
    components: { schemas },
  }
}

/** Writes `consumer.ts` into the SDK's directory and returns the strict type-check's errors. */
async function typecheckConsumer(sdk: GeneratedSdk, consumer: string): Promise<string[]> {
  await writeFile(`${sdk.dir}consumer.ts`, consumer)
  return typecheckDirectory(sdk.dir)
}

describe('discriminators without a mapping', () => {
  const schemas = {
    Pet: { oneOf: [ref('Dog'), ref('Cat')], discriminator: { propertyName: 'petType' } },
    Dog: object(['petType', 'bark'], { petType: { type: 'string' }, bark: { type: 'boolean' } }),
    Cat: object(['petType'], { petType: { type: 'string' }, lives: { type: 'integer' } }),
    Animal: { ...object(['kind'], { kind: { type: 'string' } }), discriminator: { propertyName: 'kind' } },
    Lion: { allOf: [ref('Animal'), object(['roar'], { roar: { type: 'string' } })] },
  }
  const get = (name: string) => ({
    get: { operationId: `get${name}`, responses: { '200': { description: 'OK', ...json(ref(name)) } } },
  })
  const paths = { '/pet': get('Pet'), '/lion': get('Lion') }

  it('tag each member by its schema name, as the mock does, so the tag narrows', async () => {
    const sdk = await generateSdk(documentOf('3.1.0', paths, schemas), 'implicit-discriminator')
    const consumer = `import type { components } from './schema.js'
type Pet = components['schemas']['Pet']
type Lion = components['schemas']['Lion']
export function barks(pet: Pet): boolean {
  return pet.petType === 'Dog' ? pet.bark : false
}
export const lion: Lion = { kind: 'Lion', roar: 'loud' }
// @ts-expect-error no member is named Bird
export const bird: Pet = { petType: 'Bird', bark: true }
// @ts-expect-error a Lion's kind is 'Lion'
export const tiger: Lion = { kind: 'Tiger', roar: 'loud' }
`
    expect(await typecheckConsumer(sdk, consumer)).toEqual([])

    const mock = sdk.createMock()
    const client = sdk.client.createClient({ fetch: fetchFrom(mock.handlers) })
    for (let i = 0; i < 10; i++) {
      const pet = await (sdk.client.getPet as CallOperation)({}, { client })
      expect(['Dog', 'Cat']).toContain((pet.data as { petType: string }).petType)
      const lion = await (sdk.client.getLion as CallOperation)({}, { client })
      expect(lion.data).toMatchObject({ kind: 'Lion' })
    }
  })
})

describe('discriminators the generator completes into an explicit mapping', () => {
  const schemas = {
    Shape: {
      oneOf: [ref('Circle'), ref('Square'), ref('Triangle')],
      discriminator: { propertyName: 'kind', mapping: { circle: 'Circle' } },
    },
    Circle: object(['kind', 'radius'], { kind: { type: 'string' }, radius: { type: 'number' } }),
    // Left out of the mapping, and declaring its own tag: narrowed by it, in the types and the mock.
    Square: object(['kind', 'side'], { kind: { type: 'string', const: 'sq' }, side: { type: 'number' } }),
    Triangle: object(['kind'], { kind: { type: 'string' } }),
    // The mapping names the member through an alias.
    Thing: { oneOf: [ref('Blob')], discriminator: { propertyName: 't', mapping: { blob: 'BlobAlias' } } },
    BlobAlias: ref('Blob'),
    Blob: object(['t'], { t: { type: 'string' }, size: { type: 'integer' } }),
    // allOf subtypes of a base without a mapping; Seal's own part declares its tag.
    Animal: { ...object(['kind'], { kind: { type: 'string' } }), discriminator: { propertyName: 'kind' } },
    Lion: { allOf: [ref('Animal'), object(['roar'], { roar: { type: 'string' } })] },
    Seal: { allOf: [ref('Animal'), object([], { kind: { type: 'string', const: 'seal' } })] },
  }
  const echo = (name: string) => ({
    post: {
      operationId: `send${name}`,
      requestBody: { required: true, ...json(ref(name)) },
      responses: { '200': { description: 'OK', ...json(ref(name)) }, '400': { description: 'Bad' } },
    },
  })
  const paths = {
    '/shape': echo('Shape'),
    '/thing': echo('Thing'),
    '/animal': echo('Animal'),
    '/lion': echo('Lion'),
  }

  it('tag every member alike in the types and the mock', async () => {
    const sdk = await generateSdk(documentOf('3.1.0', paths, schemas), 'explicit-discriminator')
    const consumer = `import type { components } from './schema.js'
type Shape = components['schemas']['Shape']
type Thing = components['schemas']['Thing']
type Seal = components['schemas']['Seal']
export const circle: Shape = { kind: 'circle', radius: 1 }
export const square: Shape = { kind: 'sq', side: 1 }
export const triangle: Shape = { kind: 'Triangle' }
export const blob: Thing = { t: 'blob' }
export const seal: Seal = { kind: 'seal' }
export function side(shape: Shape): number {
  return shape.kind === 'sq' ? shape.side : 0
}
// @ts-expect-error the mapping names Circle 'circle'
export const named: Shape = { kind: 'Circle', radius: 1 }
// @ts-expect-error Square is tagged by its own const
export const square2: Shape = { kind: 'Square', side: 1 }
// @ts-expect-error Blob is tagged 'blob' through the alias
export const blob2: Thing = { t: 'Blob' }
`
    expect(await typecheckConsumer(sdk, consumer)).toEqual([])

    const mock = sdk.createMock()
    const client = sdk.client.createClient({ fetch: fetchFrom(mock.handlers) })
    const call = (name: string, body: unknown) =>
      (sdk.client[`send${name}`] as CallOperation)({ body }, { client })
    expect((await call('Shape', { kind: 'sq', side: 1 })).status).toBe(200)
    expect((await call('Shape', { kind: 'Square', side: 1 })).status).toBe(400)
    expect((await call('Shape', { kind: 'circle', radius: 1 })).status).toBe(200)
    expect((await call('Shape', { kind: 'Triangle' })).status).toBe(200)
    expect((await call('Thing', { t: 'blob' })).status).toBe(200)
    expect((await call('Thing', { t: 'Blob' })).status).toBe(400)

    const tags = { Shape: new Set<unknown>(), Thing: new Set<unknown>(), Animal: new Set<unknown>() }
    const key = { Shape: 'kind', Thing: 't', Animal: 'kind' } as const
    for (let seed = 1; seed <= 20; seed++) {
      const seeded = sdk.createMock({ seed })
      const seededClient = sdk.client.createClient({ fetch: fetchFrom(seeded.handlers) })
      for (const name of ['Shape', 'Thing', 'Animal'] as const) {
        seeded.scenario(`send${name}`, { status: 200 })
        const answer = await (sdk.client[`send${name}`] as CallOperation)(
          { body: name === 'Thing' ? { t: 'blob' } : { kind: 'circle', radius: 1 } },
          { client: seededClient },
        )
        tags[name].add((answer.data as Record<string, unknown>)[key[name]])
      }
    }
    expect([...tags.Shape].sort()).toEqual(['Triangle', 'circle', 'sq'])
    expect([...tags.Thing]).toEqual(['blob'])
    // A base answers as one of its subtypes, as it does when its mapping is written out; Seal is reached
    // through the mapping alone, and tagged by its own const.
    expect([...tags.Animal].sort()).toEqual(['Lion', 'seal'])
  })
})

describe('tuples (prefixItems, 3.0 items arrays)', () => {
  const schemas = {
    Tuples: {
      type: 'object',
      required: ['open', 'short'],
      properties: {
        open: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }] },
        short: {
          type: 'array',
          prefixItems: [{ type: 'string' }, { type: ['integer', 'null'] }],
          items: false,
          minItems: 1,
        },
      },
    },
  }
  const paths = {
    '/tuples': {
      post: {
        operationId: 'sendTuples',
        requestBody: { required: true, ...json(ref('Tuples')) },
        responses: { '200': { description: 'OK', ...json(ref('Tuples')) }, '400': { description: 'Bad' } },
      },
    },
  }

  it('type the elements past minItems optional, as [] satisfies any prefixItems', async () => {
    const sdk = await generateSdk(documentOf('3.1.0', paths, schemas), 'tuples')
    const consumer = `import type { components } from './schema.js'
type Tuples = components['schemas']['Tuples']
export const shortest: Tuples = { open: [], short: ['a'] }
export const longer: Tuples = { open: ['a', 1, true], short: ['a', null] }
// @ts-expect-error short has minItems 1
export const empty: Tuples = { open: [], short: [] }
// @ts-expect-error short allows no further items
export const long: Tuples = { open: [], short: ['a', 1, 2] }
// @ts-expect-error the first element of open is a string
export const wrong: Tuples = { open: [1], short: ['a'] }
export function second(tuples: Tuples): number | null | undefined {
  return tuples.short[1]
}
`
    expect(await typecheckConsumer(sdk, consumer)).toEqual([])

    const mock = sdk.createMock()
    const client = sdk.client.createClient({ fetch: fetchFrom(mock.handlers) })
    const call = sdk.client.sendTuples as CallOperation
    expect((await call({ body: { open: [], short: ['a'] } }, { client })).status).toBe(200)
    expect((await call({ body: { open: [], short: [] } }, { client })).status).toBe(400)
  })
})

describe('required names beside allOf', () => {
  const schemas = {
    Base: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } } },
    Named: { allOf: [ref('Base'), { required: ['name'] }] },
    Identified: { type: 'object', required: ['id'], allOf: [ref('Base')] },
  }
  const paths = {
    '/named': {
      post: {
        operationId: 'sendNamed',
        requestBody: { required: true, ...json(ref('Named')) },
        responses: { '200': { description: 'OK', ...json(ref('Named')) }, '400': { description: 'Bad' } },
      },
    },
    '/identified': {
      get: {
        operationId: 'getIdentified',
        responses: { '200': { description: 'OK', ...json(ref('Identified')) } },
      },
    },
  }

  it('make the names required, in the types and in the mock', async () => {
    const sdk = await generateSdk(documentOf('3.0.3', paths, schemas), 'allof-required')
    const consumer = `import type { components } from './schema.js'
type Named = components['schemas']['Named']
type Identified = components['schemas']['Identified']
export const named: Named = { name: 'Rex' }
// @ts-expect-error Named requires name
export const nameless: Named = { id: 1 }
// @ts-expect-error name is still a string
export const numbered: Named = { name: 1 }
export const identified: Identified = { id: 1 }
// @ts-expect-error Identified requires id
export const anonymous: Identified = { name: 'Rex' }
export function nameOf(value: Named): string {
  return value.name
}
`
    expect(await typecheckConsumer(sdk, consumer)).toEqual([])

    const mock = sdk.createMock()
    const client = sdk.client.createClient({ fetch: fetchFrom(mock.handlers) })
    const send = sdk.client.sendNamed as CallOperation
    expect((await send({ body: { name: 'Rex' } }, { client })).status).toBe(200)
    expect((await send({ body: { id: 1 } }, { client })).status).toBe(400)
    const get = sdk.client.getIdentified as CallOperation
    const res = await get({}, { client })
    expect(res.status).toBe(200)
    expect(res.data).toHaveProperty('id')
  })
})

describe('readOnly and writeOnly by direction', () => {
  const schemas = {
    Account: object(['id', 'name', 'password', 'createdAt', 'profile'], {
      id: { type: 'integer', readOnly: true },
      name: { type: 'string' },
      password: { type: 'string', writeOnly: true },
      // readOnly on what the property refers to counts too
      createdAt: ref('Timestamp'),
      // a schema that only reaches a readOnly property is written differently as well
      profile: ref('Profile'),
    }),
    Timestamp: { type: 'string', format: 'date-time', readOnly: true },
    Profile: object(['verified', 'bio'], {
      verified: { type: 'boolean', readOnly: true },
      bio: { type: 'string' },
    }),
    Tree: object(['id', 'children'], {
      id: { type: 'integer', readOnly: true },
      children: { type: 'array', items: ref('Tree') },
    }),
    Plain: object(['id'], { id: { type: 'integer' }, note: { type: 'string', readOnly: true } }),
  }
  const paths = {
    '/accounts': {
      post: {
        operationId: 'createAccount',
        requestBody: { required: true, ...json(ref('Account')) },
        responses: {
          '201': { description: 'Created', ...json(ref('Account')) },
          '400': { description: 'Bad' },
        },
      },
    },
    '/trees': {
      put: {
        operationId: 'putTree',
        requestBody: { required: true, ...json(ref('Tree')) },
        responses: { '200': { description: 'OK', ...json(ref('Tree')) } },
      },
    },
    '/search': {
      get: {
        operationId: 'search',
        parameters: [
          { name: 'where', in: 'query', style: 'deepObject', required: true, schema: ref('Profile') },
        ],
        responses: { '200': { description: 'OK', ...json(ref('Profile')) } },
      },
    },
    '/plain': {
      post: {
        operationId: 'postPlain',
        requestBody: { required: true, ...json(ref('Plain')) },
        responses: { '200': { description: 'OK', ...json(ref('Plain')) } },
      },
    },
  }

  it('make a required readOnly property optional in requests and a writeOnly one in responses', async () => {
    const sdk = await generateSdk(documentOf('3.1.0', paths, schemas), 'read-write')
    const consumer = `import type { CreateAccountParams, CreateAccountResult, PutTreeParams, SearchParams } from './operation-types.js'
import type { components, writableComponents } from './schema.js'
type Account = components['schemas']['Account']
export const sent: CreateAccountParams = { body: { name: 'Ann', password: 'secret', profile: { bio: 'hi' } } }
// @ts-expect-error a request requires the writeOnly password
export const noPassword: CreateAccountParams = { body: { name: 'Ann', profile: { bio: 'hi' } } }
// @ts-expect-error a request still requires name, and bio inside profile
export const noBio: CreateAccountParams = { body: { name: 'Ann', password: 'secret', profile: {} } }
// A parameter is written too: the readOnly verified may be left out.
export const where: SearchParams = { query: { where: { bio: 'hi' } } }
export const tree: PutTreeParams = { body: { children: [{ children: [] }] } }
// @ts-expect-error children stays required at every level
export const leaf: PutTreeParams = { body: { children: [{}] } }
export function read(res: CreateAccountResult): number | undefined {
  if (res.status !== 201) return undefined
  const { id, createdAt, profile } = res.data
  return id + createdAt.length + (profile.verified ? 1 : 0)
}
export function password(res: CreateAccountResult): number | undefined {
  // @ts-expect-error a response may leave the writeOnly password out
  return res.status === 201 ? res.data.password.length : undefined
}
// @ts-expect-error an Account as read may lack the password, so it is not what a request sends
export const echo = (account: Account): CreateAccountParams => ({ body: account })
export const fromRead = (account: Account): writableComponents['schemas']['Account'] => ({ ...account, password: 'x' })
// Plain has no required readOnly or writeOnly property: it has one type, used both ways.
// @ts-expect-error no write type is declared for Plain
export type PlainWritten = writableComponents['schemas']['Plain']
`
    expect(await typecheckConsumer(sdk, consumer)).toEqual([])

    const mock = sdk.createMock()
    const client = sdk.client.createClient({ fetch: fetchFrom(mock.handlers) })
    const create = sdk.client.createAccount as CallOperation
    const created = await create(
      { body: { name: 'Ann', password: 'secret', profile: { bio: 'hi' } } },
      { client },
    )
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({ id: expect.any(Number), profile: { verified: expect.any(Boolean) } })
    expect(created.data).not.toHaveProperty('password')
    expect((await create({ body: { name: 'Ann', profile: { bio: 'hi' } } }, { client })).status).toBe(400)
  })
})

describe('optional properties named after members of Object.prototype', () => {
  const schemas = {
    Named: {
      type: 'object',
      required: ['id'],
      properties: {
        id: { type: 'integer' },
        constructor: { type: 'string' },
        toString: { type: 'string' },
        valueOf: { type: 'integer' },
      },
    },
    Open: {
      type: 'object',
      properties: { hasOwnProperty: { type: 'boolean' } },
      additionalProperties: { type: 'string' },
    },
  }
  const paths = {
    '/named': {
      get: {
        operationId: 'getNamed',
        parameters: [{ name: 'constructor', in: 'query', schema: { type: 'string' } }],
        responses: { '200': { description: 'OK', ...json(ref('Named')) } },
      },
    },
  }

  it('accept bodies and parameters that leave them out, as every object has them on its prototype', async () => {
    const sdk = await generateSdk(documentOf('3.1.0', paths, schemas), 'optional-prototype-members')
    const consumer = `import type { components } from './schema.js'
import type { GetNamedParams } from './operation-types.js'
type Named = components['schemas']['Named']
type Open = components['schemas']['Open']
export const params: GetNamedParams = { query: {} }
export const withParam: GetNamedParams = { query: { constructor: 'c' } }
export const bare: Named = { id: 1 }
export const full: Named = { id: 1, constructor: 'c', toString: 't', valueOf: 2 }
export const open: Open = { other: 'x' }
// @ts-expect-error constructor is a string
export const wrong: Named = { id: 1, constructor: 1 }
// @ts-expect-error id is required
export const none: Named = {}
`
    expect(await typecheckConsumer(sdk, consumer)).toEqual([])

    const mock = sdk.createMock()
    mock.scenario('getNamed', { status: 200, body: { id: 1 } })
    const client = sdk.client.createClient({ fetch: fetchFrom(mock.handlers) })
    const named = await (sdk.client.getNamed as CallOperation)({ query: {} }, { client })
    expect(named.data).toEqual({ id: 1 })
    expect(mock.calls('getNamed')[0]?.url).not.toContain('constructor')
  })
})

describe('minProperties above the named properties', () => {
  const schemas = {
    Labels: {
      type: 'object',
      minProperties: 3,
      required: ['id'],
      properties: { id: { type: 'integer' }, name: { type: 'string' } },
    },
  }
  const paths = {
    '/labels': {
      post: {
        operationId: 'sendLabels',
        requestBody: { required: true, ...json(ref('Labels')) },
        responses: { '200': { description: 'OK', ...json(ref('Labels')) }, '400': { description: 'Bad' } },
      },
    },
  }

  it('type the object open, as every valid one has undeclared properties', async () => {
    const sdk = await generateSdk(documentOf('3.1.0', paths, schemas), 'min-properties')
    const consumer = `import type { components } from './schema.js'
type Labels = components['schemas']['Labels']
export const valid: Labels = { id: 1, name: 'a', colour: 'red' }
// @ts-expect-error id is required
export const noId: Labels = { name: 'a', colour: 'red', size: 2 }
// @ts-expect-error name is a string
export const wrongName: Labels = { id: 1, name: 2, colour: 'red' }
`
    expect(await typecheckConsumer(sdk, consumer)).toEqual([])

    const mock = sdk.createMock()
    const client = sdk.client.createClient({ fetch: fetchFrom(mock.handlers) })
    const call = sdk.client.sendLabels as CallOperation
    const answer = await call({ body: { id: 1, name: 'a', colour: 'red' } }, { client })
    expect(answer.status).toBe(200)
    expect(Object.keys(answer.data as object).length).toBeGreaterThanOrEqual(3)
    expect((await call({ body: { id: 1, name: 'a' } }, { client })).status).toBe(400)
  })
})
