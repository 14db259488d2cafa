import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSampler } from './sampler.ts'

/**
 * Property: for any satisfiable schema built from the generators below — types, bounds, formats,
 * patterns, enums, nested objects and arrays, allOf of compatible parts, oneOf of exclusive branches,
 * anyOf, nullable — every sample validates against the schema.
 */

type Json = Record<string, unknown>
const FORMATS = ['uuid', 'date', 'date-time', 'email', 'uri', 'hostname', 'ipv4', 'ipv6', 'byte']
const PATTERNS = ['^[a-z]+$', '^[A-Z][a-z0-9]*$', '^\\d+$', '^(ab|cd)+x?$']
const name = fc.stringMatching(/^[a-z][a-zA-Z_]{0,7}$/)

const stringSchema = fc.oneof(
  fc.record({ type: fc.constant('string') }),
  fc
    .tuple(fc.nat(6), fc.nat(10))
    .map(([min, extra]): Json => ({ type: 'string', minLength: min, maxLength: min + extra })),
  fc.constantFrom(...FORMATS).map((format): Json => ({ type: 'string', format })),
  fc.tuple(fc.constantFrom(...PATTERNS), fc.integer({ min: 1, max: 4 }), fc.nat(8)).map(
    ([pattern, min, extra]): Json => ({
      type: 'string',
      pattern,
      minLength: min,
      maxLength: min + 2 + extra,
    }),
  ),
)

const integerSchema = fc
  .record(
    {
      min: fc.integer({ min: -1000, max: 1000 }),
      span: fc.nat(500),
      multipleOf: fc.constantFrom(1, 2, 5, 7),
    },
    { requiredKeys: [] },
  )
  .map(
    ({ min, span, multipleOf }): Json => ({
      type: 'integer',
      ...(min === undefined ? {} : { minimum: min }),
      ...(min !== undefined && span !== undefined ? { maximum: min + span + (multipleOf ?? 1) } : {}),
      ...(multipleOf === undefined ? {} : { multipleOf }),
    }),
  )

const numberSchema = fc
  .tuple(
    fc.double({ min: -1e4, max: 1e4, noNaN: true }),
    fc.double({ min: 1, max: 1e3, noNaN: true }),
    fc.constantFrom(0.01, 0.25, 0.5, undefined),
  )
  .map(
    ([min, span, multipleOf]): Json => ({
      type: 'number',
      exclusiveMinimum: Math.round(min * 100) / 100,
      maximum: Math.round((min + span) * 100) / 100,
      ...(multipleOf === undefined ? {} : { multipleOf }),
    }),
  )

const scalar = fc.oneof(
  stringSchema,
  integerSchema,
  numberSchema,
  fc.constant<Json>({ type: 'boolean' }),
  fc
    .array(fc.oneof(fc.string(), fc.integer(), fc.boolean()), { minLength: 1, maxLength: 5 })
    .map((values): Json => ({ enum: values })),
  fc.jsonValue({ maxDepth: 2 }).map((value): Json => ({ const: value })),
)

function nodeArbitrary(dialect: '3.0' | '3.1'): fc.Arbitrary<Json> {
  const nullable = (schema: Json): Json => {
    if (typeof schema.type !== 'string') return schema
    return dialect === '3.0' ? { ...schema, nullable: true } : { ...schema, type: [schema.type, 'null'] }
  }
  const { node } = fc.letrec<{ node: Json; object: Json }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 3 },
      scalar,
      tie('object'),
      fc
        .record({ items: tie('node'), min: fc.nat(2), extra: fc.nat(3) })
        .map(
          ({ items, min, extra }): Json => ({ type: 'array', items, minItems: min, maxItems: min + extra }),
        ),
      fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 0, maxLength: 5 }).map(
        (letters): Json => ({
          type: 'array',
          uniqueItems: true,
          minItems: new Set(letters).size,
          items: { type: 'string', pattern: '^[a-e]$' },
        }),
      ),
      tie('object').map((object): Json => splitAllOf(object)),
      fc
        .tuple(stringSchema, integerSchema, fc.constant<Json>({ type: 'boolean' }))
        .map((branches): Json => ({ oneOf: branches })),
      fc
        .tuple(tie('object'), tie('object'))
        .map(([a, b]): Json => ({ oneOf: [tagged(a, 'a'), tagged(b, 'b')] })),
      fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((branches): Json => ({ anyOf: branches })),
      scalar.map(nullable),
      tie('object').map(nullable),
    ),
    object: fc
      .record({
        properties: fc.dictionary(name, tie('node'), { maxKeys: 4 }),
        requiredMask: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        additional: fc.constantFrom<'none' | 'false' | 'schema'>('none', 'false', 'schema'),
        minProps: fc.boolean(),
      })
      .map(({ properties, requiredMask, additional, minProps }): Json => {
        const keys = Object.keys(properties)
        const required = keys.filter((_, i) => requiredMask[i])
        return {
          type: 'object',
          properties,
          ...(required.length > 0 ? { required } : {}),
          ...(additional === 'false' ? { additionalProperties: false } : {}),
          ...(additional === 'schema' ? { additionalProperties: { type: 'integer', minimum: 0 } } : {}),
          ...(minProps ? { minProperties: keys.length } : {}),
        }
      }),
  }))
  return node
}

