import { describe, expect, it } from 'vitest'
import { binaryBody, formBody, multipartBody, textBody } from './body-encoders.ts'

describe('body encoders', () => {
  it('sends text as a string', () => {
    expect(textBody(42)).toBe('42')
  })

  it('encodes form bodies with deepObject-style nesting and repeated keys', () => {
    const body = formBody({ name: 'a b', tags: ['x', 'y'], owner: { city: 'B' }, skip: undefined })
    expect(body).toBeInstanceOf(URLSearchParams)
    expect(String(body)).toBe('name=a+b&tags=x&tags=y&owner%5Bcity%5D=B')
  })

  it('builds multipart FormData: Blob and File kept, arrays as parts, objects as JSON, null left out', async () => {
    const file = new File(['png bytes'], 'zoo.png', { type: 'image/png' })
    const blob = new Blob(['raw'])
    const body = multipartBody({
      file,
      blob,
      meta: { a: 1 },
      tags: ['x', 'y'],
      count: 3,
      when: new Date(0),
      none: null,
    }) as FormData
    expect(body).toBeInstanceOf(FormData)
    const sent = body.get('file') as File
    expect([sent.name, sent.type, await sent.text()]).toEqual(['zoo.png', 'image/png', 'png bytes'])
    expect(await (body.get('blob') as Blob).text()).toBe('raw')
    expect(body.get('meta')).toBe('{"a":1}')
    expect(body.getAll('tags')).toEqual(['x', 'y'])
    expect(body.get('count')).toBe('3')
    expect(body.get('when')).toBe('1970-01-01T00:00:00.000Z')
    expect(body.has('none')).toBe(false)
  })

  it('passes ready FormData and URLSearchParams through', () => {
    const form = new FormData()
    const search = new URLSearchParams('a=1')
    expect(multipartBody(form)).toBe(form)
    expect(formBody(search)).toBe(search)
  })

  it('sends binary bodies as they are', () => {
    const values = [new Blob(['x']), new ArrayBuffer(2), new Uint8Array([1]), new ReadableStream(), 'text']
    for (const value of values) expect(binaryBody(value)).toBe(value)
  })
})
