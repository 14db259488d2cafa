/**
 * The app's one view: a list of zoos, one zoo, and the states an app must handle — not found, an error
 * answer, and a network failure. `data-state` on the view says which one is shown (the browser test reads it).
 *
 * @module
 */
import { getZoo, listZoos, NetworkError } from 'zoo-sdk'

/** What the view shows: the list, or the zoo with this id. */
export type Route = { readonly kind: 'list' } | { readonly kind: 'zoo'; readonly id: number }

function show(view: HTMLElement, state: string, ...children: (Node | string)[]): void {
  view.dataset.state = state
  view.replaceChildren(...children)
}

function notice(kind: string, text: string): HTMLElement {
  const box = document.createElement('p')
  box.className = `notice ${kind}`
  box.textContent = text
  return box
}

async function renderList(view: HTMLElement, open: (route: Route) => void): Promise<void> {
  const res = await listZoos({ query: { limit: 10 } })
  if (!res.ok) {
    show(view, 'error', notice('error', `Could not load the zoos (HTTP ${res.status}).`))
    return
  }
  const list = document.createElement('ul')
  for (const zoo of res.data) {
    const item = document.createElement('li')
    const link = document.createElement('button')
    link.className = 'link'
    link.type = 'button'
    link.dataset.zooId = String(zoo.id)
    link.textContent = `${zoo.name} — ${zoo.city}`
    link.addEventListener('click', () => open({ kind: 'zoo', id: zoo.id }))
    item.append(link)
    list.append(item)
  }
  show(view, 'list', list)
}

async function renderZoo(view: HTMLElement, id: number): Promise<void> {
  const res = await getZoo({ path: { zooId: id } })
  switch (res.status) {
    case 200: {
      const title = document.createElement('h2')
      title.textContent = res.data.name
      const where = document.createElement('p')
      where.textContent = `${res.data.city}, ${res.data.country}`
      show(view, 'item', title, where)
      return
    }
    case 404:
      show(view, 'not-found', notice('not-found', `Zoo ${id} was not found: ${res.error.error}`))
      return
    default: {
      // every other status, undeclared 2xx included: only error members carry an error body
      const reason = res.ok ? 'an unexpected success' : (res.error?.error ?? 'no details')
      show(view, 'error', notice('error', `The server answered ${res.status}: ${reason}`))
    }
  }
}

/** Renders `route` into `view`; `open` navigates to another route. */
export async function render(view: HTMLElement, route: Route, open: (route: Route) => void): Promise<void> {
  show(view, 'loading', 'Loading…')
  try {
    if (route.kind === 'list') await renderList(view, open)
    else await renderZoo(view, route.id)
  } catch (error) {
    if (error instanceof NetworkError) {
      show(view, 'network-error', notice('error', 'The network is down: check your connection and reload.'))
      return
    }
    show(view, 'error', notice('error', error instanceof Error ? error.message : String(error)))
  }
}
