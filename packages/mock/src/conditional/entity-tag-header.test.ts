import { describe, expect, it } from 'vitest'
import type { Answer } from '../respond.ts'
import { representationTag } from './entity-tag.ts'
import { applyEntityTag } from './entity-tag-header.ts'

function answer(status: number, body: unknown, scripted: readonly string[] = []): Answer {
  return {
    status,
    headers: new Headers({ 'content-type': 'application/json', etag: '"sampled"' }),
    body: body === undefined ? undefined : { kind: 'json', value: body },
    scriptedHeaders: new Set(scripted),
  }
}

const TAG = representationTag('application/json', '{"id":1}')

describe('applyEntityTag', () => {
  it('tags a 2xx GET/HEAD answer with a body by its media type and JSON text, replacing a sampled ETag', () => {
    for (const method of ['GET', 'head']) {
      const tagged = answer(200, { id: 1 })
      applyEntityTag(tagged, { method })
      expect(tagged.headers.get('etag')).toBe(`"${TAG}"`)
      // The JSON text is kept with the body, so it is not written twice.
      expect(tagged.body?.json).toBe('{"id":1}')
    }
  })

  it('leaves other methods, statuses, bodiless answers and a scripted ETag alone', () => {
    for (const [method, built] of [
      ['PATCH', answer(200, { id: 1 })],
      ['GET', answer(404, { id: 1 })],
      ['GET', answer(200, undefined)],
      ['GET', answer(200, { id: 1 }, ['etag'])],
    ] as const) {
      applyEntityTag(built, { method })
      expect(built.headers.get('etag')).toBe('"sampled"')
    }
  })

  it("sends the stored resource's tag on any 2xx when the store names one", () => {
    const written = answer(204, undefined)
    applyEntityTag(written, { method: 'PATCH', resourceTag: 'abc' })
    expect(written.headers.get('etag')).toBe('"abc"')
  })

  it('fits the declared schema: strong when it accepts it, else weak when only that fits, else strong', () => {
    const weakOnly = answer(200, { id: 1 })
    applyEntityTag(weakOnly, { method: 'GET', declaredAccepts: (value) => value.startsWith('W/') })
    expect(weakOnly.headers.get('etag')).toBe(`W/"${TAG}"`)
    const neither = answer(200, { id: 1 })
    applyEntityTag(neither, { method: 'GET', declaredAccepts: () => false })
    expect(neither.headers.get('etag')).toBe(`"${TAG}"`)
  })
})
