/**
 * Type tests, checked by `tsc` (not run by vitest): what generated code and SDK users write must compile,
 * and what must fail is marked `@ts-expect-error` (tsc reports an unused directive if it compiles).
 */
import { expectTypeOf } from 'vitest'
import {
  type CallOptions,
  type Client,
  type ClientOptions,
  call,
  createClient as createRuntimeClient,
  type DataOf,
  type ErrorMember,
  type ErrorOf,
  type ErrorStatus,
  formUnexploded,
  match,
  type OperationSpec,
  type ParamSerializer,
  readHeaders,
  type Status2xx,
  type Status4xx,
  StatusError,
  type SuccessMember,
  tokenCredential,
  unwrap,
  withMiddleware,
} from './index.ts'

type Zoo = { name: string }
type Problem = { message: string }
type GetZooResult =
  | SuccessMember<200, 200, Zoo, { 'x-rate-limit': number }>
  | ErrorMember<404, 404, Problem, Record<string, never>>
  | ErrorMember<'4XX', Exclude<Status4xx, 404>, Problem, Record<string, never>>
  | SuccessMember<'default', Exclude<Status2xx, 200>, unknown, Record<string, never>>
  | ErrorMember<'default', Exclude<ErrorStatus, Status4xx>, unknown, Record<string, never>>
interface GetZooParams {
  path: { zId: number }
  query?: { verbose?: boolean }
}

// Generated code, as the emitter writes it.
const getZooSpec = {
  method: 'GET',
  path: '/zoos/{zId}',
  params: { verbose: { in: 'query', style: formUnexploded } },
  responses: { 200: { headers: readHeaders({ 'x-rate-limit': Number }) }, 404: {}, '4XX': {}, default: {} },
  security: [['bearerAuth']],
} as const satisfies OperationSpec
const securitySchemes = { bearerAuth: { type: 'http', scheme: 'bearer', apply: tokenCredential } } as const

// Descriptors reference the code they need: names written as data are rejected.
export const descriptorParts: [OperationSpec['params'], OperationSpec['responses'], ParamSerializer] = [
  // @ts-expect-error a style is a serialiser (`pipeDelimited`), not its name
  { tags: { in: 'query', style: 'pipeDelimited' } },
  // @ts-expect-error headers are read by `readHeaders(…)`, not declared as a map
  { 200: { headers: { 'x-rate-limit': Number } } },
  (name, value, encode) => `${encode(name)}=${encode(String(value))}`,
]
// @ts-expect-error every scheme names the `apply` that writes its credential (`tokenCredential`)
export const bareScheme: ClientOptions['securitySchemes'] = { bearerAuth: { type: 'http', scheme: 'bearer' } }
// @ts-expect-error a header decoder is a function (`Number`), not a type name
export const namedDecoder = readHeaders({ 'x-rate-limit': 'integer' })
export function getZoo(params: GetZooParams, options?: CallOptions): Promise<GetZooResult> {
  return call<GetZooResult>(getZooSpec, params, options)
}
export function createClient(options: ClientOptions = {}) {
  const client = createRuntimeClient({ baseUrl: 'https://api.test', securitySchemes, ...options })
  return Object.assign(client, {
    getZoo: (params: GetZooParams, o?: CallOptions) => getZoo(params, { ...o, client }),
  })
}

export async function usage() {
  const api = createClient({ auth: { bearer: async () => 'token' }, retry: { attempts: 5 }, timeout: 1000 })
  expectTypeOf(api).toExtend<Client>()
  const res = await api.getZoo({ path: { zId: 1 } }, { signal: AbortSignal.timeout(10), retry: false })

  // `status` narrows to exactly one body type.
  if (res.status === 200) {
    expectTypeOf(res.data).toEqualTypeOf<Zoo>()
    expectTypeOf(res.headers['x-rate-limit']).toEqualTypeOf<number>()
    expectTypeOf(res.key).toEqualTypeOf<200>()
  }
  if (res.status === 404) {
    expectTypeOf(res.error).toEqualTypeOf<Problem>()
    // @ts-expect-error an error member has no data
    res.data
  }
  if (res.status === 418) expectTypeOf(res.key).toEqualTypeOf<'4XX'>()
  if (res.status === 503) expectTypeOf(res.error).toEqualTypeOf<unknown>()
  // @ts-expect-error no member has a status outside 100–599
  if (res.status === 600) res

  // `ok` splits 2xx from the rest.
  if (res.ok) expectTypeOf(res.data).toEqualTypeOf<Zoo | unknown>()
  else {
    expectTypeOf(res.error).toEqualTypeOf<Problem | unknown>()
    // @ts-expect-error no data without narrowing to a 2xx member
    res.data
  }
  // @ts-expect-error data is not on every member
  res.data

  // unwrap returns the 2xx data, also from a promise; the StatusError carries the member.
  expectTypeOf(unwrap(res)).toEqualTypeOf<DataOf<GetZooResult>>()
  expectTypeOf(unwrap(api.getZoo({ path: { zId: 1 } }))).toEqualTypeOf<Promise<DataOf<GetZooResult>>>()
  expectTypeOf<ErrorOf<GetZooResult>>().toEqualTypeOf<Problem | unknown>()
  expectTypeOf(new StatusError('x', res).result).toEqualTypeOf<GetZooResult>()

  // match is exhaustive over response keys and rejects unknown ones.
  const text = match(res, {
    200: (m) => m.data.name,
    404: (m) => m.error.message,
    '4XX': (m) => `${m.status}`,
    default: (m) => (m.ok ? 'other success' : `failed ${m.status}`),
  })
  expectTypeOf(text).toEqualTypeOf<string>()
  match(res, {
    200: (m) => {
      expectTypeOf(m).toEqualTypeOf<Extract<GetZooResult, { key: 200 }>>()
    },
    404: () => {},
    '4XX': () => {},
    default: (m) => {
      expectTypeOf(m.status).toEqualTypeOf<Exclude<Status2xx, 200> | Exclude<ErrorStatus, Status4xx>>()
    },
  })
  // @ts-expect-error the 404 handler is missing
  match(res, { 200: () => 1, '4XX': () => 1, default: () => 1 })
  match(res, {
    200: () => 1,
    404: () => 1,
    '4XX': () => 1,
    default: () => 1,
    // @ts-expect-error 500 is not a key of this result
    500: () => 1,
  })

  // The required path parameter is required.
  // @ts-expect-error path is missing
  await getZoo({})
  // Option objects accept explicit undefined (exactOptionalPropertyTypes consumers).
  await getZoo({ path: { zId: 1 } }, { timeout: undefined, signal: undefined })
}

// A custom fetch: globalThis.fetch, a one-argument double, middleware.
createRuntimeClient({ fetch: globalThis.fetch })
createRuntimeClient({ fetch: async (request: Request) => new Response(request.url) })
createRuntimeClient({
  fetch: withMiddleware([{ onRequest: ({ spec, attempt }) => void [spec.path, attempt] }]),
})
// @ts-expect-error a fetch takes a Request
createRuntimeClient({ fetch: async (request: number) => new Response(String(request)) })
