/**
 * The static server `npm start` serves the example app with: a port already in use is refused with a
 * message that names it and how to choose another, not a stack trace.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { serveStatic } from '../../generator/scripts/serve-static.ts'
import { ROOT } from '../helpers/paths.ts'

describe('serveStatic', () => {
  it('refuses a port in use with the port and the flag that picks another', async () => {
    const busy = createServer()
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done))
    const { port } = busy.address() as AddressInfo
    try {
      await expect(serveStatic(`${ROOT}specs`, port)).rejects.toThrow(
        `[statusline] Failed to serve ${ROOT}specs: 127.0.0.1:${port} is already in use; choose another port (npm start -- --app-port 0 picks a free one)`,
      )
    } finally {
      await new Promise<void>((done) => busy.close(() => done()))
    }
  })
})
