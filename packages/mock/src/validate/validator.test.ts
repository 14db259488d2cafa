import { describe, expect, it } from 'vitest'
import { getNormalizer } from './normalize.ts'
import { createValidator } from './validator.ts'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

describe('createValidator — OpenAPI 3.0 dialect', () => {
  const root = {
    components: {
      schemas: {
        Name: { type: 'string', nullable: true, maxLength: 5 },
        Pet: { type: 'object', required: ['name'], properties: { name: ref('Name') } },
        MaybePet: { allOf: [ref('Pet')], nullable: true },
        RefWithSiblings: { $ref: '#/components/schemas/Name', maxLength: 1, nullable: true },
        Color: { type: 'string', enum: ['red', 'blue'], nullable: true },
        Positive: {
          type: 'number',
          minimum: 0,
          exclusiveMinimum: true,
          maximum: 10,
          exclusiveMaximum: false,
        },
        Example: { type: 'integer', example: 'not an integer' },
        'a/b~c d': { type: 'boolean' },
        Ids: {
          type: 'object',
          properties: {
            id: { type: 'integer', readOnly: true },
            secret: { type: 'string', writeOnly: true },
          },
          required: ['id', 'secret'],
        },
      },
    },
  }
  const validator = createValidator({ root, openapi: '3.0.3' })
  const cases: [string, unknown, unknown, boolean][] = [
    ['nullable type accepts null', ref('Name'), null, true],
    ['nullable keeps the other keywords', ref('Name'), 'too long', false],
    ['nullable $ref target through allOf', ref('MaybePet'), null, true],
    ['allOf through $ref', ref('MaybePet'), { name: 'Rex' }, true],
    ['allOf through $ref rejects', ref('MaybePet'), {}, false],
    ['3.0 ignores $ref siblings other than nullable', ref('RefWithSiblings'), 'abcd', true],
    ['nullable $ref', ref('RefWithSiblings'), null, true],
    ['nullable enum accepts null', ref('Color'), null, true],
    ['enum still applies', ref('Color'), 'green', false],
    ['boolean exclusiveMinimum excludes the bound', ref('Positive'), 0, false],
    ['boolean exclusiveMinimum', ref('Positive'), 0.5, true],
    ['exclusiveMaximum false keeps the bound inclusive', ref('Positive'), 10, true],
    ['example is not a constraint', ref('Example'), 3, true],
    ['escaped and percent-encoded names', { $ref: '#/components/schemas/a~1b~0c%20d' }, true, true],
    ['inline schema with refs', { type: 'array', items: ref('Pet') }, [{ name: 'a' }, { name: 1 }], false],
  ]
  it.each(cases)('%s', (_, schema, value, valid) => {
    expect(validator.validate(schema, value).valid).toBe(valid)
  })

  it('reports errors with a JSON pointer to the failing value', () => {
    const result = validator.validate({ type: 'array', items: ref('Pet') }, [{ name: 'ok' }, { name: 42 }])
    expect(result.valid).toBe(false)
    expect(result.errors[0]).toMatchObject({ path: '/1/name', keyword: 'type' })
  })

  it('applies readOnly/writeOnly to required by direction', () => {
    expect(validator.validate(ref('Ids'), { secret: 's' }).valid).toBe(false)
    expect(validator.validate(ref('Ids'), { secret: 's' }, { direction: 'request' }).valid).toBe(true)
    expect(validator.validate(ref('Ids'), { id: 1 }, { direction: 'response' }).valid).toBe(true)
    expect(validator.validate(ref('Ids'), { id: 1 }, { direction: 'request' }).valid).toBe(false)
  })
})

describe('createValidator — OpenAPI 3.1 dialect', () => {
  const root = {
    components: {
      schemas: {
        Name: { type: ['string', 'null'], maxLength: 3 },
        Kind: { const: 'cat' },
        Pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false },
        Old: { type: 'array', items: [{ type: 'string' }], additionalItems: false },
        Bounded: { type: 'number', exclusiveMinimum: 1, multipleOf: 0.01 },
        Sibling: { $ref: '#/components/schemas/Name', minLength: 2 },
        Nullable: { type: 'string', nullable: true },
      },
    },
  }
  const validator = createValidator({ root, openapi: '3.1.0' })
  const cases: [string, string, unknown, boolean][] = [
    ['type arrays', 'Name', null, true],
    ['type arrays reject other types', 'Name', 1, false],
    ['const', 'Kind', 'dog', false],
    ['prefixItems', 'Pair', ['a', 1], true],
    ['prefixItems with items: false', 'Pair', ['a', 1, 2], false],
    ['tuple items arrays become prefixItems', 'Old', ['a', 'b'], false],
    ['numeric exclusiveMinimum', 'Bounded', 1, false],
    ['fractional multipleOf', 'Bounded', 19.99, true],
    ['fractional multipleOf rejects', 'Bounded', 19.995, false],
    ['$ref siblings apply in 3.1', 'Sibling', 'a', false],
    ['nullable is not a 3.1 keyword', 'Nullable', null, false],
  ]
  it.each(cases)('%s', (_, name, value, valid) => {
    expect(validator.validate(ref(name), value).valid).toBe(valid)
  })
})

