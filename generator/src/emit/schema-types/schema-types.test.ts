import { describe, expect, test } from 'vitest'
import { SchemaDirections } from './directions.ts'
import { rootPosition } from './position.ts'
import { RefGraph } from './ref-graph.ts'
import { RefTargets } from './ref-targets.ts'
import { SchemaTypes } from './schema-types.ts'

/** Component schemas the cases refer to. */
const SCHEMAS: Record<string, unknown> = {
  A: { type: 'object', properties: { a: { type: 'string' } } },
  Tagged: { type: 'object', required: ['kind'], properties: { kind: { $ref: '#/components/schemas/Kind' } } },
  Kind: { type: 'string', enum: ['tagged'] },
  B: { type: 'object', properties: { b: { type: 'number' } } },
  'a/b~c': { type: 'string' },
  ToB: { $ref: '#/components/schemas/B' },
  ToToB: { $ref: '#/components/schemas/ToB' },
  WrapsB: { allOf: [{ $ref: '#/components/schemas/B' }], description: 'only a wrapper' },
  Loop1: { $ref: '#/components/schemas/Loop2' },
  Loop2: { $ref: '#/components/schemas/Loop1' },
  WithDefs: { $defs: { Inner: { type: 'integer' } }, properties: { x: { type: 'boolean' } } },
}

/** The type text of `given` written outside any node, in a 3.1 (default) or 3.0 document. */
function typeText(given: unknown, openapi = '3.1.0'): string {
  const openapi31 = openapi.startsWith('3.1')
  const document = { openapi, components: { schemas: SCHEMAS } }
  const directions = new SchemaDirections(document, openapi31)
  const writer = new SchemaTypes(new RefTargets(document, openapi31), new RefGraph(), openapi31, directions)
  return writer.typeOf(given, rootPosition(-1, '', 'read')).text
}

type Case = [string, { given: unknown; want: string; openapi?: string }]

const A = "components['schemas']['A']"
const B = "components['schemas']['B']"

describe('primitive types', () => {
  test.each<Case>([
    ['string', { given: { type: 'string' }, want: 'string' }],
    ['integer is a number', { given: { type: 'integer', format: 'int64' }, want: 'number' }],
    ['number', { given: { type: 'number' }, want: 'number' }],
    ['boolean', { given: { type: 'boolean' }, want: 'boolean' }],
    ['null', { given: { type: 'null' }, want: 'null' }],
    [
      'a 3.1 type array is a union',
      { given: { type: ['string', 'integer', 'null'] }, want: 'string | number | null' },
    ],
    ['3.0 nullable', { given: { type: 'string', nullable: true }, want: 'string | null', openapi: '3.0.3' }],
    [
      'binary strings stay strings inside JSON',
      { given: { type: 'string', format: 'binary' }, want: 'string' },
    ],
    ['an unknown type name', { given: { type: 'file' }, want: 'unknown' }],
    ['a type named like an Object.prototype member', { given: { type: 'constructor' }, want: 'unknown' }],
    ['{}', { given: {}, want: 'unknown' }],
    ['annotations only', { given: { description: 'anything', example: 1 }, want: 'unknown' }],
    ['true', { given: true, want: 'unknown' }],
    ['false', { given: false, want: 'never' }],
    ['not', { given: { not: { type: 'string' } }, want: 'unknown' }],
    ['not a schema', { given: 'string', want: 'unknown' }],
  ])('%s', (_, { given, want, openapi }) => {
    expect(typeText(given, openapi)).toBe(want)
  })
})

