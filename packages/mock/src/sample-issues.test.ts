/**
 * Generated data that cannot satisfy its schema is never answered silently: the mock warns once per
 * place (`onSampleIssue`, default `'warn'`), names the operation, status and media type or header, and
 * still answers the nearest value it found.
 */
import { getResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMock } from './create-mock.ts'
import type { MockData } from './data.ts'
import type { MockOptions } from './mock-types.ts'
import type { SampleIssue } from './sample/index.ts'

/** One operation whose body and header schemas accept no value (`minLength` over `maxLength`). */
const DATA: MockData = {
  title: 'Contradictions',
  openapi: '3.1.0',
  servers: ['https://api.example.com'],
  operations: [
    {
      name: 'getCode',
      operationId: 'getCode',
      method: 'GET',
      path: '/code',
      tags: [],
      parameters: [],
      responses: [
        {
          key: '200',
          statuses: [200],
          noContent: false,
          headers: [
            { name: 'x-tag', required: true, schema: { type: 'string', minLength: 3, maxLength: 2 } },
          ],
          contents: [
            {
              mediaType: 'application/json',
              kind: 'json',
              schema: {
                type: 'object',
                required: ['code'],
                properties: { code: { type: 'string', minLength: 2, maxLength: 1 } },
              },
            },
          ],
        },
      ],
      security: [],
    },
    {
      name: 'findCode',
      operationId: 'findCode',
      method: 'GET',
      path: '/find',
      tags: [],
      parameters: [
        { name: 'q', in: 'query', required: true, style: 'form', explode: true, schema: { type: 'string' } },
      ],
      responses: [
        { key: '200', statuses: [200], noContent: true, headers: [], contents: [] },
        {
          key: '400',
          statuses: [400],
          noContent: false,
          headers: [],
          contents: [
            {
              mediaType: 'application/json',
              kind: 'json',
              schema: {
                type: 'object',
                required: ['error'],
                properties: { error: { type: 'string', minLength: 5, maxLength: 2 } },
              },
            },
          ],
        },
      ],
      security: [],
    },
  ],
  securitySchemes: {},
  components: { schemas: {} },
}

async function answer(options: MockOptions): Promise<Response | undefined> {
  const mock = createMock(DATA, options)
  return getResponse([...mock.handlers], new Request('https://api.example.com/code'))
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('onSampleIssue', () => {
  it("warns once per place by default, and answers the nearest value ('warn')", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const mock = createMock(DATA)
    for (const path of ['/code', '/code', '/code?again=1']) {
      const response = await getResponse([...mock.handlers], new Request(`https://api.example.com${path}`))
      if (response === undefined) throw new Error(`no answer for ${path}`)
      expect(response.status).toBe(200)
      expect(((await response.json()) as { code: string }).code).toHaveLength(1)
      expect(response.headers.get('x-tag')).toHaveLength(2)
    }
    const lines = warn.mock.calls.map(([line]) => String(line))
    expect(lines).toEqual([
      expect.stringContaining('getCode 200 header x-tag at /'),
      expect.stringContaining('getCode 200 application/json at /code'),
    ])
    expect(lines[1]).toMatch(/minLength 2 is greater than maxLength 1/)
  })

  it('names the operation of an automatic error body too', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const mock = createMock(DATA)
    const response = await getResponse([...mock.handlers], new Request('https://api.example.com/find'))
    expect(response?.status).toBe(400)
    expect(warn.mock.calls.map(([line]) => String(line))).toEqual([
      expect.stringContaining('findCode 400 application/json at /error'),
    ])
  })

  it("says nothing with 'ignore'", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect((await answer({ onSampleIssue: 'ignore' }))?.status).toBe(200)
    expect(warn).not.toHaveBeenCalled()
  })

  it('hands every issue, labelled, to a function', async () => {
    const issues: SampleIssue[] = []
    await answer({ onSampleIssue: (issue) => issues.push(issue) })
    expect(issues).toContainEqual(
      expect.objectContaining({ label: 'getCode 200 application/json', path: '/code', keyword: 'minLength' }),
    )
  })

  it('refuses a value it does not know, naming it', () => {
    expect(() => createMock(DATA, { onSampleIssue: 'warning' as never })).toThrow(
      /`onSampleIssue` must be 'warn', 'ignore' or a function, got "warning"/,
    )
  })
})
