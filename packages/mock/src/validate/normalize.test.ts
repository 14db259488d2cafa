import { describe, expect, it } from 'vitest'
import { getNormalizer } from './normalize.ts'

const chain = (length: number) =>
  Object.fromEntries(
    Array.from({ length }, (_, i) => [
      `C${i}`,
      i === length - 1 ? { type: 'string' } : { $ref: `#/components/schemas/C${i + 1}` },
    ]),
  )

describe('getNormalizer', () => {
  it('normalises a component only when a ref reaches it, with what it refers to', () => {
    const root = {
      components: {
        schemas: {
          Zoo: { type: 'object', properties: { keeper: { $ref: '#/components/schemas/Keeper' } } },
          Keeper: { type: 'string', minLength: 'one' },
          Unused: { type: 'string', pattern: '(' },
        },
        responses: { NotFound: { description: 'x', content: {} } },
      },
    }
    const normalizer = getNormalizer(root, '3.1.0')
    const schemas = (normalizer.root.components as Record<string, Record<string, unknown>>).schemas
    expect(Object.keys(schemas ?? {})).toEqual([])
    normalizer.normalize({ $ref: '#/components/schemas/Zoo' })
    expect(Object.keys(schemas ?? {}).sort()).toEqual(['Keeper', 'Zoo'])
    expect(normalizer.warnings.map((w) => w.pointer)).toEqual(['/components/schemas/Keeper/minLength'])
    expect(normalizer.resolve('#/components/schemas/Unused')).toEqual({ type: 'string' })
    expect(normalizer.warnings.map((w) => w.pointer)).toContain('/components/schemas/Unused/pattern')
  })

  it('settles a 2,000-long chain of aliases without overflowing the stack', () => {
    const normalizer = getNormalizer({ components: { schemas: chain(2000) } }, '3.1.0')
    expect(normalizer.resolve('#/components/schemas/C0')).toEqual({
      $ref: 'statusline:root#/components/schemas/C1999',
    })
  })

  it('reports a ref of a component that points to nothing at the component, not at the inline schema', () => {
    const root = { components: { schemas: { A: { $ref: '#/components/schemas/Missing' } } } }
    const normalizer = getNormalizer(root, '3.1.0')
    normalizer.normalize({ $ref: '#/components/schemas/A' }, 'getA 200')
    expect(normalizer.warnings).toEqual([
      { pointer: '', message: expect.stringContaining('points to nothing') },
    ])
  })
  it('reports a ref of the inline schema itself at the inline schema, and one of a component it reaches at the component', () => {
    const root = { components: { schemas: { A: { $ref: '#/components/schemas/Missing' } } } }
    const normalizer = getNormalizer(root, '3.1.0')
    normalizer.normalize(
      { anyOf: [{ $ref: '#/components/schemas/Gone' }, { $ref: '#/components/schemas/A' }] },
      'getA 200',
    )
    expect(normalizer.warnings).toEqual([
      { pointer: 'getA 200', message: expect.stringContaining('"statusline:root#/components/schemas/Gone"') },
      { pointer: '', message: expect.stringContaining('"statusline:root#/components/schemas/Missing"') },
    ])
  })
})
