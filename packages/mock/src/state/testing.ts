/**
 * Test helpers of the store: a store over an example spec, a `call()` that answers an operation by
 * name, and a check that every answer validates against the declared response schema.
 *
 * @module
 */
import { expect } from 'vitest'
import type { MockData } from '../data.ts'
import { operationNamed, specMockData } from '../fixtures/spec-data.ts'
import { createSampler, type Sampler } from '../sample/index.ts'
import { findResponse } from '../status-keys.ts'
import type { StoreAnswer } from './answers.ts'
import { createStore, type StatefulOptions, type Store } from './store.ts'

/** A store over a spec, and a way to call it. */
export interface StoreHarness {
  readonly data: MockData
  readonly sampler: Sampler
  readonly store: Store
  call(
    name: string,
    request?: {
      path?: Record<string, unknown>
      query?: Record<string, unknown>
      body?: unknown
      url?: string
    },
  ): StoreAnswer
}

/** Creates a store over `specs/<spec>.yaml`; every answer is checked against its declared schema. */
export async function storeFor(
  spec: string,
  options: StatefulOptions & { seed?: number } = {},
): Promise<StoreHarness> {
  const data = await specMockData(spec)
  const sampler = createSampler({
    root: { openapi: data.openapi, components: data.components },
    openapi: data.openapi,
    seed: options.seed ?? 1,
    useExamples: false,
  })
  const store = createStore({ data, sampler, ...options })
  const base = data.servers[0] ?? 'https://api.example.com'
  return {
    data,
    sampler,
    store,
    call(name, request = {}) {
      const operation = operationNamed(data, name)
      const path = request.path ?? {}
      const url = new URL(
        base + (request.url ?? operation.path.replace(/\{([^{}]+)\}/g, (_, p: string) => String(path[p]))),
      )
      const answer = store.handle(operation, { url, path, query: request.query ?? {}, body: request.body })
      if (answer === undefined) throw new Error(`the store does not handle ${name}`)
      const schema = findResponse(operation, answer.status)?.contents.find((c) => c.kind === 'json')?.schema
      if (answer.body !== undefined && schema !== undefined) {
        const result = sampler.validator.validate(schema, answer.body.value, { direction: 'response' })
        expect(result.errors, `${name} ${answer.status} body`).toEqual([])
      }
      return answer
    },
  }
}
