/**
 * Request bodies whose schema cannot be checked against what is sent, as real documents declare them,
 * answered by the mock built from the spec (model → mock data → `createMock` → msw's `getResponse`):
 * a multipart or form body whose schema is a string (codat.io's upload, LibreTranslate's forms: SL021,
 * the schema left out) and a YAML body described by an object schema (Open Policy Agent's data API: the
 * text is not parsed, so it is checked for presence only). A text body whose schema is a string is still
 * validated.
 */
import { createMock, type MockData } from '@statusline/mock'
import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildMockData } from '../../generator/src/emit/mocks/build-mock-data.ts'
import { buildModel } from '../../generator/src/model/build-model.ts'

const BASE = 'https://bodies.example.test/v1'

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } }

/** A POST of `content`, a required body, answering 200. */
const post = (operationId: string, content: Record<string, unknown>) => ({
  post: { operationId, requestBody: { required: true, content }, responses: ok },
})

const document = {
  openapi: '3.0.3',
  info: { title: 'Bodies of real documents', version: '1' },
  servers: [{ url: BASE }],
  paths: {
    '/attachments': post('uploadAttachment', {
      'multipart/form-data': { schema: { type: 'string', format: 'binary' } },
    }),
    '/translate_file': post('translateFile', {
      'multipart/form-data': { schema: { type: 'string', example: 'xxxx' } },
    }),
    '/detect': post('detect', {
      'application/x-www-form-urlencoded': { schema: { $ref: '#/components/schemas/Key' } },
    }),
    '/data': post('getDocument', {
      'application/x-yaml': { schema: { $ref: '#/components/schemas/Input' } },
    }),
    '/policies': post('putPolicy', { 'text/plain': { schema: { type: 'string', maxLength: 10 } } }),
  },
  components: {
    schemas: {
      Key: { type: 'string' },
      Input: { type: 'object', required: ['input'], properties: { input: { type: 'object' } } },
    },
  },
}

const { model, warnings } = buildModel(document, 'bodies.yaml')
const data = JSON.parse(JSON.stringify(buildMockData(model))) as MockData
const mock = createMock(data, { baseUrl: BASE, seed: 3 })

function send(path: string, init: RequestInit): Promise<Response | undefined> {
  return getResponse([...mock.handlers], new Request(`${BASE}${path}`, { method: 'POST', ...init }))
}

describe('request bodies whose schema does not describe what is sent', () => {
  it('reports form and multipart bodies with a schema that is not an object (SL021)', () => {
    expect(warnings.map((w) => [w.code, w.pointer])).toEqual([
      ['SL021', '/paths/~1attachments/post/requestBody/content/multipart~1form-data/schema'],
      ['SL021', '/paths/~1translate_file/post/requestBody/content/multipart~1form-data/schema'],
      ['SL021', '/paths/~1detect/post/requestBody/content/application~1x-www-form-urlencoded/schema'],
    ])
  })

  it('answers a multipart upload and a form, checked for presence only', async () => {
    const file = new FormData()
    file.append('file', new File(['%PDF-1.7'], 'receipt.pdf', { type: 'application/pdf' }))
    expect((await send('/attachments', { body: file }))?.status).toBe(200)
    const fields = new FormData()
    fields.append('file', new File(['Hello'], 'hello.txt'))
    fields.append('source', 'en')
    expect((await send('/translate_file', { body: fields }))?.status).toBe(200)
    expect((await send('/detect', { body: new URLSearchParams('q=Hello') }))?.status).toBe(200)
    expect((await send('/attachments', {}))?.status).toBe(400)
  })

  it('answers a YAML body described by an object schema, checked for presence only', async () => {
    const yaml = { 'content-type': 'application/x-yaml' }
    expect((await send('/data', { body: 'input:\n  user: alice\n', headers: yaml }))?.status).toBe(200)
    expect((await send('/data', { headers: yaml }))?.status).toBe(400)
  })

  it('still validates a text body against a string schema', async () => {
    const text = { 'content-type': 'text/plain' }
    expect((await send('/policies', { body: 'package a', headers: text }))?.status).toBe(200)
    expect((await send('/policies', { body: 'package example', headers: text }))?.status).toBe(400)
  })
})
