import { describe, expect, it } from 'vitest'
import { bundleRefs } from './bundle-refs.ts'
import { parseSource } from './read-source.ts'
import { writtenRefs } from './written-refs.ts'

describe('writtenRefs', () => {
  it('lists every $ref value and every reference-like mapping value', () => {
    const text = JSON.stringify({
      a: { $ref: '#/components/schemas/A' },
      b: [{ $ref: '#/components/schemas/B' }, '$ref'],
      c: { discriminator: { mapping: { x: '#/components/schemas/X', y: 'Y' } } },
      enum: ['mapping', '$ref'],
    })
    expect(writtenRefs(text)).toEqual(
      new Set(['#/components/schemas/A', '#/components/schemas/B', '#/components/schemas/X']),
    )
  })

  it('decodes escapes inside a ref value', () => {
    expect(writtenRefs('{"$ref": "#/components/schemas/a\\"b"}')).toEqual(
      new Set(['#/components/schemas/a"b']),
    )
  })

  it.each([
    ['an escaped key', '{"\\u0024ref": "#/x"}'],
    ['a $ref that is not a string', '{"properties": {"$ref": {"type": "string"}}}'],
    [
      'a mapping that is not a flat map of strings',
      '{"properties": {"mapping": {"type": "object", "properties": {}}}}',
    ],
  ])('gives up on %s', (_, text) => {
    expect(writtenRefs(text)).toBeUndefined()
  })
})

/** Bundles a single JSON file twice: as read (with its written refs) and with the full walk. */
async function bundleBothWays(document: unknown) {
  const text = JSON.stringify(document)
  const read = () => parseSource(text, '/spec/openapi.json')
  const withRefs = read()
  const walked = read()
  const quick = await bundleRefs({
    path: '/spec/openapi.json',
    document: withRefs.value as never,
    writtenRefs: withRefs.writtenRefs?.(),
  }).catch((e: unknown) => e)
  const full = await bundleRefs({ path: '/spec/openapi.json', document: walked.value as never }).catch(
    (e: unknown) => e,
  )
  return { quick, full }
}

const components = { schemas: { A: { type: 'string' } }, pathItems: { P: { get: { responses: {} } } } }

describe('bundleRefs of a single JSON file with its written refs', () => {
  it('leaves a document whose refs all name component entries as the walk leaves it', async () => {
    const { quick, full } = await bundleBothWays({
      openapi: '3.1.0',
      paths: {
        '/a': {
          get: {
            responses: {
              200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } },
            },
          },
        },
      },
      components,
    })
    expect(quick).toEqual(full)
  })

  it('takes the walk for a path item ref (inlined) and a ref outside components (hoisted)', async () => {
    const { quick, full } = await bundleBothWays({
      openapi: '3.1.0',
      paths: {
        '/p': { $ref: '#/components/pathItems/P' },
        '/a': {
          get: {
            responses: { 200: { content: { 'application/json': { schema: { $ref: '#/paths/~1p' } } } } },
          },
        },
      },
      components,
    })
    expect(quick).toEqual(full)
    expect((quick as { document: { paths: Record<string, unknown> } }).document.paths['/p']).toEqual(
      components.pathItems.P,
    )
  })

  it('still reports a broken ref and a $ref chain that loops', async () => {
    const broken = await bundleBothWays({
      openapi: '3.1.0',
      paths: { '/a': { $ref: '#/components/schemas/Missing' } },
      components,
    })
    expect(String(broken.quick)).toContain('SL005')
    expect(broken.quick).toEqual(broken.full)
    const loop = await bundleBothWays({
      openapi: '3.1.0',
      components: {
        schemas: { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } },
      },
    })
    expect(String(loop.quick)).toContain('Circular')
    expect(loop.quick).toEqual(loop.full)
  })
})
