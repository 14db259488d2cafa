import { describe, expect, it } from 'vitest'
import { samplerFor, sampleValid } from './testing.ts'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

describe('allOf', () => {
  const schemas = {
    Base: {
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'integer', minimum: 1 }, tag: { type: 'string' } },
    },
    Named: {
      allOf: [ref('Base'), { type: 'object', required: ['name'], properties: { name: { type: 'string' } } }],
    },
    Closed: { type: 'object', properties: { id: { type: 'integer' } }, additionalProperties: false },
  }
  const { sampler } = samplerFor(schemas, '3.0.3')

  it('merges $ref parts: required united, properties deep-merged, bounds intersected', () => {
    const schema = {
      allOf: [
        ref('Named'),
        { properties: { id: { maximum: 3 }, tag: { enum: ['a', 'b', 'c'] } } },
        { properties: { id: { minimum: 2 }, tag: { enum: ['b', 'c', 'd'] } }, required: ['tag'] },
      ],
    }
    const values = sampleValid(sampler, schema) as { id: number; name: string; tag: string }[]
    expect(
      values.every((v) => v.id >= 2 && v.id <= 3 && ['b', 'c'].includes(v.tag) && typeof v.name === 'string'),
    ).toBe(true)
  })

  it('intersects types and numeric constraints', () => {
    sampleValid(sampler, {
      allOf: [
        { type: ['number', 'string'] },
        { type: 'number', multipleOf: 0.5 },
        { type: 'integer', maximum: 4 },
      ],
    })
    sampleValid(sampler, {
      allOf: [{ type: 'string', minLength: 3 }, { maxLength: 4 }, { pattern: '^[a-c]+$' }],
    })
  })

  it('keeps only the properties a closed part allows', () => {
    sampleValid(sampler, { allOf: [ref('Closed'), { properties: { other: { type: 'string' } } }] })
  })

  it("samples the members' properties beside additionalProperties: false", () => {
    const closed = samplerFor({
      ...schemas,
      PagedNamed: {
        additionalProperties: false,
        allOf: [ref('Named'), { properties: { page: { type: 'integer' } } }],
      },
    })
    for (const value of sampleValid(closed.sampler, ref('PagedNamed')))
      expect(value).toMatchObject({ id: expect.any(Number), name: expect.any(String) })
    // A closed member of an allOf does not refuse what the other parts declare.
    const schema = {
      allOf: [ref('Closed'), { required: ['name'], properties: { name: { type: 'string' } } }],
    }
    for (const value of sampleValid(closed.sampler, schema)) expect(value).toHaveProperty('name')
  })

  it('terminates on allOf cycles and reports that no value validates', () => {
    const own = samplerFor(
      { Cycle: { allOf: [ref('Cycle2')], type: 'object' }, Cycle2: { allOf: [ref('Cycle')] } },
      '3.0.3',
    )
    expect(own.sampler.sample(ref('Cycle'), { seed: 1 })).toEqual({})
    expect(own.issues.map((i) => i.message)).toContain('the schema refers to itself endlessly')
  })
})

describe('oneOf, anyOf, not', () => {
  const { sampler } = samplerFor({
    Card: {
      type: 'object',
      required: ['number'],
      properties: { number: { type: 'string' }, holder: { type: 'string' } },
    },
    Bank: {
      type: 'object',
      required: ['iban'],
      properties: { iban: { type: 'string' }, holder: { type: 'string' } },
    },
  })

  it('draws oneOf values that match exactly one branch', () => {
    const values = sampleValid(sampler, { oneOf: [ref('Card'), ref('Bank')] }, 40) as object[]
    expect(values.some((v) => 'number' in v)).toBe(true)
    expect(values.some((v) => 'iban' in v)).toBe(true)
    sampleValid(sampler, { oneOf: [{ type: 'integer' }, { type: 'number', multipleOf: 0.5 }] }, 40)
    sampleValid(sampler, { oneOf: [{ type: 'string' }, { type: 'string', maxLength: 3 }] }, 20)
  })

  it('merges oneOf branches with the keywords beside them', () => {
    const schema = {
      type: 'object',
      properties: { kind: { type: 'string' } },
      required: ['kind'],
      oneOf: [{ required: ['a'] }, { required: ['b'] }],
    }
    sampleValid(sampler, schema, 30)
  })

  it('draws anyOf branches, and null only sometimes', () => {
    const values = sampleValid(sampler, { anyOf: [{ type: 'string', format: 'uuid' }, { type: 'null' }] }, 60)
    const nulls = values.filter((v) => v === null).length
    expect(nulls).toBeGreaterThan(0)
    expect(nulls).toBeLessThan(20)
  })

  it('draws values outside not', () => {
    sampleValid(sampler, { type: 'integer', minimum: 0, maximum: 5, not: { enum: [0, 1, 2, 3] } })
    sampleValid(sampler, { type: 'string', not: { pattern: '^a' } })
  })
})

