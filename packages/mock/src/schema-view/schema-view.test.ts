import { describe, expect, it } from 'vitest'
import { createSchemaView } from './schema-view.ts'

const components = {
  schemas: {
    Base: {
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'integer' }, result: { nullable: true } },
    },
    Item: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
    Wrapped: {
      allOf: [
        { $ref: '#/components/schemas/Base' },
        {
          type: 'object',
          required: ['result'],
          properties: { result: { $ref: '#/components/schemas/Item' } },
        },
      ],
    },
    Loop: { $ref: '#/components/schemas/Loop' },
    'A/B': { type: 'string' },
    Choice: { oneOf: [{ type: 'integer' }, { type: 'string', format: 'uuid' }] },
    Shape: {
      oneOf: [
        { type: 'object', properties: { radius: { type: 'number' } } },
        { type: 'object', properties: { side: { type: 'number' } } },
      ],
    },
  },
}
const view = createSchemaView(components)
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

describe('createSchemaView', () => {
  it.each([
    ['a plain type', { type: 'integer' }, ['integer']],
    ['a 3.1 type array', { type: ['string', 'null'] }, ['string', 'null']],
    ['3.0 nullable', { type: 'string', nullable: true }, ['string', 'null']],
    ['an enum', { enum: ['a', 'b'] }, ['string']],
    ['a const', { const: 3 }, ['integer']],
    [
      'allOf intersects, integer inside number',
      { allOf: [{ type: 'number' }, { type: 'integer' }] },
      ['integer'],
    ],
    ['oneOf unites', ref('Choice'), ['integer', 'string']],
    ['a $ref', ref('A~1B'), ['string']],
  ])('types: %s', (_, schema, want) => {
    expect([...(view.types(schema) ?? [])].sort()).toEqual([...want].sort())
  })

  it('leaves unconstrained schemas, broken refs and ref loops undefined', () => {
    expect(view.types({})).toBeUndefined()
    expect(view.types({ $ref: '#/components/schemas/Missing' })).toBeUndefined()
    expect(view.types(ref('Loop'))).toBeUndefined()
    expect(view.types(true)).toBeUndefined()
  })

  it('merges allOf properties and required names, a name declared twice as an allOf of both', () => {
    const props = view.properties(ref('Wrapped'))
    expect([...props.keys()]).toEqual(['id', 'result'])
    expect(props.get('result')).toEqual({ allOf: [{ nullable: true }, ref('Item')] })
    expect(view.properties(props.get('result')).has('name')).toBe(true)
    expect([...view.required(ref('Wrapped'))].sort()).toEqual(['id', 'result'])
  })

  it('collects branch properties after the own ones', () => {
    expect([...view.properties(ref('Shape')).keys()]).toEqual(['radius', 'side'])
  })

  it('reads items and keywords through refs and allOf', () => {
    expect(view.items({ type: 'array', items: ref('Item') })).toEqual(ref('Item'))
    expect(view.keyword({ allOf: [{ type: 'string' }, { format: 'uuid' }] }, 'format')).toBe('uuid')
    expect(view.deref(ref('Item'))).toBe(components.schemas.Item)
  })
})