describe('createValidator — vendor quirks', () => {
  const root = {
    components: {
      schemas: {
        BadPattern: { type: 'string', pattern: '([a-z' },
        LiteralPattern: { type: 'string', pattern: '/^[a-z0-9._]+$/' },
        PathPattern: { type: 'string', pattern: '/users/' },
        LiteralWithFlags: { type: 'string', pattern: '/^[0-9]{4}[a-z]$/i' },
        NonUnicodePattern: { type: 'string', pattern: '^[\\w-\\.]+$' },
        BadKeywords: { type: 'object', required: true, minLength: '3', properties: { a: { type: 'file' } } },
        Broken: { type: 'object', properties: { a: { $ref: '#/components/schemas/Missing' } } },
        External: { $ref: 'other.yaml#/Pet' },
        Weird: { type: 'string', format: 'made-up' },
        NullOneOf: { type: 'null', oneOf: [{ type: 'string' }, { type: 'number' }] },
        Tagged: {
          oneOf: [ref('Cat'), ref('Dog')],
          discriminator: { propertyName: 'kind' },
        },
        Mapped: {
          oneOf: [ref('Cat2'), ref('Dog2')],
          discriminator: { propertyName: 'kind', mapping: { c: '#/components/schemas/Cat2' } },
        },
        Cat2: {
          type: 'object',
          required: ['kind'],
          properties: { kind: { type: 'string' }, lives: { type: 'integer' } },
        },
        Dog2: {
          type: 'object',
          required: ['kind'],
          properties: { kind: { type: 'string' }, bark: { type: 'boolean' } },
        },
        Cat: { type: 'object', required: ['kind'], properties: { kind: { enum: ['cat'] } } },
        Dog: { type: 'object', required: ['kind'], properties: { kind: { enum: ['dog'] } } },
        Formats: {
          type: 'object',
          properties: {
            i: { type: 'integer', format: 'int32' },
            b: { type: 'string', format: 'byte' },
            d: { type: 'string', format: 'date-time' },
          },
        },
      },
    },
  }
  const validator = createValidator({ root, openapi: '3.1.0' })

  it('skips invalid patterns and reports them as warnings', () => {
    expect(validator.validate(ref('BadPattern'), 'anything').valid).toBe(true)
    expect(validator.warnings).toContainEqual({
      pointer: '/components/schemas/BadPattern/pattern',
      message: expect.stringContaining('valid regular expression'),
    })
  })

  it('reads a pattern written as a regular-expression literal without its slashes, with a warning', () => {
    expect(validator.validate(ref('LiteralPattern'), 'chocobozzz').valid).toBe(true)
    expect(validator.validate(ref('LiteralPattern'), 'Choco').valid).toBe(false)
    expect(validator.validate(ref('PathPattern'), '/api/users/7').valid).toBe(true)
    expect(validator.validate(ref('PathPattern'), 'users').valid).toBe(false)
    // Sinao's NAF codes: the flags of the literal are kept.
    expect(validator.validate(ref('LiteralWithFlags'), '6201Z').valid).toBe(true)
    expect(validator.validate(ref('LiteralWithFlags'), '62012').valid).toBe(false)
    expect(validator.warnings).toContainEqual({
      pointer: '/components/schemas/LiteralPattern/pattern',
      message:
        'is written as a regular-expression literal, slashes included; read as the expression between them (its flags as inline flags)',
    })
  })

  it('runs patterns that are only valid without the u flag', () => {
    expect(validator.validate(ref('NonUnicodePattern'), 'a-b.c').valid).toBe(true)
    expect(validator.validate(ref('NonUnicodePattern'), 'a b').valid).toBe(false)
  })

  it('drops malformed keyword values instead of failing to compile', () => {
    expect(validator.validate(ref('BadKeywords'), { a: 1 }).valid).toBe(true)
    expect(validator.warnings.map((w) => w.pointer)).toEqual(
      expect.arrayContaining([
        '/components/schemas/BadKeywords/minLength',
        '/components/schemas/BadKeywords/properties/a/type',
      ]),
    )
  })

  it('ignores broken and external refs with a warning', () => {
    expect(validator.validate(ref('Broken'), { a: 1 }).valid).toBe(true)
    expect(validator.validate(ref('External'), 1).valid).toBe(true)
    expect(validator.warnings.some((w) => w.message.includes('points to nothing'))).toBe(true)
    expect(validator.warnings.some((w) => w.message.includes('other.yaml'))).toBe(true)
  })

  it('reports unknown formats once and does not check them', () => {
    expect(validator.validate(ref('Weird'), 'x').valid).toBe(true)
    expect(validator.warnings.filter((w) => w.message.includes('made-up'))).toHaveLength(1)
  })

  it("reads type 'null' next to oneOf as nullable", () => {
    expect(validator.validate(ref('NullOneOf'), null).valid).toBe(true)
    expect(validator.validate(ref('NullOneOf'), 'x').valid).toBe(true)
    expect(validator.validate(ref('NullOneOf'), true).valid).toBe(false)
  })

  it('enforces discriminators ajv supports with its keyword', () => {
    expect(validator.validate(ref('Tagged'), { kind: 'cat' }).valid).toBe(true)
    expect(validator.validate(ref('Tagged'), { kind: 'cow' }).errors[0]?.keyword).toBe('discriminator')
  })

  it('selects the branch by mapping key or schema name for the other discriminators', () => {
    // Cat2 and Dog2 overlap: plain oneOf would reject every value; the tag decides instead.
    expect(validator.validate(ref('Mapped'), { kind: 'c', lives: 9 }).valid).toBe(true)
    expect(validator.validate(ref('Mapped'), { kind: 'Dog2', bark: true }).valid).toBe(true)
    expect(validator.validate(ref('Mapped'), { kind: 'c', lives: 'nine' }).errors[0]).toMatchObject({
      path: '/lives',
      keyword: 'type',
    })
    expect(validator.validate(ref('Mapped'), { kind: 'Cat2' }).errors[0]).toMatchObject({
      path: '/kind',
      keyword: 'enum',
    })
    expect(validator.validate(ref('Mapped'), { lives: 1 }).errors[0]?.keyword).toBe('required')
  })

  it('checks OpenAPI formats', () => {
    expect(
      validator.validate(ref('Formats'), { i: 2 ** 31, b: 'aGk=', d: '2024-01-01T00:00:00Z' }).valid,
    ).toBe(false)
    expect(
      validator.validate(ref('Formats'), { i: 1, b: 'not base64!', d: '2024-01-01T00:00:00Z' }).valid,
    ).toBe(false)
    expect(validator.validate(ref('Formats'), { i: 1, b: 'aGk=', d: 'yesterday' }).valid).toBe(false)
    expect(validator.validate(ref('Formats'), { i: 1, b: 'aGk=', d: '2024-01-01T00:00:00Z' }).valid).toBe(
      true,
    )
  })

  it('refuses values that are not schemas', () => {
    expect(() => validator.validate(undefined, 1)).toThrow(/Failed to read the schema .*got undefined/)
  })

  it('refuses documents that are not OpenAPI 3.x', () => {
    expect(() => createValidator({ root, openapi: '2.0' })).toThrow(/unsupported OpenAPI version "2.0"/)
  })
})

