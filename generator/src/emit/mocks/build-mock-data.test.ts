import { describe, expect, it } from 'vitest'
import {
  createContent,
  createHeader,
  createModel,
  createOperation,
  createParameter,
  createRequestBody,
  createResponse,
  schemaRef,
} from '../../testing/model-factory.ts'
import { buildMockData } from './build-mock-data.ts'
import { componentOfRef } from './reachable-components.ts'

const schemas = {
  Zoo: {
    type: 'object',
    description: 'A zoo',
    required: ['id', 'description'],
    properties: {
      id: { type: 'integer' },
      description: { type: 'string', description: 'What the zoo is like' },
      keeper: schemaRef('Keeper'),
    },
  },
  Keeper: { type: 'object', properties: { name: { type: 'string' }, boss: schemaRef('Keeper') } },
  Error: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
  Unused: { type: 'string' },
  'Odd/Name': { type: 'integer' },
}

const getZoo = createOperation({
  operationId: 'zoos/get',
  name: 'zoosGet',
  summary: 'Get a zoo',
  security: [{ bearerAuth: ['zoo:read'] }],
  parameters: [createParameter('zId', { in: 'path', schema: { type: 'integer', description: 'The id' } })],
  responses: [
    createResponse('200', {
      headers: [
        createHeader('X-Rate-Limit', { required: true, schema: { type: 'integer', description: 'd' } }),
      ],
      contents: [
        createContent({ schema: schemaRef('Zoo'), examples: { berlin: { id: 1, description: 'big' } } }),
      ],
    }),
    createResponse('4XX'),
    createResponse('204'),
  ],
})

const createZoo = createOperation({
  name: 'createZoo',
  method: 'post',
  path: '/zoos',
  requestBody: createRequestBody({
    contents: [
      createContent({
        mediaType: 'application/x-www-form-urlencoded',
        kind: 'form',
        schema: schemaRef('Odd/Name'),
      }),
    ],
  }),
  responses: [createResponse('201'), createResponse('default')],
})

const model = createModel({
  operations: [getZoo, createZoo],
  schemas,
  securitySchemes: {
    bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
    keyAuth: { type: 'apiKey', in: 'header', name: 'X-Key' },
  },
})

describe('buildMockData', () => {
  const data = buildMockData(model)

  it('copies the API-level fields', () => {
    expect(data).toMatchObject({
      title: 'Zoo API',
      openapi: '3.0.3',
      servers: ['https://api.example.com/v1'],
    })
    expect(data.securitySchemes).toEqual({
      bearerAuth: { type: 'http', scheme: 'bearer' },
      keyAuth: { type: 'apiKey', in: 'header', name: 'X-Key' },
    })
  })

  it('writes each operation with an upper-case method, stripped schemas and no doc text', () => {
    expect(data.operations[0]).toEqual({
      name: 'zoosGet',
      operationId: 'zoos/get',
      method: 'GET',
      path: '/zoos/{zId}',
      tags: [],
      parameters: [
        {
          name: 'zId',
          in: 'path',
          required: true,
          style: 'simple',
          explode: false,
          schema: { type: 'integer' },
        },
      ],
      responses: [
        {
          key: '200',
          statuses: [200],
          noContent: false,
          contents: [
            {
              mediaType: 'application/json',
              kind: 'json',
              schema: schemaRef('Zoo'),
              examples: { berlin: { id: 1, description: 'big' } },
            },
          ],
          headers: [{ name: 'x-rate-limit', required: true, schema: { type: 'integer' } }],
        },
        {
          key: '4XX',
          statuses: expect.arrayContaining([400, 499]),
          noContent: false,
          contents: [{ mediaType: 'application/json', kind: 'json', schema: schemaRef('Error') }],
          headers: [],
        },
        { key: '204', statuses: [204], noContent: true, contents: [], headers: [] },
      ],
      security: [{ bearerAuth: ['zoo:read'] }],
    })
  })

  it('writes the request body', () => {
    expect(data.operations[1]?.requestBody).toEqual({
      required: true,
      contents: [
        { mediaType: 'application/x-www-form-urlencoded', kind: 'form', schema: schemaRef('Odd/Name') },
      ],
    })
  })

  it('copies only the reachable schemas, transitively and stripped, keeping property names', () => {
    const copied = data.components.schemas as Record<string, unknown>
    expect(Object.keys(copied).sort()).toEqual(['Error', 'Keeper', 'Odd/Name', 'Zoo'])
    expect(copied.Zoo).toEqual({
      type: 'object',
      required: ['id', 'description'],
      properties: { id: { type: 'integer' }, description: { type: 'string' }, keeper: schemaRef('Keeper') },
    })
  })

  it('can leave examples out', () => {
    const lean = buildMockData(model, { examples: false })
    expect(lean.operations[0]?.responses[0]?.contents[0]).not.toHaveProperty('examples')
  })

  it('does not change the model', () => {
    buildMockData(model)
    expect((model.document.components as { schemas: typeof schemas }).schemas.Zoo.description).toBe('A zoo')
  })
})

describe('componentOfRef', () => {
  it.each([
    ['#/components/schemas/Zoo', ['schemas', 'Zoo']],
    ['#/components/schemas/Odd~1Name/properties/x', ['schemas', 'Odd/Name']],
    ['#/components/schemas/A%20B', ['schemas', 'A B']],
    ['#/components/responses/NotFound/content', ['responses', 'NotFound']],
    ['#/paths/~1zoos', undefined],
    ['#/components/schemas', undefined],
  ])('%s → %j', (ref, target) => {
    expect(componentOfRef(ref)).toEqual(target)
  })
})
