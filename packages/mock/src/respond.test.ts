import { describe, expect, it } from 'vitest'
import type { MockContent, MockOperation } from './data.ts'
import { replyToResponse, toHttpResponse, toWireAnswer, type WireAnswer } from './encode-response.ts'
import {
  type Answer,
  type AnswerBody,
  type AnswerInput,
  buildAnswer,
  chooseContent,
  contentTypeOf,
  headerValue,
} from './respond.ts'
import { createSampler } from './sample/index.ts'
import { normaliseSteps } from './scenarios.ts'
import { createSchemaView } from './schema-view/schema-view.ts'

const json: MockContent = { mediaType: 'application/vnd.zoo+json', kind: 'json', schema: { type: 'integer' } }
const text: MockContent = { mediaType: 'text/plain', kind: 'text', schema: { type: 'string' } }
const any: MockContent = { mediaType: '*/*', kind: 'binary', schema: { type: 'string' } }

describe('chooseContent', () => {
  it.each([
    [null, 'application/vnd.zoo+json'],
    ['text/plain', 'text/plain'],
    ['text/*', 'text/plain'],
    ['application/json, text/plain;q=0.5', 'text/plain'],
    ['text/plain;q=0, */*', 'application/vnd.zoo+json'],
    ['image/png', 'application/vnd.zoo+json'],
  ])('Accept %s → %s', (accept, mediaType) => {
    expect(chooseContent([json, text], accept)?.mediaType).toBe(mediaType)
  })

  it('lets a declared range satisfy any Accept', () => {
    expect(chooseContent([any], 'image/png')).toBe(any)
  })
})

describe('contentTypeOf', () => {
  it('keeps a concrete media type and replaces a range by the kind default', () => {
    expect(contentTypeOf(json)).toBe('application/vnd.zoo+json')
    expect(contentTypeOf(any)).toBe('application/octet-stream')
    expect(contentTypeOf({ mediaType: 'application/*', kind: 'json' })).toBe('application/json')
  })

  it('sends binary data of a range with a top-level type as a type of it: the accepted one, else a common one', () => {
    expect(contentTypeOf({ mediaType: 'image/*', kind: 'binary' })).toBe('image/png')
    expect(contentTypeOf({ mediaType: 'audio/*', kind: 'binary' })).toBe('audio/mpeg')
    expect(contentTypeOf({ mediaType: 'video/*', kind: 'binary' }, 'video/webm;q=0, video/*')).toBe(
      'video/mp4',
    )
    expect(contentTypeOf({ mediaType: 'image/*', kind: 'binary' }, 'text/html, image/webp')).toBe(
      'image/webp',
    )
    expect(contentTypeOf({ mediaType: 'application/*', kind: 'binary' })).toBe('application/octet-stream')
    expect(contentTypeOf({ mediaType: '*/*', kind: 'binary' }, 'image/png')).toBe('application/octet-stream')
  })
})

describe('headerValue', () => {
  it.each([
    [42, '42'],
    [true, 'true'],
    [['a', 'b', 1], 'a, b, 1'],
    [{ role: 'admin', id: 5 }, 'role,admin,id,5'],
    ['line\r\nbreak', 'line  break'],
    ['Zürich ✓', 'Zürich %E2%9C%93'],
    [null, undefined],
  ])('%j → %j', (value, header) => {
    expect(headerValue(value)).toBe(header)
  })
})

