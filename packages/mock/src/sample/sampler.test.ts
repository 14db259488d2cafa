import { describe, expect, it } from 'vitest'
import { createSampler } from './sampler.ts'
import { samplerFor, sampleValid } from './testing.ts'
import type { SampleIssue } from './types.ts'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

const SCHEMAS = {
  User: {
    type: 'object',
    required: ['id', 'email', 'firstName', 'last_name', 'createdAt', 'price', 'tags'],
    properties: {
      id: { type: 'integer' },
      email: { type: 'string' },
      firstName: { type: 'string' },
      last_name: { type: 'string' },
      createdAt: { type: 'string' },
      price: { type: 'number' },
      tags: { type: 'array', items: { type: 'string' } },
      home: { type: 'string' },
      nickname: { type: 'string', nullable: true },
    },
  },
  Tree: {
    type: 'object',
    required: ['value'],
    properties: {
      value: { type: 'integer' },
      children: { type: 'array', items: ref('Tree') },
      parent: ref('Tree'),
    },
  },
  Chain: { type: 'object', required: ['next'], properties: { next: ref('Chain') } },
  NullableChain: {
    type: 'object',
    required: ['next'],
    properties: { next: { allOf: [ref('NullableChain')], nullable: true } },
  },
  Forever: { type: 'array', minItems: 1, items: ref('Forever') },
  Loop: ref('Loop2'),
  Loop2: ref('Loop'),
  Expr: {
    oneOf: [
      { type: 'integer' },
      { type: 'object', required: ['left', 'right'], properties: { left: ref('Expr'), right: ref('Expr') } },
    ],
  },
  WithExample: { type: 'object', properties: { a: { type: 'string' } }, example: { a: 'from the spec' } },
  BadExample: {
    type: 'object',
    required: ['a'],
    properties: { a: { type: 'integer' } },
    example: { a: 'not an integer' },
  },
  WithDefault: { type: 'integer', minimum: 10, default: 12 },
  'odd/name~with space': { type: 'string', enum: ['odd'] },
  Odd: { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/odd~1name~0with%20space' } },
}

describe('createSampler', () => {
  const { sampler, issues } = samplerFor(SCHEMAS, '3.0.3')

  it('gives deep-equal values for the same seed, whatever was sampled before', () => {
    const first = sampler.sample(ref('User'), { seed: 99 })
    sampler.sample(ref('Tree'), { seed: 5 })
    sampler.sample(ref('User'), { seed: 100 })
    expect(sampler.sample(ref('User'), { seed: 99 })).toEqual(first)
    const other = samplerFor(SCHEMAS, '3.0.3').sampler
    expect(other.sample(ref('User'), { seed: 99 })).toEqual(first)
  })

  it('gives different values for different seeds', () => {
    const values = new Set(
      [1, 2, 3, 4, 5].map((seed) => JSON.stringify(sampler.sample(ref('User'), { seed }))),
    )
    expect(values.size).toBe(5)
  })

  it('uses the sampler seed when the call has none', () => {
    const seeded = createSampler({ root: { components: { schemas: SCHEMAS } }, openapi: '3.0.3', seed: 7 })
    expect(seeded.sample(ref('User'))).toEqual(sampler.sample(ref('User'), { seed: 7 }))
  })

  it('steers plain strings and numbers by property name', () => {
    const [user] = sampleValid(sampler, ref('User'), 1) as Record<string, unknown>[]
    expect(user?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/i)
    expect(user?.firstName).toMatch(/^[A-Z]/)
    expect(user?.last_name).toMatch(/^[A-Z]/)
    expect(Number.isNaN(Date.parse(String(user?.createdAt)))).toBe(false)
    expect(user?.id).toBeGreaterThan(0)
    const price = user?.price as number
    expect(price >= 0 && Math.round(price * 100) / 100 === price).toBe(true)
    expect(sampler.sample({ type: 'string' }, { seed: 1, propertyName: 'email' })).toContain('@')
  })

  it('uses realism only when the schema allows the value', () => {
    const short = sampleValid(sampler, { type: 'string', maxLength: 3 }, 10, {
      propertyName: 'email',
    }) as string[]
    expect(short.every((v) => !v.includes('@'))).toBe(true)
    sampleValid(sampler, { type: 'integer', minimum: 200, maximum: 300 }, 10, { propertyName: 'age' })
    sampleValid(sampler, { type: 'number', minimum: -1, maximum: 1 }, 10, { propertyName: 'latitude' })
  })

  it('draws null for nullable values only sometimes', () => {
    const values = sampleValid(sampler, { type: 'string', nullable: true }, 60)
    const nulls = values.filter((v) => v === null).length
    expect(nulls).toBeGreaterThan(0)
    expect(nulls).toBeLessThan(20)
    const v31 = samplerFor({}, '3.1.0').sampler
    const mixed = sampleValid(v31, { type: ['integer', 'string', 'null'] }, 60)
    expect(new Set(mixed.map((v) => (v === null ? 'null' : typeof v)))).toEqual(
      new Set(['null', 'number', 'string']),
    )
  })

  it('bounds recursion: deep values leave out optional parts', () => {
    const depth = (node: unknown): number =>
      node !== null && typeof node === 'object' ? 1 + Math.max(0, ...Object.values(node).map(depth)) : 0
    for (const tree of sampleValid(sampler, ref('Tree'), 10)) expect(depth(tree)).toBeLessThanOrEqual(5)
    sampleValid(sampler, ref('NullableChain'), 10)
    sampleValid(sampler, ref('Expr'), 20)
  })

  it('stops never-finite schemas at a hard depth without overflowing the stack', () => {
    for (const name of ['Chain', 'Forever', 'Loop']) {
      expect(() => sampler.sample(ref(name), { seed: 1 })).not.toThrow()
    }
    expect(issues.length).toBeGreaterThan(0)
    const chain = sampler.sample(ref('Chain'), { seed: 1 })
    // Soft depth 4, hard margin 24, then the smallest value fills required properties 12 levels more.
    expect(JSON.stringify(chain).split('next').length - 1).toBe(4 + 24 + 1 + 12)
  })

  it('gives up on never-finite arrays of distinct items within its step budget', () => {
    // Each array needs two distinct arrays of the same kind: past the hard depth every item is the same
    // smallest value, and retrying for a distinct one once cost minutes (found by the property test).
    for (const uniqueItems of [true, false]) {
      const found: SampleIssue[] = []
      const forever = createSampler({
        root: {
          components: {
            schemas: { S: { items: { $ref: '#/components/schemas/S' }, minItems: 2, uniqueItems } },
          },
        },
        openapi: '3.0.3',
        onIssue: (issue) => found.push(issue),
      })
      const value = forever.sample(ref('S'), { seed: 1 })
      expect(Array.isArray(value)).toBe(true)
      expect(JSON.stringify(value).length).toBeLessThan(100_000)
      expect(found.length).toBeGreaterThan(0)
    }
  })

  it('reports contradictory size bounds instead of throwing', () => {
    // `{ minLength: 2, maxLength: 1 }` threw from faker (found by the keyword-soup property test).
    const cases: [schema: Record<string, unknown>, keyword: string, fits: (v: unknown) => boolean][] = [
      [{ type: 'string', minLength: 2, maxLength: 1 }, 'minLength', (v) => (v as string).length === 1],
      [
        { type: 'array', items: { type: 'integer' }, minItems: 3, maxItems: 1 },
        'minItems',
        (v) => (v as unknown[]).length === 1,
      ],
      [
        { type: 'object', minProperties: 2, maxProperties: 0 },
        'minProperties',
        (v) => Object.keys(v as object).length === 0,
      ],
    ]
    for (const [schema, keyword, fits] of cases) {
      const { sampler, issues } = samplerFor({}, '3.1.0')
      const value = sampler.sample(schema, { seed: 1 })
      expect(fits(value), `${JSON.stringify(schema)} → ${JSON.stringify(value)}`).toBe(true)
      expect(issues.map((i) => i.keyword)).toContain(keyword)
    }
  })

  it('returns examples and defaults only when they validate', () => {
    expect(sampler.sample(ref('WithExample'))).toEqual({ a: 'from the spec' })
    const bad = sampleValid(sampler, ref('BadExample'), 5) as { a: unknown }[]
    expect(bad.every((v) => typeof v.a === 'number')).toBe(true)
    expect(sampler.sample(ref('WithDefault'))).toBe(12)
    const noExamples = samplerFor(SCHEMAS, '3.0.3', { useExamples: false }).sampler
    expect(noExamples.sample(ref('WithExample'), { seed: 1 })).not.toEqual({ a: 'from the spec' })
  })

  it('resolves refs with ~0, ~1 and percent-encoding', () => {
    expect(sampleValid(sampler, ref('Odd'), 3).every((v) => (v as unknown[])[0] === 'odd')).toBe(true)
  })

  it('honours enum and const', () => {
    const values = sampleValid(sampler, { type: 'string', enum: ['a', 'b', 'c'] }, 30)
    expect(new Set(values)).toEqual(new Set(['a', 'b', 'c']))
    const v31 = samplerFor({}, '3.1.0').sampler
    expect(sampleValid(v31, { const: { deep: [1, 2] } }, 3)).toEqual([
      { deep: [1, 2] },
      { deep: [1, 2] },
      { deep: [1, 2] },
    ])
  })

  it('respects maxDepth', () => {
    const shallow = samplerFor(SCHEMAS, '3.0.3', { maxDepth: 0 }).sampler
    const users = sampleValid(shallow, ref('User'), 5) as Record<string, unknown>[]
    expect(
      users.every((u) => !('home' in u) && Array.isArray(u.tags) && (u.tags as unknown[]).length === 0),
    ).toBe(true)
    expect(() => createSampler({ root: {}, openapi: '3.0.0', maxDepth: -1 })).toThrow(/maxDepth/)
  })
})