describe('enum and const', () => {
  test.each<Case>([
    ['strings', { given: { type: 'string', enum: ['a', 'b'] }, want: "'a' | 'b'" }],
    [
      'quotes and backslashes escaped',
      { given: { enum: ["it's", '"q"', 'a\\b'] }, want: "'it\\'s' | '\"q\"' | 'a\\\\b'" },
    ],
    ['line separators escaped', { given: { enum: ['a\u2028b', '\r\n'] }, want: "'a\\u2028b' | '\\r\\n'" }],
    ['numbers, negative and fractional', { given: { enum: [1, -2, 0.5] }, want: '1 | -2 | 0.5' }],
    ['null as a value', { given: { enum: ['on', null] }, want: "'on' | null" }],
    [
      'nullable beside an enum',
      { given: { enum: ['on'], nullable: true }, want: "'on' | null", openapi: '3.0.3' },
    ],
    [
      'null in both the type array and the enum, written once',
      { given: { type: ['string', 'null'], enum: ['on', null] }, want: "'on' | null" },
    ],
    [
      'a null enum member beside nullable, written once',
      {
        given: { type: 'string', nullable: true, enum: ['on', null] },
        want: "'on' | null",
        openapi: '3.0.3',
      },
    ],
    [
      'oneOf members that repeat a type, written once',
      {
        given: { oneOf: [{ type: 'string' }, { type: 'null' }, { type: ['string', 'null'] }] },
        want: 'string | null',
      },
    ],
    ['an integer beyond 2^53 is a number', { given: { enum: [1, 2 ** 60] }, want: '1 | number' }],
    ['booleans', { given: { enum: [true, false] }, want: 'true | false' }],
    [
      'a value without a literal type falls back to the type',
      { given: { type: 'object', enum: [{}] }, want: 'Record<string, unknown>' },
    ],
    ['const', { given: { const: 'v1' }, want: "'v1'" }],
    ['const beside a type', { given: { type: 'integer', const: 4 }, want: '4' }],
    ['const null', { given: { const: null }, want: 'null' }],
  ])('%s', (_, { given, want, openapi }) => {
    expect(typeText(given, openapi)).toBe(want)
  })

  test('5,000 values are one literal union', () => {
    const values = Array.from({ length: 5000 }, (_, index) => `v${index}`)
    const text = typeText({ type: 'string', enum: values })
    expect(text.split(' | ')).toHaveLength(5000)
    expect(text.startsWith("'v0' | 'v1'")).toBe(true)
  })
})

describe('objects', () => {
  test.each<Case>([
    [
      'required and optional properties',
      {
        given: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'integer' }, name: { type: 'string' } },
        },
        want: '{\n  id: number;\n  name?: string;\n}',
      },
    ],
    [
      'names that are not identifiers are quoted',
      {
        given: {
          properties: Object.fromEntries(
            ['__proto__', 'hasOwnProperty', 'constructor', '', 'a-b', '$ref', '+1', '0', "it's"].map(
              (name) => [name, { type: 'string' }],
            ),
          ),
        },
        want: [
          '{',
          '  0?: string;',
          '  __proto__?: string;',
          "  hasOwnProperty?: string | Object['hasOwnProperty'];",
          "  constructor?: string | Object['constructor'];",
          "  ''?: string;",
          "  'a-b'?: string;",
          '  $ref?: string;',
          "  '+1'?: string;",
          "  'it\\'s'?: string;",
          '}',
        ].join('\n'),
      },
    ],
    ['type object alone', { given: { type: 'object' }, want: 'Record<string, unknown>' }],
    ['empty properties', { given: { type: 'object', properties: {} }, want: 'Record<string, unknown>' }],
    [
      'additionalProperties false alone',
      { given: { type: 'object', additionalProperties: false }, want: 'Record<string, never>' },
    ],
    [
      'additionalProperties true',
      { given: { type: 'object', additionalProperties: true }, want: '{\n  [key: string]: unknown;\n}' },
    ],
    [
      'additionalProperties {}',
      { given: { additionalProperties: {} }, want: '{\n  [key: string]: unknown;\n}' },
    ],
    [
      'additionalProperties as a schema',
      {
        given: { type: 'object', additionalProperties: { $ref: '#/components/schemas/A' } },
        want: `{\n  [key: string]: ${A};\n}`,
      },
    ],
    [
      'declared properties are admitted by the index signature',
      {
        given: {
          required: ['total'],
          properties: { total: { type: 'integer' }, label: { type: 'string' } },
          additionalProperties: { type: 'boolean' },
        },
        want: '{\n  total: number;\n  label?: string;\n  [key: string]: boolean | number | string | undefined;\n}',
      },
    ],
    [
      'additionalProperties false beside properties adds nothing',
      {
        given: { properties: { a: { type: 'string' } }, additionalProperties: false },
        want: '{\n  a?: string;\n}',
      },
    ],
    [
      'patternProperties',
      {
        given: { patternProperties: { '^x-': { type: 'string' }, '^n-': { type: 'number' } } },
        want: '{\n  [key: string]: string | number;\n}',
      },
    ],
    [
      'a property with a description',
      {
        given: { properties: { a: { type: 'string', description: 'The a.\n\nSecond paragraph.' } } },
        want: '{\n  /**\n   * The a.\n   *\n   * Second paragraph.\n   */\n  a?: string;\n}',
      },
    ],
    [
      'hostile descriptions stay inside their comment',
      {
        given: { properties: { a: { type: 'string', description: 'ends */ here\u2028next\rlast' } } },
        want: '{\n  /**\n   * ends *\\/ here\n   * next\n   * last\n   */\n  a?: string;\n}',
      },
    ],
    [
      'a deprecated property',
      {
        given: { properties: { old: { type: 'string', deprecated: true } } },
        want: '{\n  /** @deprecated */\n  old?: string;\n}',
      },
    ],
    [
      'a nullable object (3.1)',
      {
        given: { type: ['object', 'null'], properties: { a: { type: 'string' } } },
        want: '{\n  a?: string;\n} | null',
      },
    ],
  ])('%s', (_, { given, want, openapi }) => {
    expect(typeText(given, openapi)).toBe(want)
  })
})