describe('discriminator', () => {
  const schemas = {
    Pet: {
      type: 'object',
      required: ['petType'],
      properties: { petType: { type: 'string' }, name: { type: 'string' } },
      discriminator: { propertyName: 'petType' },
    },
    Cat: {
      allOf: [
        ref('Pet'),
        { type: 'object', properties: { lives: { type: 'integer', minimum: 1, maximum: 9 } } },
      ],
    },
    Dog: { allOf: [ref('Pet'), { type: 'object', properties: { bark: { type: 'boolean' } } }] },
    Lizard: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { type: 'string', enum: ['lizard', 'gecko'] } },
    },
    Mapped: {
      oneOf: [ref('Cat'), ref('Dog')],
      discriminator: { propertyName: 'petType', mapping: { cat: '#/components/schemas/Cat', dog: 'Dog' } },
    },
    Unmapped: { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'petType' } },
    Base: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string' } },
      discriminator: { propertyName: 'type', mapping: { circle: 'Circle', square: 'Square' } },
    },
    Circle: { allOf: [ref('Base'), { properties: { radius: { type: 'number' } }, required: ['radius'] }] },
    Square: { allOf: [ref('Base'), { properties: { side: { type: 'number' } }, required: ['side'] }] },
    Reptile: { oneOf: [ref('Lizard')], discriminator: { propertyName: 'kind' } },
  }
  const { sampler } = samplerFor(schemas, '3.0.3')

  it('sets the tag to the mapping key of the chosen branch', () => {
    const values = sampleValid(sampler, ref('Mapped'), 30) as {
      petType: string
      lives?: number
      bark?: boolean
    }[]
    expect(new Set(values.map((v) => v.petType))).toEqual(new Set(['cat', 'dog']))
    expect(values.every((v) => (v.petType === 'cat' ? !('bark' in v) : !('lives' in v)))).toBe(true)
  })

  it('sets the tag to the schema name without a mapping', () => {
    const values = sampleValid(sampler, ref('Unmapped'), 30) as { petType: string }[]
    expect(new Set(values.map((v) => v.petType))).toEqual(new Set(['Cat', 'Dog']))
  })

  it('tags a subtype reached through allOf with its parent', () => {
    const cats = sampleValid(sampler, ref('Cat'), 10) as { petType: string }[]
    expect(cats.every((v) => v.petType === 'Cat')).toBe(true)
    const circles = sampleValid(sampler, ref('Circle'), 10) as { type: string }[]
    expect(circles.every((v) => v.type === 'circle')).toBe(true)
  })

  it('draws a mapped subtype for a base schema with a mapping', () => {
    const shapes = sampleValid(sampler, ref('Base'), 30) as { type: string; radius?: number; side?: number }[]
    expect(new Set(shapes.map((v) => v.type))).toEqual(new Set(['circle', 'square']))
    expect(
      shapes.every((v) => (v.type === 'circle' ? typeof v.radius === 'number' : typeof v.side === 'number')),
    ).toBe(true)
  })

  it('keeps a tag the property schema does not accept as generated', () => {
    const values = sampleValid(sampler, ref('Reptile'), 10) as { kind: string }[]
    expect(values.every((v) => ['lizard', 'gecko'].includes(v.kind))).toBe(true)
  })
})
