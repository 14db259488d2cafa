import { setupServer } from 'msw/node'
import { describe, expect, it, vi } from 'vitest'
import { createMock } from './create-mock.ts'
import type { MockData, MockOperation } from './data.ts'
import type * as sample from './sample/index.ts'

const counts = vi.hoisted(() => ({ createSampler: 0, sample: 0 }))

vi.mock('./sample/index.ts', async (importOriginal) => {
  const original = await importOriginal<typeof sample>()
  return {
    ...original,
    createSampler: (...args: Parameters<typeof original.createSampler>) => {
      counts.createSampler++
      const sampler = original.createSampler(...args)
      return {
        ...sampler,
        sample: (...sampleArgs: Parameters<typeof sampler.sample>) => {
          counts.sample++
          return sampler.sample(...sampleArgs)
        },
      }
    },
  }
})

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

function syntheticOperation(index: number): MockOperation {
  return {
    name: `operation${index}`,
    operationId: `area/operation-${index}`,
    method: METHODS[index % METHODS.length] ?? 'GET',
    path: `/repos/{owner}/{repo}/area${Math.floor(index / METHODS.length)}/{id}`,
    tags: [],
    parameters: [],
    responses: [
      {
        key: '200',
        statuses: [200],
        noContent: false,
        headers: [{ name: 'x-count', required: true, schema: { type: 'integer' } }],
        contents: [
          { mediaType: 'application/json', kind: 'json', schema: { $ref: '#/components/schemas/Thing' } },
        ],
      },
      { key: '404', statuses: [404], noContent: true, headers: [], contents: [] },
    ],
    security: [],
  }
}

const data: MockData = {
  title: 'Synthetic API',
  openapi: '3.0.3',
  servers: ['https://api.example.com'],
  securitySchemes: {},
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['id', 'name'],
        properties: { id: { type: 'integer' }, name: { type: 'string' } },
      },
    },
  },
  operations: Array.from({ length: 2000 }, (_, index) => syntheticOperation(index)),
}

describe('lazy handlers', () => {
  it('creates 2,000 handlers without sampling, then samples only what a request needs', async () => {
    const started = performance.now()
    const mock = createMock(data)
    const elapsed = performance.now() - started
    // One handler routes every operation, plus the fallback that answers 405/404 (nothing compiled yet).
    expect(mock.handlers).toHaveLength(2)
    expect(counts).toEqual({ createSampler: 0, sample: 0 })
    // Informational: the creation cost of the handlers of 2,000 operations on this machine.
    console.info(`[lazy-handlers] createMock with 2,000 operations: ${elapsed.toFixed(0)} ms`)

    const server = setupServer(...mock.handlers)
    server.listen({ onUnhandledRequest: 'error' })
    try {
      const response = await fetch('https://api.example.com/repos/octo/cat/area300/9', { method: 'GET' })
      expect(response.status).toBe(200)
      expect(mock.calls('operation1500')).toHaveLength(1)
      expect(counts.createSampler).toBe(1)
      expect(counts.sample).toBe(2)

      mock.scenario('operation1501', 404)
      await fetch('https://api.example.com/repos/octo/cat/area300/9', { method: 'POST' })
      expect(counts).toEqual({ createSampler: 1, sample: 2 })
    } finally {
      server.close()
    }
  })
})
