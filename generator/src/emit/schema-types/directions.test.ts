import { describe, expect, test } from 'vitest'
import { SchemaDirections } from './directions.ts'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const object = (required: string[], properties: Record<string, unknown>) => ({
  type: 'object',
  required,
  properties,
})

/** Directions of a document holding `schemas`, 3.1 unless said. */
function directionsOf(schemas: Record<string, unknown>, openapi = '3.1.0'): SchemaDirections {
  return new SchemaDirections({ openapi, components: { schemas } }, openapi.startsWith('3.1'))
}

const at = (name: string) => `#/components/schemas/${name}`

describe('exempt', () => {
  const directions = directionsOf({
    Id: { type: 'integer', readOnly: true },
    ToId: ref('Id'),
    Secret: { type: 'string', writeOnly: true },
  })

  test.each([
    ['readOnly is exempt when written', { readOnly: true }, 'write', true],
    ['readOnly is bound when read', { readOnly: true }, 'read', false],
    ['writeOnly is exempt when read', { writeOnly: true }, 'read', true],
    ['writeOnly is bound when written', { writeOnly: true }, 'write', false],
    ['the flag of a referenced schema counts', ref('Id'), 'write', true],
    ['through a chain of references', ref('ToId'), 'write', true],
    ['through a single-member allOf', { allOf: [ref('Secret')] }, 'read', true],
    ['a flag beside a $ref counts', { $ref: at('Secret'), readOnly: true }, 'write', true],
    ['false is no flag', { readOnly: false }, 'write', false],
    ['a two-member allOf is not looked through', { allOf: [ref('Id'), {}] }, 'write', false],
    ['a boolean schema has no flag', true, 'write', false],
    ['an unresolvable $ref has no flag', { $ref: '#/nowhere' }, 'write', false],
  ] as const)('%s', (_, property, direction, want) => {
    expect(directions.exempt(property, direction)).toBe(want)
  })
})

describe('differs', () => {
  const schemas = {
    Required: object(['id'], { id: { type: 'integer', readOnly: true } }),
    Optional: object([], { id: { type: 'integer', readOnly: true } }),
    Secret: object(['password'], { password: { type: 'string', writeOnly: true } }),
    Holder: object([], { inner: ref('Required') }),
    ListOf: { type: 'array', items: ref('Holder') },
    MapOf: { type: 'object', additionalProperties: ref('Secret') },
    UnionOf: { oneOf: [{ type: 'string' }, ref('Required')] },
    Plain: object(['name'], { name: { type: 'string' }, next: ref('Plain') }),
    Loop: object(['id', 'next'], { id: { type: 'integer', readOnly: true }, next: ref('LoopBack') }),
    LoopBack: object([], { back: ref('Loop') }),
    Inline: object([], { deep: { type: 'array', items: object(['at'], { at: ref('Stamp') }) } }),
    Stamp: { type: 'string', readOnly: true },
    Named: object(['name'], {}),
  }

  test.each([
    ['a required readOnly property', 'Required', true],
    ['an optional readOnly property changes nothing', 'Optional', false],
    ['a required writeOnly property', 'Secret', true],
    ['a reference to a schema that differs', 'Holder', true],
    ['array items, through two references', 'ListOf', true],
    ['additionalProperties', 'MapOf', true],
    ['a union member', 'UnionOf', true],
    ['a self-reference without flags', 'Plain', false],
    ['a cycle through a schema that differs', 'LoopBack', true],
    ['inline nesting, the flag on a referenced schema', 'Inline', true],
    ['a required name without a property schema', 'Named', false],
  ])('%s', (_, name, want) => {
    expect(directionsOf(schemas).differs(at(name))).toBe(want)
  })

  test('answers every schema of a walk the same, whichever is asked first', () => {
    const directions = directionsOf(schemas)
    expect(directions.differs(at('Plain'))).toBe(false)
    expect(directions.differs(at('LoopBack'))).toBe(true)
    expect(directions.differs(at('Loop'))).toBe(true)
    expect(directions.differs(at('ListOf'))).toBe(true)
    expect(directions.differs(at('Holder'))).toBe(true)
    expect(directions.differs(at('Optional'))).toBe(false)
  })

  test('ignores keywords beside a $ref in 3.0, and reads them in 3.1', () => {
    const beside = {
      Beside: { $ref: at('Optional'), ...object(['id'], { id: { type: 'integer', readOnly: true } }) },
    }
    const optional = { Optional: schemas.Optional }
    expect(directionsOf({ ...beside, ...optional }, '3.0.3').differs(at('Beside'))).toBe(false)
    expect(directionsOf({ ...beside, ...optional }, '3.1.0').differs(at('Beside'))).toBe(true)
  })

  test('walks a chain of ten thousand references without recursion', () => {
    const chain: Record<string, unknown> = { Last: schemas.Required }
    for (let index = 0; index < 10_000; index++)
      chain[`C${index}`] = object([], { next: ref(index === 9_999 ? 'Last' : `C${index + 1}`) })
    expect(directionsOf(chain).differs(at('C0'))).toBe(true)
  })
})
