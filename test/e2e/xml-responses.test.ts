/**
 * XML responses, end to end: `specs/features/xml-responses.yaml` generated, its mock asked for each
 * operation in process (the MSW handlers) and over HTTP (the standalone server, which writes answers
 * without building a `Response`). An XML media type's generated data and examples given as objects are
 * answered as the XML documents the schemas' XML Objects describe — the same bytes on both paths — an
 * example given as XML text is answered as it is, and `Accept: application/json` still gets JSON.
 */
import { type MockServer, startMockServer } from '@statusline/mock/node'
import { getResponse, type RequestHandler } from 'msw'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateInto } from '../helpers/generate-into.ts'

type Member = { ok: boolean; status: number; data?: unknown }
interface Sdk {
  createClient(options?: object): Record<string, (params?: object, options?: object) => Promise<Member>>
}
interface Mocks {
  createMock(options?: object): { handlers: RequestHandler[] }
}

const { dir } = await generateInto('specs/features/xml-responses.yaml', 'xml-responses')
const sdk = (await import(`${dir}client.js`)) as Sdk
const { createMock } = (await import(`${dir}mocks.ts`)) as Mocks
// Both under /api: data is seeded by the request path, so both mocks generate the same for the same path.
const inProcess = createMock({ seed: 5, baseUrl: 'https://xml.example.com/api' })
let server: MockServer

beforeAll(async () => {
  server = await startMockServer({
    mock: createMock({ seed: 5, baseUrl: '/api' }) as never,
    port: 0,
    basePath: '/api',
  })
})
afterAll(async () => {
  await server?.close()
})

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

interface Answered {
  readonly status: number
  readonly contentType: string | null
  readonly etag: string | null
  readonly text: string
}

async function answered(response: Response): Promise<Answered> {
  const { status, headers } = response
  return {
    status,
    contentType: headers.get('content-type'),
    etag: headers.get('etag'),
    text: await response.text(),
  }
}

/** Asks both the in-process handlers and the standalone server; expects the same answer; returns it. */
async function get(path: string, headers: Record<string, string> = {}): Promise<Answered> {
  const request = new Request(`https://xml.example.com/api${path}`, { headers })
  const msw = await getResponse(inProcess.handlers, request)
  if (msw === undefined) throw new Error(`no handler answered ${path}`)
  const fromHandlers = await answered(msw)
  const overHttp = await answered(await fetch(`${server.apiUrl}${path}`, { headers }))
  expect(overHttp).toEqual(fromHandlers)
  return fromHandlers
}

/** Character data as the encoder escapes it (for generated values). */
const escaped = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`,
  )

interface Pet {
  id: number
  name: string
  status?: string
  category?: { id?: number; name?: string }
  tags?: string[]
  photoUrls: string[]
}

/** The XML of a pet as the spec's XML Objects describe it, members in the order the value has them. */
function petXml(pet: Pet): string {
  const status = pet.status === undefined ? '' : ` status="${pet.status}"`
  const category = (value: NonNullable<Pet['category']>) => {
    const id = value.id === undefined ? '' : ` id="${value.id}"`
    const name = value.name === undefined ? '' : `<name>${escaped(value.name)}</name>`
    return name === '' ? `<category${id}/>` : `<category${id}>${name}</category>`
  }
  const elements: Record<string, string> = {
    name: `<name>${escaped(pet.name)}</name>`,
    category: pet.category === undefined ? '' : category(pet.category),
    tags:
      pet.tags === undefined
        ? ''
        : pet.tags.length === 0
          ? '<tags/>'
          : `<tags>${pet.tags.map((tag) => `<tag>${escaped(tag)}</tag>`).join('')}</tags>`,
    photoUrls: pet.photoUrls.map((url) => `<photoUrl>${escaped(url)}</photoUrl>`).join(''),
  }
  const content = Object.keys(pet)
    .map((key) => elements[key] ?? '')
    .join('')
  return content === '' ? `<Pet id="${pet.id}"${status}/>` : `<Pet id="${pet.id}"${status}>${content}</Pet>`
}

describe('an operation answering JSON or XML', () => {
  it('answers JSON by default and to Accept: application/json, the same pet as XML to Accept: application/xml', async () => {
    const byDefault = await get('/pets/2')
    const asked = await get('/pets/2', { accept: 'application/json' })
    expect(byDefault.contentType).toBe('application/json')
    expect(asked).toEqual(byDefault)
    const pet = JSON.parse(asked.text) as Pet
    expect(pet).toMatchObject({ id: expect.any(Number), name: expect.any(String) })
    const xml = await get('/pets/2', { accept: 'application/xml' })
    expect(xml.contentType).toBe('application/xml')
    expect(xml.text).toBe(`${DECLARATION}${petXml(pet)}`)
    expect(xml.etag).toMatch(/^"[^"]+"$/)
  })

  it('answers an example given as an object as XML (attributes, wrapped and unwrapped arrays, escaping), one given as XML text as it is', async () => {
    const rex = await get('/pets/7', { accept: 'application/xml', prefer: 'example=rex' })
    expect(rex.text).toBe(
      `${DECLARATION}<Pet id="7" status="available"><name>Rex &amp; &quot;Co&quot; &lt;dogs&gt;</name>` +
        '<tags><tag>good</tag><tag>loud</tag></tags><photoUrl>https://xml.example.com/rex.png</photoUrl>' +
        '<category id="1"><name>Dogs</name></category></Pet>',
    )
    const legacy = await get('/pets/1', { accept: 'application/xml', prefer: 'example=legacy' })
    expect(legacy).toMatchObject({
      contentType: 'application/xml',
      text: '<pet id="1"><name>Legacy</name></pet>',
    })
  })
})

describe('XML-only operations', () => {
  it('wraps a root array in the element its xml.name gives, each item named by its component', async () => {
    const example = await get('/pets', { prefer: 'dynamic=false' })
    expect(example.text).toBe(
      `${DECLARATION}<pets><Pet id="1"><name>Rex</name><tags/></Pet><Pet id="2" status="sold"><name>Tom</name></Pet></pets>`,
    )
    const generated = await get('/pets')
    expect(generated.contentType).toBe('application/xml')
    expect(generated.text).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<pets(\/>|>(<Pet id="\d+".*?<\/Pet>|<Pet id="\d+"[^>]*\/>)+<\/pets>)$/,
    )
  })

  it('declares namespaces, prefixes names and merges allOf parts (text/xml)', async () => {
    const catalog = await get('/catalog', { prefer: 'dynamic=false' })
    expect(catalog.contentType).toBe('text/xml')
    expect(catalog.text).toBe(
      `${DECLARATION}<c:catalog xmlns:c="https://xml.example.com/catalog" version="2" xml:lang="en">` +
        '<c:entry sku="A-1"><title>Tea</title></c:entry><c:entry sku="B-2"><title>Coffee</title></c:entry></c:catalog>',
    )
  })

  it('answers a +xml media type as XML, and the SDK receives the text', async () => {
    const feed =
      `${DECLARATION}<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:feed:1</id><title>News</title>` +
      '<entry><id>urn:entry:1</id><title>First</title></entry></feed>'
    const answer = await get('/feed', { prefer: 'dynamic=false' })
    expect(answer).toMatchObject({ contentType: 'application/atom+xml', text: feed })
    const api = sdk.createClient({ baseUrl: server.apiUrl })
    expect(await api.getFeed!({}, { headers: { prefer: 'dynamic=false' } })).toMatchObject({
      status: 200,
      data: feed,
    })
  })
})