describe('buildAnswer', () => {
  const operation: MockOperation = {
    name: 'getThing',
    operationId: 'getThing',
    method: 'GET',
    path: '/things/{id}',
    tags: [],
    parameters: [],
    responses: [
      {
        key: '200',
        statuses: [200],
        noContent: false,
        contents: [json, text],
        headers: [{ name: 'x-count', required: true, schema: { type: 'integer', minimum: 1, maximum: 9 } }],
      },
    ],
    security: [],
  }
  const sampler = createSampler({ root: { components: {} }, openapi: '3.0.3' })

  function input(overrides: Partial<AnswerInput>): AnswerInput {
    return {
      operation,
      status: 200,
      response: operation.responses[0],
      url: new URL('https://api.example.com/things/1'),
      accept: null,
      step: undefined,
      prefer: {},
      seed: 1,
      useExamples: false,
      sampler: () => sampler,
      view: () => createSchemaView({}),
      memo: (_, produce) => produce(),
      ...overrides,
    }
  }

  it('samples the declared headers and the body of the accepted media type', async () => {
    const answer = buildAnswer(input({ accept: 'text/plain' }))
    expect(answer.headers.get('x-count')).toMatch(/^[1-9]$/)
    expect(answer.headers.get('content-type')).toBe('text/plain')
    expect(typeof (await toHttpResponse(answer).text())).toBe('string')
  })

  it('sends a scripted body with the declared media type and the scripted headers on top', async () => {
    const [step] = normaliseSteps(
      'getThing',
      [{ status: 200, body: 7, headers: { 'X-Count': '100' } }],
      'declared',
    )
    const answer = buildAnswer(input({ step }))
    expect(answer.headers.get('content-type')).toBe('application/vnd.zoo+json')
    expect(answer.headers.get('x-count')).toBe('100')
    expect([...answer.scriptedHeaders]).toEqual(['x-count'])
    expect(await toHttpResponse(answer).json()).toBe(7)
  })

  it('encodes a scripted body of an undeclared status by its type', async () => {
    const [step] = normaliseSteps('getThing', [{ status: 418, body: 'teapot' }], 'forced')
    const answer = buildAnswer(input({ status: 418, response: undefined, step }))
    expect(answer.headers.get('content-type')).toBe('text/plain')
    expect(await toHttpResponse(answer).text()).toBe('teapot')
  })

  it('answers an error status without a declared body with problem+json', async () => {
    const answer = buildAnswer(input({ status: 503, response: undefined }))
    expect(answer.headers.get('content-type')).toBe('application/problem+json')
    expect(await toHttpResponse(answer).json()).toEqual({
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: 'getThing (GET /things/1) answered 503.',
    })
  })

  describe('an XML media type', () => {
    const components = {
      schemas: {
        Thing: {
          type: 'object',
          required: ['id', 'name'],
          properties: {
            id: { type: 'integer', minimum: 1, maximum: 9, xml: { attribute: true } },
            name: { type: 'string', enum: ['a&b'] },
          },
        },
      },
    }
    const xml: MockContent = {
      mediaType: 'application/xml',
      kind: 'text',
      schema: { $ref: '#/components/schemas/Thing' },
      examples: { small: { id: 2, name: '<b>' }, raw: '<Thing id="3"/>' },
    }
    const xmlSampler = createSampler({ root: { components }, openapi: '3.1.0' })
    const xmlInput = (overrides: Partial<AnswerInput>) =>
      input({
        response: { key: '200', statuses: [200], noContent: false, contents: [xml, json], headers: [] },
        sampler: () => xmlSampler,
        view: () => createSchemaView(components),
        ...overrides,
      })
    const sent = async (answer: Answer) => {
      const wire = toWireAnswer(answer)
      return {
        wire: typeof wire?.body === 'string' ? wire.body : undefined,
        msw: await toHttpResponse(answer).text(),
      }
    }

    it('sends generated data as the XML its schema describes, on the MSW and the wire path alike (JSON still as JSON)', async () => {
      const answer = buildAnswer(xmlInput({}))
      expect(answer.headers.get('content-type')).toBe('application/xml')
      const { wire, msw } = await sent(buildAnswer(xmlInput({})))
      expect(msw).toMatch(
        /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<Thing id="[1-9]"><name>a&amp;b<\/name><\/Thing>$/,
      )
      expect(wire).toBe(msw)
      const asJson = buildAnswer(xmlInput({ accept: 'application/vnd.zoo+json' }))
      expect(asJson.headers.get('content-type')).toBe('application/vnd.zoo+json')
      expect(typeof (await toHttpResponse(asJson).json())).toBe('number')
    })

    it('sends an example given as an object as XML, and one given as a string as it is', async () => {
      const small = await sent(buildAnswer(xmlInput({ prefer: { example: 'small' } })))
      expect(small.msw).toBe(
        '<?xml version="1.0" encoding="UTF-8"?>\n<Thing id="2"><name>&lt;b&gt;</name></Thing>',
      )
      expect(small.wire).toBe(small.msw)
      const raw = await sent(buildAnswer(xmlInput({ prefer: { example: 'raw' } })))
      expect(raw.msw).toBe('<Thing id="3"/>')
    })

    it('sends a scripted object as XML, and a scripted string as it is', async () => {
      const step = (body: unknown) => ({
        status: 200,
        hasBody: true,
        body,
        headers: {},
        delay: undefined,
        source: 'declared' as const,
      })
      const scripted = await sent(buildAnswer(xmlInput({ step: step({ id: 7, name: 'x' }) })))
      expect(scripted.msw).toBe(
        '<?xml version="1.0" encoding="UTF-8"?>\n<Thing id="7"><name>x</name></Thing>',
      )
      expect(scripted.wire).toBe(scripted.msw)
      expect((await sent(buildAnswer(xmlInput({ step: step('<Thing/>') })))).msw).toBe('<Thing/>')
    })
  })

  describe('a media type without a schema', () => {
    const pdf: MockContent = { mediaType: 'application/pdf', kind: 'binary' }
    const withSchemaless = (content: MockContent, status = 200): AnswerInput =>
      input({
        status,
        response: {
          key: String(status),
          statuses: [status],
          noContent: false,
          contents: [content],
          headers: [],
        },
      })

    it('answers its first example, as that media type, even when the mock prefers generated data', async () => {
      const answer = buildAnswer(withSchemaless({ ...pdf, examples: { default: '%PDF-1.7 …' } }))
      expect(answer.headers.get('content-type')).toBe('application/pdf')
      expect(await toHttpResponse(answer).text()).toBe('%PDF-1.7 …')
    })

    it('answers an empty body (an empty object for JSON) as that media type when it has no example', async () => {
      const answer = buildAnswer(withSchemaless(pdf))
      expect(answer.headers.get('content-type')).toBe('application/pdf')
      expect(await toHttpResponse(answer).text()).toBe('')
      const json = buildAnswer(withSchemaless({ mediaType: 'application/json', kind: 'json' }))
      expect(json.headers.get('content-type')).toBe('application/json')
      expect(await toHttpResponse(json).json()).toEqual({})
    })

    it('answers an error status without an example with problem+json', () => {
      const answer = buildAnswer(withSchemaless({ mediaType: 'application/json', kind: 'json' }, 404))
      expect(answer.headers.get('content-type')).toBe('application/problem+json')
    })
  })

  it('answers a success status without a declared body with no body', () => {
    const answer = buildAnswer(input({ status: 202, response: undefined }))
    expect(answer.body).toBeUndefined()
    expect(answer.headers.get('content-type')).toBeNull()
  })
})

