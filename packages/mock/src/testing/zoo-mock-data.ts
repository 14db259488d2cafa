/**
 * A hand-written zoo API as mock data, for the runtime's tests: list/create/get/update/delete, a static
 * route beside a parameter route, a 404 with a declared `{ error }` body, a secured operation with a 401
 * that declares no body, a `5XX` range, a `default`, 202/302/304, binary and text bodies, named examples.
 *
 * @module
 */
import type { MockData, MockOperation, MockResponse } from '../data.ts'

const json = (schema: Record<string, unknown>, examples?: Record<string, unknown>) => ({
  mediaType: 'application/json',
  kind: 'json' as const,
  schema,
  ...(examples === undefined ? {} : { examples }),
})

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

function range(digit: number, declared: readonly number[]): number[] {
  const out: number[] = []
  for (let status = digit * 100; status < digit * 100 + 100; status++)
    if (!declared.includes(status)) out.push(status)
  return out
}

function response(key: string, overrides: Partial<MockResponse> = {}): MockResponse {
  const contents = overrides.contents ?? []
  return {
    key,
    statuses: /^\d+$/.test(key) ? [Number(key)] : [],
    noContent: contents.length === 0,
    contents,
    headers: [],
    ...overrides,
  }
}

function operation(
  overrides: Partial<MockOperation> & Pick<MockOperation, 'name' | 'method' | 'path'>,
): MockOperation {
  return {
    operationId: overrides.name,
    tags: ['zoos'],
    parameters: [],
    responses: [],
    security: [],
    ...overrides,
  }
}

const zooIdParam = {
  name: 'zooId',
  in: 'path' as const,
  required: true,
  style: 'simple',
  explode: false,
  schema: { type: 'integer' },
}

/** The zoo API's mock data. */
export const zooMockData: MockData = {
  title: 'Zoo API',
  openapi: '3.0.3',
  servers: ['https://api.example.com/v1'],
  securitySchemes: {
    bearerAuth: { type: 'http', scheme: 'bearer' },
    apiKeyAuth: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
  },
  components: {
    schemas: {
      Zoo: {
        type: 'object',
        required: ['id', 'name'],
        properties: {
          id: { type: 'integer', minimum: 1 },
          name: { type: 'string', minLength: 1 },
          city: { type: 'string' },
          email: { type: 'string', format: 'email' },
        },
      },
      NewZoo: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      ZooList: { type: 'array', items: ref('Zoo'), maxItems: 5 },
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
      Job: {
        type: 'object',
        required: ['id', 'state'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          state: { type: 'string', enum: ['queued', 'running'] },
        },
      },
    },
  },
  operations: [
    operation({
      name: 'listZoos',
      method: 'GET',
      path: '/zoos',
      parameters: [
        {
          name: 'limit',
          in: 'query',
          required: false,
          style: 'form',
          explode: true,
          schema: { type: 'integer' },
        },
      ],
      responses: [
        response('200', {
          contents: [json(ref('ZooList'))],
          headers: [{ name: 'x-total-count', required: true, schema: { type: 'integer', minimum: 0 } }],
        }),
        response('default', { contents: [json(ref('Error'))] }),
      ],
    }),
    operation({
      name: 'createZoo',
      method: 'POST',
      path: '/zoos',
      requestBody: { required: true, contents: [json(ref('NewZoo'))] },
      responses: [
        response('201', { contents: [json(ref('Zoo'))] }),
        response('400', { contents: [json(ref('Error'))] }),
        response('5XX', { statuses: range(5, []), contents: [json(ref('Error'))] }),
      ],
    }),
    operation({
      name: 'getZoo',
      method: 'GET',
      path: '/zoos/{zooId}',
      parameters: [zooIdParam],
      security: [{ bearerAuth: [] }],
      responses: [
        response('200', {
          contents: [
            json(ref('Zoo'), {
              berlin: { id: 1, name: 'Berlin Zoo', city: 'Berlin' },
              paris: { id: 2, name: 'Ménagerie', city: 'Paris' },
            }),
          ],
        }),
        response('401'),
        response('404', { contents: [json(ref('Error'))] }),
        response('4XX', { statuses: range(4, [401, 404]) }),
      ],
    }),
    operation({
      name: 'countZoos',
      method: 'GET',
      path: '/zoos/count',
      responses: [
        response('200', {
          contents: [
            json({ type: 'object', required: ['count'], properties: { count: { type: 'integer' } } }),
          ],
        }),
      ],
    }),
    operation({
      name: 'updateZoo',
      method: 'PUT',
      path: '/zoos/{zooId}',
      parameters: [zooIdParam],
      requestBody: { required: true, contents: [json(ref('NewZoo'))] },
      responses: [
        response('200', { contents: [json(ref('Zoo'))] }),
        response('201', { contents: [json(ref('Zoo'))] }),
        response('405', { contents: [json(ref('Error'))] }),
      ],
    }),
    operation({
      name: 'deleteZoo',
      method: 'DELETE',
      path: '/zoos/{zooId}',
      parameters: [zooIdParam],
      security: [{ apiKeyAuth: [] }],
      responses: [
        response('204'),
        response('404', { contents: [json(ref('Error'))] }),
        response('429', { contents: [json(ref('Error'))] }),
      ],
    }),
    operation({
      name: 'getZooLogo',
      method: 'GET',
      path: '/zoos/{zooId}/logo',
      parameters: [zooIdParam],
      responses: [
        response('200', {
          contents: [
            { mediaType: 'image/png', kind: 'binary', schema: { type: 'string', format: 'binary' } },
          ],
        }),
        response('302'),
        response('304'),
      ],
    }),
    operation({
      name: 'startZooJob',
      method: 'POST',
      path: '/zoos/{zooId}/jobs',
      parameters: [zooIdParam],
      responses: [response('202', { contents: [json(ref('Job'))] })],
    }),
    operation({
      name: 'ping',
      method: 'GET',
      path: '/ping',
      tags: [],
      responses: [
        response('default', {
          contents: [{ mediaType: 'text/plain', kind: 'text', schema: { type: 'string', minLength: 1 } }],
        }),
      ],
    }),
  ],
}