describe('arrays', () => {
  test.each<Case>([
    ['items', { given: { type: 'array', items: { type: 'string' } }, want: 'string[]' }],
    ['items without type', { given: { items: { type: 'integer' } }, want: 'number[]' }],
    [
      'a union of items is parenthesised',
      { given: { type: 'array', items: { type: ['string', 'null'] } }, want: '(string | null)[]' },
    ],
    ['no items', { given: { type: 'array' }, want: 'unknown[]' }],
    [
      'nested arrays',
      { given: { type: 'array', items: { type: 'array', items: { type: 'boolean' } } }, want: 'boolean[][]' },
    ],
    [
      '3.1 prefixItems with open rest; without minItems every element is optional',
      {
        given: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }] },
        want: '[string?, number?, ...unknown[]]',
      },
    ],
    [
      '3.1 prefixItems with typed rest',
      {
        given: { prefixItems: [{ type: 'string' }], items: { type: 'boolean' }, minItems: 1 },
        want: '[string, ...boolean[]]',
      },
    ],
    [
      '3.1 prefixItems, closed',
      {
        given: { prefixItems: [{ type: 'number' }, { type: 'number' }], items: false, minItems: 2 },
        want: '[number, number]',
      },
    ],
    [
      '3.1 prefixItems, elements past minItems optional, a union parenthesised',
      {
        given: { prefixItems: [{ type: 'number' }, { type: ['string', 'null'] }], items: false, minItems: 1 },
        want: '[number, (string | null)?]',
      },
    ],
    [
      '3.0 tuple-style items',
      {
        given: { type: 'array', items: [{ type: 'string' }, { type: 'integer' }], additionalItems: false },
        want: '[string?, number?]',
        openapi: '3.0.3',
      },
    ],
  ])('%s', (_, { given, want, openapi }) => {
    expect(typeText(given, openapi)).toBe(want)
  })
})

describe('combinators', () => {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
  test.each<Case>([
    ['allOf is an intersection', { given: { allOf: [ref('A'), ref('B')] }, want: `${A} & ${B}` }],
    [
      'a union inside an intersection is parenthesised',
      {
        given: { allOf: [ref('A'), { oneOf: [ref('B'), { type: 'string' }] }] },
        want: `${A} & (${B} | string)`,
      },
    ],
    ['oneOf is a union', { given: { oneOf: [ref('A'), { type: 'string' }] }, want: `${A} | string` }],
    ['anyOf is a union', { given: { anyOf: [ref('A'), ref('B')] }, want: `${A} | ${B}` }],
    ['an empty oneOf', { given: { oneOf: [] }, want: 'unknown' }],
    [
      'properties beside oneOf',
      {
        given: { type: 'object', properties: { kind: { type: 'string' } }, oneOf: [ref('A'), ref('B')] },
        want: `{\n  kind?: string;\n} & (${A} | ${B})`,
      },
    ],
    [
      'a bare type object beside oneOf adds nothing',
      { given: { type: 'object', oneOf: [ref('A'), ref('B')] }, want: `${A} | ${B}` },
    ],
    [
      'nullable beside allOf (3.0)',
      { given: { nullable: true, allOf: [ref('A')] }, want: `${A} | null`, openapi: '3.0.3' },
    ],
    [
      'nullable beside oneOf (3.0)',
      {
        given: { nullable: true, oneOf: [ref('A'), ref('B')] },
        want: `${A} | ${B} | null`,
        openapi: '3.0.3',
      },
    ],
    [
      'a lone type null beside oneOf',
      { given: { type: 'null', oneOf: [ref('A'), { type: 'string' }] }, want: `${A} | string | null` },
    ],
    [
      'a discriminator mapping with references and bare names',
      {
        given: {
          oneOf: [ref('A'), ref('B'), { type: 'string' }],
          discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/A', b: 'B', bb: 'B' } },
        },
        want: `${A} & { kind: 'a' } | ${B} & { kind: 'b' | 'bb' } | string`,
      },
    ],
    [
      'a discriminator mapping that names an alias',
      {
        given: { oneOf: [ref('B')], discriminator: { propertyName: 'type', mapping: { b: 'ToToB' } } },
        want: `${B} & { type: 'b' }`,
      },
    ],
    [
      'only the mapping tags: the model has written implicit values into it (model/explicit-mappings.ts)',
      {
        given: {
          oneOf: [ref('A'), ref('B'), ref('Tagged')],
          discriminator: { propertyName: 'kind', mapping: { a: 'A' } },
        },
        want: `${A} & { kind: 'a' } | ${B} | components['schemas']['Tagged']`,
      },
    ],
    [
      'a hostile discriminator property name is quoted',
      {
        given: { oneOf: [ref('A')], discriminator: { propertyName: 'x-kind', mapping: { "it's": 'A' } } },
        want: `${A} & { 'x-kind': 'it\\'s' }`,
      },
    ],
  ])('%s', (_, { given, want, openapi }) => {
    expect(typeText(given, openapi)).toBe(want)
  })
})

