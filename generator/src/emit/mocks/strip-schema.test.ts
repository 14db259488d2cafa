import { describe, expect, it } from 'vitest'
import { collectRefs, stripSchema } from './strip-schema.ts'

describe('stripSchema', () => {
  const cases: [string, { given: unknown; want: unknown; refs?: string[] }][] = [
    [
      'drops annotations of the schema itself',
      {
        given: {
          type: 'string',
          description: 'A name',
          $comment: 'x',
          externalDocs: { url: 'u' },
        },
        want: { type: 'string' },
      },
    ],
    [
      'keeps the XML Object, which the mock writes XML responses by',
      {
        given: {
          type: 'array',
          xml: { name: 'pets', wrapped: true },
          items: { type: 'string', description: 'A name', xml: { name: 'pet', prefix: 'p' } },
        },
        want: {
          type: 'array',
          xml: { name: 'pets', wrapped: true },
          items: { type: 'string', xml: { name: 'pet', prefix: 'p' } },
        },
      },
    ],
    [
      'keeps properties named like annotations, and strips inside them',
      {
        given: {
          type: 'object',
          required: ['description', 'xml'],
          properties: {
            description: { type: 'string', description: 'the description property' },
            xml: { type: 'string' },
          },
        },
        want: {
          type: 'object',
          required: ['description', 'xml'],
          properties: { description: { type: 'string' }, xml: { type: 'string' } },
        },
      },
    ],
    [
      'leaves values that are data alone',
      {
        given: {
          type: 'object',
          example: { description: 'kept' },
          default: { description: 'kept' },
          enum: [{ description: 'kept' }],
          const: { description: 'kept' },
          discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/A' } },
        },
        want: {
          type: 'object',
          example: { description: 'kept' },
          default: { description: 'kept' },
          enum: [{ description: 'kept' }],
          const: { description: 'kept' },
          discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/A' } },
        },
      },
    ],
    [
      'reports the schemas a discriminator mapping names, as references or bare names',
      {
        given: {
          discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/A', b: 'B/C' } },
        },
        want: { discriminator: { propertyName: 'kind', mapping: { a: '#/components/schemas/A', b: 'B/C' } } },
        refs: ['#/components/schemas/A', '#/components/schemas/B~1C'],
      },
    ],
    [
      'walks every applicator and reports $refs',
      {
        given: {
          allOf: [{ $ref: '#/components/schemas/A', description: 'd' }],
          anyOf: [{ description: 'd', type: 'null' }],
          oneOf: [{ items: { $ref: '#/components/schemas/B', description: 'd' } }],
          not: { description: 'd' },
          additionalProperties: { description: 'd', type: 'integer' },
          patternProperties: { '^x-': { description: 'd' } },
          prefixItems: [{ description: 'd' }],
          items: [{ description: 'd' }],
          dependencies: { a: ['b'], c: { description: 'd' } },
          $defs: { local: { description: 'd', $ref: '#/components/schemas/C' } },
        },
        want: {
          allOf: [{ $ref: '#/components/schemas/A' }],
          anyOf: [{ type: 'null' }],
          oneOf: [{ items: { $ref: '#/components/schemas/B' } }],
          not: {},
          additionalProperties: { type: 'integer' },
          patternProperties: { '^x-': {} },
          prefixItems: [{}],
          items: [{}],
          dependencies: { a: ['b'], c: {} },
          $defs: { local: { $ref: '#/components/schemas/C' } },
        },
        refs: ['#/components/schemas/A', '#/components/schemas/B', '#/components/schemas/C'],
      },
    ],
    [
      'keeps boolean schemas',
      { given: { properties: { any: true, none: false } }, want: { properties: { any: true, none: false } } },
    ],
    [
      'treats a property named $ref as a property',
      {
        given: { properties: { $ref: { type: 'string', description: 'd' } } },
        want: { properties: { $ref: { type: 'string' } } },
        refs: [],
      },
    ],
  ]

  it.each(cases)('%s', (_, { given, want, refs }) => {
    const found: string[] = []
    expect(stripSchema(given, (ref) => found.push(ref))).toEqual(want)
    if (refs !== undefined) expect(found.sort()).toEqual(refs)
  })

  it('does not change its input', () => {
    const given = { type: 'string', description: 'A name' }
    stripSchema(given, () => {})
    expect(given).toEqual({ type: 'string', description: 'A name' })
  })
})

describe('collectRefs', () => {
  it('finds $ref strings at any depth of a non-schema object', () => {
    const found: string[] = []
    collectRefs(
      {
        content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } },
        list: [{ $ref: '#/x' }],
      },
      (ref) => found.push(ref),
    )
    expect(found.sort()).toEqual(['#/components/schemas/A', '#/x'])
  })
})
