/**
 * Serves the scenario panel: `/__statusline/` (the page) and `/__statusline/panel.js` (its script).
 *
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { sendProblem } from './http-answers.ts'
import { panelHtml, panelScript } from './panel-assets.ts'

/** Answers a request under `/__statusline` that is not an admin API request. */
export async function servePanel(
  request: IncomingMessage,
  res: ServerResponse,
  title: string,
  adminPath: string,
  panelPath: string,
): Promise<void> {
  const path = (request.url ?? '/').split('?')[0]
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendProblem(
      res,
      405,
      `[statusline] Failed to answer ${request.method} ${path}: the panel only answers GET`,
      {
        allow: 'GET, HEAD',
      },
    )
    return
  }
  if (path === panelPath.slice(0, -1)) {
    res.writeHead(308, { location: panelPath })
    res.end()
    return
  }
  if (path === panelPath || path === `${panelPath}index.html`) {
    const html = panelHtml(title, adminPath)
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(html),
      'cache-control': 'no-store',
    })
    res.end(html)
    return
  }
  if (path === `${panelPath}panel.js`) {
    const script = await panelScript()
    res.writeHead(200, {
      'content-type': 'text/javascript; charset=utf-8',
      'content-length': Buffer.byteLength(script),
      'cache-control': 'no-cache',
    })
    res.end(script)
    return
  }
  sendProblem(res, 404, `[statusline] Failed to find ${path}: the panel is at ${panelPath}`)
}
