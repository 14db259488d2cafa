/**
 * The admin API of the standalone mock server, under `/__statusline/api`: script scenarios, network
 * errors and read calls and coverage from any language. Every route calls the mock controls, which call
 * the mock's own methods, so `PUT /scenarios/getZoo {"status":404}` means `mock.scenario('getZoo', 404)`.
 *
 * | route | does |
 * | --- | --- |
 * | `GET /operations` | `[{ operationId, name, method, path, tags, statuses, responses, defaultStatus }]` |
 * | `GET /scenarios` | what the admin API scripted: `{ scenarios, networkErrors }` |
 * | `PUT /scenarios/{op}` | `{ status, body?, headers?, delay?, force? }` or `{ sequence: [...], force? }` |
 * | `DELETE /scenarios` | `mock.reset()`: scenarios, network errors, calls and coverage; `/events` backlog |
 * | `DELETE /scenarios/{op}` | forgets one operation's scenario and network error |
 * | `POST` / `DELETE /network-error/{op}` | turns the operation's network error on / off |
 * | `GET /calls?operationId=…` | recorded calls (bytes as `{ base64 }`) |
 * | `GET /coverage` | `{ entries, report }` |
 * | `GET /events` | Server-Sent Events: one `data:` line of JSON per answered request |
 *
 * `{op}` is the generated function name or the spec's operationId; `*` means every operation.
 *
 * @module
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { ControlError } from '../control/control-error.ts'
import type { MockControls } from '../control/controls.ts'
import type { RequestLog } from '../control/request-log.ts'
import { InputError } from '../input-error.ts'
import { openEventStream } from './event-stream.ts'
import { readJsonBody, sendJson, sendProblem } from './http-answers.ts'

/** The path every admin route starts with. */
export const ADMIN_PREFIX = '/__statusline/api'

/** What the admin API works on; read on every request, so a reloaded mock is picked up. */
export interface AdminContext {
  /** The controls of the mock being served now. */
  controls(): MockControls
  readonly log: RequestLog
  /** Headers to add to every admin answer (CORS), if any. */
  headers(request: IncomingMessage): OutgoingHttpHeaders | undefined
  /** Open event streams, ended when the server closes. */
  readonly streams: Set<ServerResponse>
}

type Route = (
  request: IncomingMessage,
  res: ServerResponse,
  ref: string | undefined,
  query: URLSearchParams,
) => Promise<void> | void

function decodeRef(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined
  try {
    return decodeURIComponent(raw)
  } catch {
    throw new ControlError(
      400,
      `[statusline] Failed to read the operation in the URL: "${raw}" is not valid percent-encoding`,
    )
  }
}

function needRef(ref: string | undefined, route: string): string {
  if (ref === undefined)
    throw new ControlError(400, `[statusline] Failed to ${route}: name the operation in the URL`)
  return ref
}

/** A route that names no operation: a segment after its collection is an unknown admin route (404). */
function withoutRef(route: Route): Route {
  return (request, res, ref, query) => {
    if (ref !== undefined) {
      const path = new URL(request.url ?? '/', 'http://admin.invalid').pathname
      throw new ControlError(
        404,
        `[statusline] Failed to find admin route ${path}: ${request.method} ${path.slice(0, path.lastIndexOf('/'))} takes no operation in the URL`,
      )
    }
    return route(request, res, ref, query)
  }
}

/** The routes, by collection then method; `ref` is the segment after the collection. */
function routes(context: AdminContext): Record<string, Record<string, Route>> {
  const headers = (request: IncomingMessage) => context.headers(request) ?? {}
  const ok = (request: IncomingMessage, res: ServerResponse, value: unknown) =>
    sendJson(res, 200, value, headers(request))
  const noContent = (request: IncomingMessage, res: ServerResponse) => {
    res.writeHead(204, headers(request))
    res.end()
  }
  return {
    operations: {
      GET: withoutRef((request, res) => ok(request, res, context.controls().operations())),
    },
    scenarios: {
      GET: withoutRef((request, res) => ok(request, res, context.controls().scripted())),
      PUT: async (request, res, ref) => {
        const target = needRef(ref, 'script a scenario')
        const body = await readJsonBody(request)
        const name = context.controls().setScenario(target, body)
        ok(request, res, { operation: name, scenario: context.controls().scripted().scenarios[name] })
      },
      DELETE: (request, res, ref) => {
        if (ref === undefined) {
          context.controls().reset()
          // A stream opened after the reset starts empty, as `/calls` does; open streams carry on.
          context.log.clear()
        } else context.controls().clearScenario(ref)
        noContent(request, res)
      },
    },
    'network-error': {
      POST: (request, res, ref) => {
        const name = context.controls().networkError(needRef(ref, 'script a network error'), true)
        ok(request, res, { operation: name, networkError: true })
      },
      DELETE: (request, res, ref) => {
        const name = context.controls().networkError(needRef(ref, 'clear a network error'), false)
        ok(request, res, { operation: name, networkError: false })
      },
    },
    calls: {
      GET: (request, res, ref, query) => {
        const filter = ref ?? query.get('operationId') ?? query.get('operation') ?? undefined
        ok(request, res, context.controls().calls(filter === '' ? undefined : filter))
      },
    },
    coverage: {
      GET: withoutRef((request, res) => ok(request, res, context.controls().coverage())),
    },
    events: {
      GET: withoutRef((request, res) =>
        openEventStream(request, res, context.log, context.streams, headers(request)),
      ),
    },
  }
}

/**
 * Answers one request whose path starts with {@link ADMIN_PREFIX}. Bad input is answered 400 with a
 * problem+json body that says what is wrong, an unknown operation 404, a wrong method 405 with `Allow`.
 */
export async function handleAdminRequest(
  request: IncomingMessage,
  res: ServerResponse,
  context: AdminContext,
): Promise<void> {
  const headers = context.headers(request) ?? {}
  const url = new URL(request.url ?? '/', 'http://admin.invalid')
  const [collection = '', rawRef, ...extra] = url.pathname.slice(ADMIN_PREFIX.length + 1).split('/')
  const all = routes(context)
  const table = Object.hasOwn(all, collection) ? all[collection] : undefined
  try {
    if (table === undefined || extra.length > 0) {
      sendProblem(
        res,
        404,
        `[statusline] Failed to find admin route ${url.pathname}: see GET ${ADMIN_PREFIX}/operations, /scenarios, /calls, /coverage, /events`,
        headers,
      )
      return
    }
    const method = request.method ?? 'GET'
    const route = Object.hasOwn(table, method) ? table[method] : undefined
    if (route === undefined) {
      const allow = Object.keys(table).join(', ')
      sendProblem(
        res,
        405,
        `[statusline] Failed to answer ${request.method} ${url.pathname}: allowed methods are ${allow}`,
        { ...headers, allow },
      )
      return
    }
    await route(request, res, decodeRef(rawRef), url.searchParams)
  } catch (error) {
    if (error instanceof InputError) {
      sendProblem(res, error.status, error.message, headers)
      return
    }
    throw error
  }
}
