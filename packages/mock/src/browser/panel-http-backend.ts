/**
 * A panel backend over the admin API of the standalone server (`/__statusline/api`), with the request
 * log from its Server-Sent Events stream.
 *
 * @module
 */
import type { CoverageSummary, ScriptedState } from '../control/controls.ts'
import type { OperationSummary } from '../control/operations.ts'
import type { RequestLogEntry } from '../control/request-log.ts'
import type { PanelBackend } from './panel-backend.ts'

async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  })
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string }
    throw new Error(problem.detail ?? `[statusline] Failed to ${method} ${url}: HTTP ${response.status}`)
  }
  return (response.status === 204 ? undefined : await response.json()) as T
}

/** Creates a backend for the admin API at `adminUrl` (e.g. `/__statusline/api`). */
export function createHttpBackend(adminUrl: string, title: string): PanelBackend {
  const base = adminUrl.replace(/\/+$/, '')
  const op = (name: string) => encodeURIComponent(name)
  return {
    title,
    operations: () => call<OperationSummary[]>('GET', `${base}/operations`),
    scripted: () => call<ScriptedState>('GET', `${base}/scenarios`),
    setScenario: async (name, step) => {
      await call('PUT', `${base}/scenarios/${op(name)}`, step)
    },
    clearScenario: async (name) => {
      await call('DELETE', `${base}/scenarios/${op(name)}`)
    },
    networkError: async (name, on) => {
      await call(on ? 'POST' : 'DELETE', `${base}/network-error/${op(name)}`)
    },
    coverage: () => call<CoverageSummary>('GET', `${base}/coverage`),
    reset: async () => {
      await call('DELETE', `${base}/scenarios`)
    },
    subscribe(listener) {
      const source = new EventSource(`${base}/events`)
      source.onmessage = (event: MessageEvent<string>) => {
        listener(JSON.parse(event.data) as RequestLogEntry)
      }
      return () => source.close()
    },
  }
}
