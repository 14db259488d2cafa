/**
 * The request log as Server-Sent Events (HTML Living Standard §9.2): the kept entries first, then one
 * event per answered request, `id:` set to the entry's id, and a comment every 15 s to keep proxies open.
 *
 * @module
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import type { RequestLog, RequestLogEntry } from '../control/request-log.ts'

const KEEP_ALIVE_MS = 15_000

function frame(entry: RequestLogEntry): string {
  return `id: ${entry.id}\ndata: ${JSON.stringify(entry)}\n\n`
}

/** Opens an event stream on `res`; it ends when the client goes away or the server closes `streams`. */
export function openEventStream(
  request: IncomingMessage,
  res: ServerResponse,
  log: RequestLog,
  streams: Set<ServerResponse>,
  headers: OutgoingHttpHeaders,
): void {
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  })
  const after = Number(request.headers['last-event-id'] ?? 0)
  let backlog = 'retry: 2000\n\n'
  for (const entry of log.recent()) if (entry.id > after) backlog += frame(entry)
  res.write(backlog)
  const unsubscribe = log.subscribe((entry) => {
    res.write(frame(entry))
  })
  const timer = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS)
  timer.unref()
  streams.add(res)
  res.on('close', () => {
    clearInterval(timer)
    unsubscribe()
    streams.delete(res)
  })
}
