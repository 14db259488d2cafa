/**
 * The example app's entry: starts the MSW service worker with the generated zoo mocks, mounts the
 * statusline scenario panel beside the app, and renders the zoo list.
 *
 * @module
 */
import { mountPanel } from '@statusline/mock/browser'
import { setupWorker } from 'msw/browser'
import { createClient, setDefaultClient } from 'zoo-sdk'
import { createMock } from 'zoo-sdk/mocks'
import { type Route, render } from './view.ts'

const mock = createMock({ seed: 1 })
const worker = setupWorker(...mock.handlers)
await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
// The SDK's calls go to the spec's server, https://api.example.com/v1: the worker answers them.
setDefaultClient(createClient())

const view = document.getElementById('view') as HTMLElement
let route: Route = { kind: 'list' }
const open = (next: Route) => {
  route = next
  void render(view, route, open)
}
document.getElementById('show-list')?.addEventListener('click', () => open({ kind: 'list' }))
document.getElementById('reload')?.addEventListener('click', () => open(route))

await mountPanel(mock, document.getElementById('mock-panel') as HTMLElement)
open(route)
