import { describe, expect, test } from 'vitest'
import { buildModel } from './build-model.ts'
import { makeMappingsExplicit } from './explicit-mappings.ts'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const object = (properties: Record<string, unknown>) => ({ type: 'object', properties })
const kind = { type: 'string' }

/** The mapping `makeMappingsExplicit` writes for `components.schemas[holder]`, given `schemas`. */
function mappingOf(schemas: Record<string, unknown>, holder: string): unknown {
  const document = { openapi: '3.1.0', components: { schemas: structuredClone(schemas) } }
  makeMappingsExplicit(document)
  const schema = document.components.schemas[holder] as { discriminator?: { mapping?: unknown } }
  return schema.discriminator?.mapping
}

describe('makeMappingsExplicit', () => {
  test('maps every oneOf/anyOf member to its schema name, its implicit value', () => {
    const schemas = {
      Pet: { oneOf: [ref('Dog'), ref('Cat'), { type: 'null' }], discriminator: { propertyName: 'kind' } },
      Dog: object({ kind }),
      Cat: object({ kind }),
    }
    expect(mappingOf(schemas, 'Pet')).toEqual({
      Dog: '#/components/schemas/Dog',
      Cat: '#/components/schemas/Cat',
    })
  })

  test('keeps the written entries, and leaves out a member whose name the mapping uses for another', () => {
    const schemas = {
      Pet: {
        anyOf: [ref('Dog'), ref('Cat'), ref('Cow')],
        discriminator: { propertyName: 'kind', mapping: { dog: 'Dog', Cat: '#/components/schemas/Dog' } },
      },
      Dog: object({ kind }),
      Cat: object({ kind }),
      Cow: object({ kind }),
    }
    expect(mappingOf(schemas, 'Pet')).toEqual({
      dog: '#/components/schemas/Dog',
      Cat: '#/components/schemas/Dog',
      Cow: '#/components/schemas/Cow',
    })
  })

  test('maps a member declaring the property itself (const, enum, via $ref or allOf) by its values', () => {
    const schemas = {
      Shape: {
        oneOf: [ref('Square'), ref('Round'), ref('Odd'), ref('Wrapped')],
        discriminator: { propertyName: 'kind' },
      },
      Square: object({ kind: { const: 'sq' } }),
      Round: object({ kind: ref('RoundKinds') }),
      RoundKinds: { type: 'string', enum: ['circle', 'oval'] },
      Odd: object({ kind: { enum: [1, 2] } }),
      Wrapped: { allOf: [ref('Base'), object({ kind: { const: 'w' } })] },
      Base: object({ kind }),
    }
    expect(mappingOf(schemas, 'Shape')).toEqual({
      sq: '#/components/schemas/Square',
      circle: '#/components/schemas/Round',
      oval: '#/components/schemas/Round',
      w: '#/components/schemas/Wrapped',
    })
  })

  test('rewrites a mapping value naming a member through an alias to the member as written', () => {
    const schemas = {
      Thing: { oneOf: [ref('Blob')], discriminator: { propertyName: 't', mapping: { blob: 'BlobAlias' } } },
      BlobAlias: ref('Blob'),
      Blob: object({ t: kind }),
    }
    expect(mappingOf(schemas, 'Thing')).toEqual({ blob: '#/components/schemas/Blob' })
  })

  test('maps the schemas whose allOf references the holder (its subtypes), not the holder itself', () => {
    const schemas = {
      Animal: { ...object({ kind }), discriminator: { propertyName: 'kind', mapping: { big: 'Lion' } } },
      Lion: { allOf: [ref('Animal'), object({ roar: kind })] },
      Seal: { allOf: [ref('Animal'), object({ kind: { const: 'seal' } })] },
      Pup: { allOf: [ref('AnimalAlias')] },
      AnimalAlias: ref('Animal'),
    }
    expect(mappingOf(schemas, 'Animal')).toEqual({
      big: '#/components/schemas/Lion',
      seal: '#/components/schemas/Seal',
      Pup: '#/components/schemas/Pup',
    })
  })

  test('completes an inline discriminator, and leaves values that are data alone', () => {
    const inline = { oneOf: [ref('Dog')], discriminator: { propertyName: 'kind' } }
    const example = { oneOf: [ref('Dog')], discriminator: { propertyName: 'kind' } }
    const document = {
      openapi: '3.1.0',
      paths: {
        '/pets': { get: { responses: { '200': { content: { 'application/json': { schema: inline } } } } } },
      },
      components: {
        schemas: {
          Dog: object({ kind }),
          WithExample: { type: 'object', example, properties: { discriminator: object({}) } },
        },
      },
    }
    makeMappingsExplicit(document)
    expect(inline.discriminator).toEqual({
      propertyName: 'kind',
      mapping: { Dog: '#/components/schemas/Dog' },
    })
    expect(example.discriminator).toEqual({ propertyName: 'kind' })
  })

  test('changes nothing the second time', () => {
    const document = {
      openapi: '3.1.0',
      components: {
        schemas: {
          Pet: {
            oneOf: [ref('Dog'), ref('Cat')],
            discriminator: { propertyName: 'kind', mapping: { d: 'Dog' } },
          },
          Dog: object({ kind }),
          Cat: object({ kind: { enum: ['cat'] } }),
        },
      },
    }
    makeMappingsExplicit(document)
    const once = structuredClone(document)
    makeMappingsExplicit(document)
    expect(document).toEqual(once)
  })

  test('is applied by buildModel, so every emitter reads the explicit mapping', () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          Pet: { oneOf: [ref('Dog')], discriminator: { propertyName: 'kind' } },
          Dog: object({ kind }),
        },
      },
    }
    const { model } = buildModel(document, 'spec.yaml')
    expect(model.document).toMatchObject({
      components: { schemas: { Pet: { discriminator: { mapping: { Dog: '#/components/schemas/Dog' } } } } },
    })
  })
})
