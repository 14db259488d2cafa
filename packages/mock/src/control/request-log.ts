/**
 * The live request log: one entry per answered request, kept in a small ring for late subscribers and
 * pushed to listeners (the admin API's Server-Sent Events stream, the panel).
 *
 * @module
 */

/** One answered request. */
export interface RequestLogEntry {
  /** Increasing number of the entry within its log. */
  readonly id: number
  /** `Date.now()` when the answer was sent. */
  readonly time: number
  readonly method: string
  /** Path and query of the request. */
  readonly path: string
  /** The status answered; `0` for a network error. */
  readonly status: number
  /** Milliseconds from the request to the answer (includes scripted delays). */
  readonly ms: number
  /** The operation that answered, when known. */
  readonly operation?: string
}

/** A request log. */
export interface RequestLog {
  /** Adds an entry and tells the listeners. */
  publish(entry: Omit<RequestLogEntry, 'id'>): void
  /** Calls `listener` for every later entry; returns the function that unsubscribes it. */
  subscribe(listener: (entry: RequestLogEntry) => void): () => void
  /** The most recent entries, oldest first. */
  recent(): RequestLogEntry[]
  /** True while at least one listener is subscribed. */
  readonly watched: boolean
  /** Forgets the kept entries. */
  clear(): void
}

/** Creates a request log that keeps the last `keep` entries (default 200). */
export function createRequestLog(keep = 200): RequestLog {
  const listeners = new Set<(entry: RequestLogEntry) => void>()
  let ring: RequestLogEntry[] = []
  let next = 1
  return {
    publish(entry) {
      const full: RequestLogEntry = { id: next++, ...entry }
      ring.push(full)
      if (ring.length > keep * 2) ring = ring.slice(-keep)
      for (const listener of listeners) listener(full)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    recent: () => ring.slice(-keep),
    get watched() {
      return listeners.size > 0
    },
    clear() {
      ring = []
    },
  }
}
