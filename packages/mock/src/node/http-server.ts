/**
 * `startMockServer`: the mock's MSW handlers served over real HTTP with `node:http`. Each request is
 * turned into a fetch `Request` and answered by the very handlers a test runs in process — through the
 * answer function each of the mock's handlers wraps (`dispatch.ts`), which answers as
 * `getResponse(mock.handlers, request)` does without MSW's per-request overhead (`getResponse` itself for
 * handlers the mock did not make) — so the standalone server cannot answer differently. Around them: CORS, the
 * admin API (`/__statusline/api`), the scenario panel (`/__statusline/`), one access-log line per request,
 * and `Expect: 100-continue` refused with 413 before the body is sent when it is announced over the body
 * limit (`expect-continue.ts`).
 *
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getResponse, type RequestHandler } from 'msw'
import { type ControllableMock, untyped } from '../control/controllable-mock.ts'
import { createMockControls, type MockControls } from '../control/controls.ts'
import { createOperationMatcher, type OperationMatcher } from '../control/operation-matcher.ts'
import { createRequestLog, type RequestLog } from '../control/request-log.ts'
import { composeDispatch } from '../dispatch.ts'
import type { Reply } from '../encode-response.ts'
import { InputError } from '../input-error.ts'
import type { Mock } from '../mock-types.ts'
import { problemResponse } from '../problem-json.ts'
import type { OperationTypeMap, UntypedOperations } from '../scenario-types.ts'
import { ADMIN_PREFIX, type AdminContext, handleAdminRequest } from './admin-api.ts'
import { type CorsPolicy, createCorsPolicy, isPreflight } from './cors.ts'
import { announcedTooLarge, announcedTooLargeResponse } from './expect-continue.ts'
import { ADMIN_BODY_LIMIT, refuseConnect, sendProblem } from './http-answers.ts'
import { createMethodIndex } from './method-index.ts'
import { PANEL_PREFIX } from './panel-assets.ts'
import { sendResponse } from './send-response.ts'
import { servePanel } from './serve-panel.ts'
import { toFetchRequest } from './to-fetch-request.ts'

/** Options of {@link startMockServer}. */
export interface MockServerOptions<Ops extends OperationTypeMap<Ops> = UntypedOperations> {
  /**
   * The mock to serve. Create it with a relative `baseUrl` (the path of the API, e.g. `/v1`), so that its
   * handlers match requests to this server's origin.
   */
  readonly mock: Mock<Ops>
  /** Port to listen on; `0` picks a free one. Default `4010`. */
  readonly port?: number
  /** Interface to listen on. Default `127.0.0.1`. */
  readonly host?: string
  /** The path the API is served under (`/v1`); default: the path of the spec's first server URL. */
  readonly basePath?: string
  /** Send CORS headers and answer preflights. Default `true`. */
  readonly cors?: boolean
  /** Receives one access-log line per request (`GET /v1/zoos 200 3.1ms`); default: none. */
  readonly log?: (line: string) => void
  /**
   * How long a client may take, in milliseconds, to send its headers (default 10 s) and its whole request
   * (default 30 s) before the connection is dropped (a stalled or trickling client must not hold a
   * socket forever). The answer's own `delay` does not count.
   */
  readonly timeouts?: { readonly headers?: number; readonly request?: number }
}

/** Default of {@link MockServerOptions.timeouts}. */
const DEFAULT_TIMEOUTS = { headers: 10_000, request: 30_000 }

/** A running mock server. */
export interface MockServer {
  /** `http://127.0.0.1:4010` */
  readonly origin: string
  /** The API's base URL: origin + base path. */
  readonly apiUrl: string
  /** The scenario panel. */
  readonly panelUrl: string
  /** The admin API. */
  readonly adminUrl: string
  readonly port: number
  /** The controls of the mock being served (they change when `setMock` swaps it). */
  controls(): MockControls
  /** The live request log (what `GET /__statusline/api/events` streams). */
  readonly requestLog: RequestLog
  /**
   * Serves another mock from now on (a reloaded spec), scripted as the previous one was; returns the
   * operations whose scenarios could not be carried over.
   */
  setMock<Ops extends OperationTypeMap<Ops>>(mock: Mock<Ops>): string[]
  /** Stops listening, ends open connections and event streams. */
  close(): Promise<void>
}

/** The path of a URL (`https://api.example.com/v1/` → `/v1`), `''` for none. */
export function basePathOf(url: string | undefined): string {
  if (url === undefined) return ''
  const path = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? new URL(url).pathname : url
  return path.replace(/\/+$/, '')
}

interface Served {
  readonly controls: MockControls
  /** Answers a request with the mock's handlers; `undefined` when none answers it. */
  readonly answer: (request: Request) => Promise<Reply | undefined>
  readonly cors: CorsPolicy | undefined
  readonly match: OperationMatcher
}

/** Answers through the handlers' answer functions when the mock made them all, else through MSW. */
function answererOf(handlers: readonly RequestHandler[]): Served['answer'] {
  const dispatch = composeDispatch(handlers)
  if (dispatch !== undefined) return dispatch
  const byMethod = createMethodIndex([...handlers])
  return (request) => getResponse(byMethod(request.method), request)
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE'
          ? `${host}:${port} is already in use; choose another port (0 picks a free one)`
          : error.message
      reject(new Error(`[statusline] Failed to start the mock server: ${reason}`))
    }
    server.once('error', onError)
    server.listen(port, host, () => {
      server.off('error', onError)
      resolve()
    })
  })
}

/**
 * Starts the standalone mock server.
 *
 * @example
 * ```ts
 * const mock = createMock(mockData, { baseUrl: '/v1', seed: 42 })
 * const server = await startMockServer({ mock, port: 4010, log: console.log })
 * // curl http://127.0.0.1:4010/v1/zoos
 * await server.close()
 * ```
 */