describe('toHttpResponse', () => {
  it.each([
    ['form', { a: '1', b: ['2', '3'] }, 'a=1&b=2&b=3'],
    ['binary', 'bytes', 'bytes'],
    ['text', { a: 1 }, '{"a":1}'],
  ] as const)('encodes a %s body', async (kind, value, expected) => {
    const response = toHttpResponse({
      status: 200,
      headers: new Headers(),
      body: { kind, value },
      scriptedHeaders: new Set(),
    })
    expect(await response.text()).toBe(expected)
  })

  it('encodes multipart bodies with their boundary', async () => {
    const response = toHttpResponse({
      status: 200,
      headers: new Headers({ 'content-type': 'multipart/form-data' }),
      body: { kind: 'multipart', value: { name: 'Zoo' } },
      scriptedHeaders: new Set(),
    })
    expect(response.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/)
    expect((await response.formData()).get('name')).toBe('Zoo')
  })
})

describe('toWireAnswer', () => {
  const answer = (status: number, body: AnswerBody | undefined, contentType?: string): Answer => ({
    status,
    headers: new Headers({
      'x-rate-limit': '5',
      'set-cookie': 'a=1',
      ...(contentType === undefined ? {} : { 'content-type': contentType }),
    }),
    body,
    scriptedHeaders: new Set(),
  })
  const view = async (response: Response) => ({
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body: await response.text(),
  })

  it.each([
    ['JSON', answer(200, { kind: 'json', value: { a: 1 } }, 'application/json')],
    ['JSON with its text', answer(201, { kind: 'json', value: 1, json: '1' }, 'application/json')],
    ['text', answer(418, { kind: 'text', value: 'teapot' }, 'text/plain')],
    ['form', answer(200, { kind: 'form', value: { a: '1' } }, 'application/x-www-form-urlencoded')],
    ['bytes', answer(200, { kind: 'binary', value: 'bytes' }, 'application/octet-stream')],
    ['no body', answer(202, undefined)],
    ['an undefined JSON value', answer(200, { kind: 'json', value: undefined }, 'application/json')],
  ])('carries what the HttpResponse of %s carries', async (_name, built) => {
    const wire = toWireAnswer(
      answer(built.status, built.body, built.headers.get('content-type') ?? undefined),
    )
    expect(wire).toBeDefined()
    expect(await view(replyToResponse(wire as WireAnswer))).toEqual(await view(toHttpResponse(built)))
  })

  it.each([
    ['a null-body status', answer(204, { kind: 'json', value: 1 }, 'application/json')],
    ['a status outside 200–599', answer(103, undefined)],
    ['a multipart body', answer(200, { kind: 'multipart', value: { a: 1 } }, 'multipart/form-data')],
    ['a body without Content-Type', answer(200, { kind: 'text', value: 'x' })],
    ['a Blob body', answer(200, { kind: 'binary', value: new Blob(['x']) }, 'application/octet-stream')],
  ])('leaves %s to toHttpResponse, untouched', (_name, built) => {
    const before = [...built.headers]
    expect(toWireAnswer(built)).toBeUndefined()
    expect([...built.headers]).toEqual(before)
  })
})