/** An object schema as `allOf` of two parts that split its properties (compatible by construction). */
function splitAllOf(object: Json): Json {
  const entries = Object.entries(object.properties as Json)
  const required = (object.required ?? []) as string[]
  const half = Math.ceil(entries.length / 2)
  const part = (list: [string, unknown][]): Json => ({
    type: 'object',
    properties: Object.fromEntries(list),
    required: required.filter((r) => list.some(([k]) => k === r)),
  })
  return { allOf: [part(entries.slice(0, half)), part(entries.slice(half))] }
}

/** An object branch of a oneOf that a required constant tag keeps apart from its siblings. */
function tagged(object: Json, tag: string): Json {
  const properties = { ...(object.properties as Json), kind: { type: 'string', enum: [tag] } }
  return { ...object, properties, required: [...new Set([...((object.required ?? []) as string[]), 'kind'])] }
}

describe.each([
  ['3.0', '3.0.3'],
  ['3.1', '3.1.0'],
] as const)('every sample validates (OpenAPI %s)', (dialect, openapi) => {
  it('for arbitrary schemas', () => {
    fc.assert(
      fc.property(nodeArbitrary(dialect), fc.integer({ min: 1, max: 2 ** 31 }), (schema, seed) => {
        const root = { components: { schemas: { S: schema } } }
        const sampler = createSampler({ root, openapi })
        for (const s of [seed, seed + 1]) {
          const value = sampler.sample({ $ref: '#/components/schemas/S' }, { seed: s })
          const result = sampler.validator.validate({ $ref: '#/components/schemas/S' }, value, {
            direction: 'response',
          })
          expect(result.errors, `${JSON.stringify(schema)}\n→ ${JSON.stringify(value)}`).toEqual([])
        }
      }),
      { numRuns: 150 },
    )
  })
})

/** Any keyword with any value, satisfiable or not, well-formed or not. */
function chaosArbitrary(): fc.Arbitrary<unknown> {
  const value = fc.oneof(
    fc.integer({ min: -5, max: 12 }),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.constantFrom(
      'string',
      'integer',
      'number',
      'object',
      'array',
      'null',
      'boolean',
      'file',
      '(',
      '^[a-z]{3}$',
      'email',
    ),
    fc.constant(null),
    fc.array(fc.constantFrom('a', 'string', 'null', 1), { maxLength: 3 }),
  )
  const keyword = fc.constantFrom(
    'type',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'multipleOf',
    'minLength',
    'maxLength',
    'pattern',
    'format',
    'enum',
    'const',
    'minItems',
    'maxItems',
    'uniqueItems',
    'required',
    'minProperties',
    'maxProperties',
    'nullable',
    'example',
    'default',
  )
  const { node } = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 3 },
      fc.dictionary(keyword, value, { maxKeys: 5 }),
      fc.boolean(),
      fc.record({
        type: fc.constant('object'),
        properties: fc.dictionary(name, tie('node'), { maxKeys: 3 }),
        required: fc.array(name, { maxLength: 2 }),
      }),
      fc.record({ items: tie('node'), minItems: fc.integer({ min: -1, max: 4 }), uniqueItems: fc.boolean() }),
      fc.record({ oneOf: fc.array(tie('node'), { maxLength: 3 }) }),
      fc.record({ allOf: fc.array(tie('node'), { maxLength: 3 }) }),
      fc.record({ anyOf: fc.array(tie('node'), { maxLength: 3 }), not: tie('node') }),
      fc.constant({ $ref: '#/components/schemas/S' }),
      fc.constant({ $ref: '#/components/schemas/Missing' }),
    ),
  }))
  return node
}

describe.each(['3.0.3', '3.1.0'])(
  'never throws, even for unsatisfiable or malformed schemas (OpenAPI %s)',
  (openapi) => {
    it('for arbitrary keyword soup', () => {
      fc.assert(
        fc.property(chaosArbitrary(), (schema) => {
          const sampler = createSampler({
            root: { components: { schemas: { S: schema } } },
            openapi,
            onIssue: () => {},
          })
          sampler.sample({ $ref: '#/components/schemas/S' }, { seed: 1 })
          sampler.sample({ $ref: '#/components/schemas/S' }, { seed: 2, direction: 'request' })
        }),
        { numRuns: 100 },
      )
    })
  },
)