describe('normaliser memoisation', () => {
  it('converts a root once per dialect and direction, and a schema object once', () => {
    const root = { components: { schemas: { A: { type: 'string', nullable: true } } } }
    const a = getNormalizer(root, '3.0.0')
    expect(getNormalizer(root, '3.0.3')).toBe(a)
    expect(getNormalizer(root, '3.0.3', 'request')).not.toBe(a)
    const inline = { type: 'array', items: { $ref: '#/components/schemas/A' } }
    expect(a.normalize(inline)).toBe(a.normalize(inline))
    expect(a.normalize(root.components.schemas.A)).toBe(
      (a.root.components as { schemas: { A: unknown } }).schemas.A,
    )
    expect(a.normalize(a.normalize(inline))).toBe(a.normalize(inline))
  })
})

describe('createValidator — additionalProperties: false beside a composition', () => {
  const root = {
    components: {
      schemas: {
        Paging: {
          type: 'object',
          required: ['page'],
          properties: { page: { type: 'integer' }, links: { type: 'object' } },
        },
        // As vendors write it (codat's TransactionMetadataList, shipengine's responses): as written it
        // accepts nothing, since `page` is required and not declared beside `additionalProperties`.
        PagedList: {
          additionalProperties: false,
          allOf: [{ properties: { results: { type: 'array' } } }, ref('Paging')],
        },
        Own: { additionalProperties: false, properties: { id: { type: 'string' } }, anyOf: [ref('Paging')] },
        Closed: { type: 'object', additionalProperties: false, properties: { id: { type: 'string' } } },
        // Azure's AssemblyProperties: a closed member refuses the properties declared beside the allOf.
        Extended: {
          type: 'object',
          allOf: [ref('Closed')],
          required: ['name'],
          properties: { name: { type: 'string' } },
        },
        // ShipEngine's create_manifest_response_body: closed members refuse each other's properties.
        Both: { allOf: [ref('Closed'), { additionalProperties: false, properties: { page: {} } }] },
        // Azure Graph's DirectoryObject: its other properties are objects, but not those of Application.
        DirectoryObject: {
          type: 'object',
          additionalProperties: { type: 'object' },
          required: ['objectType'],
          properties: { objectId: { type: 'string' }, objectType: { type: 'string' } },
          discriminator: {
            propertyName: 'objectType',
            mapping: { Application: '#/components/schemas/Application' },
          },
        },
        Application: {
          allOf: [ref('DirectoryObject')],
          properties: { allowGuestsSignIn: { type: 'boolean' } },
        },
      },
    },
  }
  const validator = createValidator({ root, openapi: '3.0.3' })

  it('allows the properties the members declare, and still refuses the others', () => {
    expect(validator.validate(ref('PagedList'), { results: [], page: 1 }).valid).toBe(true)
    expect(validator.validate(ref('PagedList'), { results: [], page: 'one' }).valid).toBe(false)
    expect(validator.validate(ref('PagedList'), { page: 1, other: true }).errors[0]).toMatchObject({
      keyword: 'additionalProperties',
    })
    expect(validator.validate(ref('Own'), { id: 'a', page: 2, links: {} }).valid).toBe(true)
    expect(validator.validate(ref('Own'), { id: 'a', page: 2, other: 1 }).valid).toBe(false)
  })

  it('reads closed allOf members as one object closed over the properties of all the parts', () => {
    expect(validator.validate(ref('Extended'), { id: 'a', name: 'b' }).valid).toBe(true)
    expect(validator.validate(ref('Extended'), { id: 'a', name: 'b', other: 1 }).valid).toBe(false)
    expect(validator.validate(ref('Both'), { id: 'a', page: 1 }).valid).toBe(true)
    expect(validator.validate(ref('Both'), { id: 'a', page: 1, other: 1 }).valid).toBe(false)
    // The component stays closed where it is used alone.
    expect(validator.validate(ref('Closed'), { id: 'a', name: 'b' }).valid).toBe(false)
    expect(validator.warnings).toContainEqual({
      pointer: '/components/schemas/Extended',
      message:
        'additionalProperties: false of Closed refuses properties the other parts of this allOf declare; read as applying to the properties none of its parts declare',
    })
  })

  it('reads an additionalProperties schema of an allOf member as applying to what no part declares', () => {
    const app = { objectType: 'Application', allowGuestsSignIn: true }
    expect(validator.validate(ref('Application'), { ...app, objectId: 'a' }).valid).toBe(true)
    expect(validator.validate(ref('Application'), { ...app, extra: {} }).valid).toBe(true)
    expect(validator.validate(ref('Application'), { ...app, extra: 1 }).valid).toBe(false)
    expect(validator.validate(ref('DirectoryObject'), app).valid).toBe(false)
    expect(validator.warnings).toContainEqual({
      pointer: '/components/schemas/Application',
      message:
        'additionalProperties {"type":"object"} of DirectoryObject constrains properties the other parts of this allOf declare; read as applying to the properties none of its parts declare',
    })
  })

  it('says which properties it allowed, where', () => {
    expect(validator.warnings).toContainEqual({
      pointer: '/components/schemas/PagedList',
      message:
        'additionalProperties: false refuses the 3 properties its allOf declare (results, page, links); read as applying to the others',
    })
    expect(validator.warnings).toContainEqual({
      pointer: '/components/schemas/Own',
      message: expect.stringContaining('refuses the 2 properties its anyOf declare (page, links)'),
    })
  })
})