describe('references', () => {
  test.each<Case>([
    ['to a component', { given: { $ref: '#/components/schemas/A' }, want: A }],
    [
      'to a name with pointer escapes',
      { given: { $ref: '#/components/schemas/a~1b~0c' }, want: "components['schemas']['a/b~c']" },
    ],
    ['percent-encoded', { given: { $ref: '#/components/schemas/%41' }, want: A }],
    ['an alias chain collapses to its end', { given: { $ref: '#/components/schemas/ToToB' }, want: B }],
    [
      'a single allOf member wrapper is an alias',
      { given: { $ref: '#/components/schemas/WrapsB' }, want: B },
    ],
    [
      'an inline wrapper is an alias',
      { given: { allOf: [{ $ref: '#/components/schemas/ToB' }], title: 'x' }, want: B },
    ],
    ['a loop of aliases', { given: { $ref: '#/components/schemas/Loop1' }, want: 'unknown' }],
    ['a missing target', { given: { $ref: '#/components/schemas/Missing' }, want: 'unknown' }],
    ['an external reference', { given: { $ref: 'other.yaml#/Pet' }, want: 'unknown' }],
    [
      'below a component root',
      {
        given: { $ref: '#/components/schemas/WithDefs/$defs/Inner' },
        want: "$refs['#/components/schemas/WithDefs/$defs/Inner']",
      },
    ],
    [
      '3.0 ignores keywords beside $ref',
      { given: { $ref: '#/components/schemas/A', type: 'string' }, want: A, openapi: '3.0.3' },
    ],
    [
      '3.0 keeps nullable beside $ref',
      { given: { $ref: '#/components/schemas/A', nullable: true }, want: `${A} | null`, openapi: '3.0.3' },
    ],
    [
      '3.1 applies keywords beside $ref',
      {
        given: { $ref: '#/components/schemas/A', required: ['a'], properties: { z: { type: 'string' } } },
        want: `${A} & {\n  z?: string;\n  a: {} | null;\n}`,
      },
    ],
    [
      'an allOf member that only requires names makes them required',
      {
        given: { allOf: [{ $ref: '#/components/schemas/A' }, { required: ['a'] }] },
        want: `${A} & {\n  a: {} | null;\n}`,
      },
    ],
    [
      'type: object beside allOf keeps its required names',
      {
        given: { type: 'object', required: ['a'], allOf: [{ $ref: '#/components/schemas/A' }] },
        want: `${A} & {\n  a: {} | null;\n}`,
      },
    ],
    [
      'a required name without a property takes the index signature type',
      {
        given: { type: 'object', required: ['x'], additionalProperties: { type: 'number' } },
        want: '{\n  x: number;\n  [key: string]: number;\n}',
      },
    ],
    [
      '3.1 nullable reference',
      { given: { oneOf: [{ $ref: '#/components/schemas/A' }, { type: 'null' }] }, want: `${A} | null` },
    ],
  ])('%s', (_, { given, want, openapi }) => {
    expect(typeText(given, openapi)).toBe(want)
  })
})

describe('depth', () => {
  test('nesting beyond the limit is unknown, without overflowing the stack', () => {
    let schema: unknown = { type: 'string' }
    for (let level = 0; level < 20_000; level++) schema = { type: 'array', items: schema }
    const text = typeText(schema)
    expect(text.startsWith('unknown[]')).toBe(true)
    expect(text.endsWith('[]'.repeat(128))).toBe(true)
  })
})