export async function startMockServer<Ops extends OperationTypeMap<Ops>>(
  options: MockServerOptions<Ops>,
): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1'
  const basePath = options.basePath ?? basePathOf(options.mock.data.servers[0])
  const log = options.log
  const requestLog = createRequestLog()
  const streams = new Set<ServerResponse>()
  const serve = (mock: ControllableMock): Served => ({
    controls: createMockControls(mock),
    answer: answererOf(mock.handlers as readonly RequestHandler[]),
    cors: options.cors === false ? undefined : createCorsPolicy(mock.data),
    match: createOperationMatcher(mock.data, basePath),
  })
  let served = serve(untyped(options.mock))
  let fallbackHost = `${host}:${options.port ?? 4010}`

  const admin: AdminContext = {
    controls: () => served.controls,
    log: requestLog,
    headers: (request) => served.cors?.actual(request),
    streams,
  }

  const finish = (request: IncomingMessage, status: number, started: number, current: Served): void => {
    const ms = performance.now() - started
    const method = request.method ?? 'GET'
    const path = request.url ?? '/'
    if (log !== undefined)
      log(`${method} ${path} ${status === 0 ? 'network-error' : status} ${ms.toFixed(1)}ms`)
    if (requestLog.watched) {
      const query = path.indexOf('?')
      const operation = current.match(method, query === -1 ? path : path.slice(0, query))
      requestLog.publish({
        time: Date.now(),
        method,
        path,
        status,
        ms,
        ...(operation === undefined ? {} : { operation }),
      })
    } else {
      requestLog.publish({ time: Date.now(), method, path, status, ms })
    }
  }

  const answerMock = async (request: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now()
    const current = served
    const cors = current.cors
    if (cors !== undefined && isPreflight(request)) {
      res.writeHead(204, cors.preflight(request))
      res.end()
      finish(request, 204, started, current)
      return
    }
    let response: Reply | undefined
    try {
      const fetchRequest = toRequest(request)
      response = await current.answer(fetchRequest)
      response ??= problemResponse(
        404,
        `[statusline] Failed to answer ${request.method} ${request.url}: no operation of the spec matches it`,
      )
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      response = problemResponse(
        error instanceof InputError ? error.status : 500,
        `[statusline] Failed to answer ${request.method} ${request.url}: ${reason}`,
      )
    }
    if (response instanceof Response && response.type === 'error') {
      request.socket.destroy()
      finish(request, 0, started, current)
      return
    }
    await sendResponse(res, response, cors?.actual(request))
    finish(request, response.status, started, current)
  }

  const toRequest = (request: IncomingMessage): Request =>
    toFetchRequest(request, `http://${request.headers.host ?? fallbackHost}`)

  const requestTimeout = options.timeouts?.request ?? DEFAULT_TIMEOUTS.request
  // Node requires headersTimeout <= requestTimeout; it checks both every connectionsCheckingInterval.
  const headersTimeout = Math.min(options.timeouts?.headers ?? DEFAULT_TIMEOUTS.headers, requestTimeout)
  const serverOptions = {
    headersTimeout,
    requestTimeout,
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeout / 4))),
  }
  const handle = (request: IncomingMessage, res: ServerResponse): void => {
    const url = request.url ?? '/'
    const task = url.startsWith('/__statusline')
      ? url.startsWith(ADMIN_PREFIX)
        ? handleAdminRequest(request, res, admin)
        : servePanel(request, res, served.controls.mock.data.title, ADMIN_PREFIX, PANEL_PREFIX)
      : answerMock(request, res)
    task.catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error)
      if (!res.headersSent)
        sendProblem(res, 500, `[statusline] Failed to answer ${request.method} ${url}: ${reason}`)
      else res.destroy()
    })
  }

  /** `Expect: 100-continue`: 413 before the body when it is announced over the limit, else 100 (`expect-continue.ts`). */
  const checkContinue = (request: IncomingMessage, res: ServerResponse): void => {
    const url = request.url ?? '/'
    if (url.startsWith('/__statusline')) {
      const admin = url.startsWith(ADMIN_PREFIX)
      if (admin && announcedTooLarge(request, ADMIN_BODY_LIMIT) !== undefined) {
        const detail = `[statusline] Failed to read the request body: it is over ${ADMIN_BODY_LIMIT} bytes`
        sendProblem(res, 413, detail, served.cors?.actual(request))
        return
      }
    } else {
      const current = served
      const tooLarge = announcedTooLarge(request, current.controls.mock.bodyLimit)
      if (tooLarge !== undefined) {
        const started = performance.now()
        sendResponse(res, announcedTooLargeResponse(tooLarge), current.cors?.actual(request)).then(
          () => finish(request, 413, started, current),
          () => res.destroy(),
        )
        return
      }
    }
    res.writeContinue()
    handle(request, res)
  }

  const server = createServer(serverOptions, handle)
  server.on('checkContinue', checkContinue)
  server.on('connect', refuseConnect)
  await listen(server, options.port ?? 4010, host)
  const port = (server.address() as AddressInfo).port
  fallbackHost = `${host.includes(':') ? `[${host}]` : host}:${port}`
  const origin = `http://${fallbackHost}`

  return {
    origin,
    apiUrl: origin + basePath,
    panelUrl: origin + PANEL_PREFIX,
    adminUrl: origin + ADMIN_PREFIX,
    port,
    controls: () => served.controls,
    requestLog,
    setMock(mock) {
      const previous = served.controls.scripted()
      const next = serve(untyped(mock))
      const failed = next.controls.replay(previous)
      served = next
      return failed
    },
    close() {
      return new Promise((resolve) => {
        for (const stream of streams) stream.end()
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}
