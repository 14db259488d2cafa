/**
 * The entry of the panel page the standalone server serves at `/__statusline/`: it drives the server's
 * admin API (the element's `data-admin` attribute) and reads the request log from its event stream.
 *
 * @module
 */
import { createHttpBackend } from './panel-http-backend.ts'
import { renderPanel } from './panel-view.ts'

const root = document.getElementById('statusline-panel')
if (root !== null) {
  const admin = root.dataset.admin ?? '/__statusline/api'
  const title = document.title.split(' · ')[0] ?? 'API'
  void renderPanel(root, createHttpBackend(admin, title))
}
