import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import type { JsonSchema } from '../../model/types.ts'
import {
  createContent,
  createModel,
  createOperation,
  createRequestBody,
} from '../../testing/model-factory.ts'
import { REPOSITORY, renderInto, SCRATCH, SDK_FILES, typecheckDirectory } from './compile-generated.ts'
import { emitSchemaTypes } from './emit-schema-types.ts'

/** Every example spec: the top level of `specs/` and `specs/features/`, and the multi-file one. */
const SPECS: readonly string[] = [
  ...['specs', 'specs/features'].flatMap((folder) =>
    readdirSync(join(REPOSITORY, folder))
      .filter((name) => /\.(ya?ml|json)$/.test(name))
      .map((name) => `${folder}/${name}`),
  ),
  'specs/features/multi-file/openapi.yaml',
]

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

/** Schemas that are hard on TypeScript: recursion through every construct, and hostile sizes. */
function hardSchemas(): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {
    Node: { type: 'object', required: ['next'], properties: { next: ref('Node') } },
    Json: {
      nullable: true,
      oneOf: [
        { type: 'string' },
        { type: 'object', additionalProperties: ref('Json') },
        { type: 'array', items: ref('Json') },
      ],
    },
    Tree: { type: 'array', items: ref('Tree') },
    Pair: { type: 'array', prefixItems: [ref('Pair'), { type: 'string' }], items: false },
    Self: { oneOf: [ref('Self'), { type: 'string' }] },
    Both: { allOf: [ref('Both'), { type: 'object', properties: { a: { type: 'string' } } }] },
    Pet: {
      type: 'object',
      required: ['petType'],
      properties: { petType: { type: 'string' } },
      oneOf: [ref('Dog'), ref('Cat')],
      discriminator: { propertyName: 'petType', mapping: { dog: 'Dog', cat: '#/components/schemas/Cat' } },
    },
    Dog: {
      allOf: [ref('Pet'), { type: 'object', required: ['bark'], properties: { bark: { type: 'boolean' } } }],
    },
    Cat: {
      allOf: [
        ref('Pet'),
        { type: 'object', required: ['lives'], properties: { lives: { type: 'integer' } } },
      ],
    },
    Mixed: {
      type: 'object',
      required: ['total'],
      properties: { total: { type: 'integer' }, label: { type: 'string' }, self: ref('Mixed') },
      additionalProperties: { type: 'boolean' },
    },
    Deep: {},
    Loop1: ref('Loop2'),
    Loop2: ref('Loop1'),
  }
  let deep: JsonSchema = { type: 'string' }
  for (let level = 0; level < 2000; level++) {
    deep =
      level % 3 === 0
        ? { type: 'array', items: deep }
        : { type: 'object', properties: { a: deep }, nullable: true }
  }
  schemas.Deep = deep
  for (let index = 0; index < 1000; index++) {
    schemas[`Chain${index}`] =
      index === 999 ? { type: 'string' } : { oneOf: [ref(`Chain${index + 1}`), { type: 'integer' }] }
    schemas[`Ring${index}`] = {
      anyOf: [ref(`Ring${(index + 1) % 1000}`), { type: 'array', items: ref(`Ring${(index + 1) % 1000}`) }],
    }
    schemas[`Alias${index}`] = ref(index === 999 ? 'Node' : `Alias${index + 1}`)
  }
  return schemas
}

/** A strict consumer of the hard schemas: narrowing by discriminator, recursion, index signatures. */
const CONSUMER = `import type { components } from './schema.d.ts'
type S = components['schemas']
declare const pet: S['Pet']
if (pet.petType === 'dog') { const bark: boolean = pet.bark; console.log(bark) }
const json: S['Json'] = { a: [1 as unknown as S['Json'], 'x', null, { b: 'c' }] }
const tree: S['Tree'] = [[[]], []]
const mixed: S['Mixed'] = { total: 1, extra: true }
const chain: S['Chain0'] = 'x'
const alias: S['Alias0'] = { next: {} as S['Node'] }
declare const deep: S['Deep']
declare const ring: S['Ring7']
const body: { file: Blob | string } = { file: new Blob(['x']) }
console.log(json, tree, mixed, chain, alias, deep, ring, body)
// @ts-expect-error a cat is not a dog
const wrong: S['Dog'] = { petType: 'cat', bark: true }
console.log(wrong)
`

describe('schema.d.ts compiles under strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess', () => {
  const dirs = new Map<string, string>()
  let errors: string[] = []

  const scratch = join(SCRATCH, 'examples')

  beforeAll(async () => {
    rmSync(scratch, { recursive: true, force: true })
    const roots: string[] = []
    for (const spec of SPECS) {
      const dir = join(scratch, spec.replace(/[^A-Za-z0-9]+/g, '-'))
      await renderInto(join(REPOSITORY, spec), dir)
      dirs.set(spec, dir)
      roots.push(...SDK_FILES.map((file) => join(dir, file)))
    }
    const hard = join(scratch, 'hard-schemas')
    mkdirSync(hard, { recursive: true })
    const model = createModel({
      schemas: hardSchemas(),
      openapi: '3.1.0',
      operations: [
        createOperation({
          method: 'post',
          requestBody: createRequestBody({
            contents: [
              createContent({
                mediaType: 'multipart/form-data',
                kind: 'multipart',
                schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
              }),
            ],
          }),
        }),
      ],
    })
    writeFileSync(join(hard, 'schema.d.ts'), emitSchemaTypes(model).contents)
    writeFileSync(join(hard, 'consumer.ts'), CONSUMER)
    dirs.set('hard schemas', hard)
    roots.push(join(hard, 'schema.d.ts'), join(hard, 'consumer.ts'))
    errors = typecheckDirectory(
      scratch,
      roots.map((root) => root.slice(scratch.length + 1)),
    )
  })

  test.each([...SPECS, 'hard schemas'])('%s', (spec) => {
    const dir = dirs.get(spec)?.slice(REPOSITORY.length)
    expect(dir).toBeDefined()
    expect(errors.filter((error) => error.startsWith(`${dir}/`))).toEqual([])
  })

  test('nothing outside the generated files fails', () => {
    expect(errors.filter((error) => !error.startsWith('.cache/'))).toEqual([])
  })
})
