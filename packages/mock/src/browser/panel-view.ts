/**
 * The scenario panel's view: operations grouped by tag, the status coverage, and a live request log,
 * rendered with plain DOM into an element, driven by a {@link PanelBackend}.
 *
 * @module
 */
import type { RequestLogEntry } from '../control/request-log.ts'
import { el } from './dom.ts'
import { type OperationRow, operationRow } from './operation-row.ts'
import type { PanelBackend } from './panel-backend.ts'
import { PANEL_CSS } from './panel-styles.ts'

/** How many log lines the panel keeps. */
const LOG_LINES = 100

/** A mounted panel. */
export interface PanelHandle {
  /** Re-reads operations, scripted state and coverage. */
  refresh(): Promise<void>
  /** Stops listening and removes the panel. */
  unmount(): void
}

function logLine(entry: RequestLogEntry): HTMLElement {
  const time = new Date(entry.time).toLocaleTimeString([], { hour12: false })
  return el(
    'li',
    { 'data-status': entry.status, 'data-operation': entry.operation },
    el('span', {}, time),
    el(
      'span',
      { class: `sl-s${Math.floor(entry.status / 100)}` },
      entry.status === 0 ? 'ERR' : String(entry.status),
    ),
    el('span', {}, `${entry.method} ${entry.path}`),
    el('span', { class: 'sl-name' }, `${entry.operation ?? ''} ${entry.ms.toFixed(0)}ms`),
  )
}

/** Renders the panel into `root` and keeps it live until `unmount()`. */
export async function renderPanel(root: HTMLElement, backend: PanelBackend): Promise<PanelHandle> {
  const error = el('div', { class: 'sl-error', role: 'status' })
  const report = (failure: unknown) => {
    error.textContent = failure instanceof Error ? failure.message : String(failure)
  }
  const operationsBox = el('div', { class: 'sl-operations' })
  const log = el('ol', { 'data-role': 'log' })
  const total = el('span', { 'data-role': 'coverage-total', class: 'sl-name' })
  let rows = new Map<string, OperationRow>()

  const showCoverage = async () => {
    const coverage = await backend.coverage()
    for (const entry of coverage.entries) rows.get(entry.operation)?.showCoverage(entry)
    total.textContent = coverage.report.split('\n').at(-1) ?? ''
  }

  const refresh = async () => {
    const [operations, scripted] = await Promise.all([backend.operations(), backend.scripted()])
    const byTag = new Map<string, HTMLElement>()
    rows = new Map()
    for (const operation of operations) {
      const tag = operation.tags[0] ?? 'default'
      let group = byTag.get(tag)
      if (group === undefined) {
        group = el('details', { open: true, 'data-tag': tag }, el('summary', {}, tag))
        byTag.set(tag, group)
      }
      const row = operationRow(
        operation,
        backend,
        {
          request: scripted.scenarios[operation.name],
          networkError: scripted.networkErrors.includes(operation.name),
        },
        report,
      )
      rows.set(operation.name, row)
      group.append(row.element)
    }
    operationsBox.replaceChildren(...byTag.values())
    await showCoverage()
  }

  let pending: ReturnType<typeof setTimeout> | undefined
  const unsubscribe = backend.subscribe((entry) => {
    log.prepend(logLine(entry))
    while (log.childElementCount > LOG_LINES) log.lastElementChild?.remove()
    pending ??= setTimeout(() => {
      pending = undefined
      void showCoverage().catch(report)
    }, 250)
  })

  const reset = el(
    'button',
    { type: 'button', 'data-role': 'reset', title: 'Forget every scenario, call and coverage' },
    'Reset all',
  )
  reset.addEventListener('click', () => {
    void backend
      .reset()
      .then(() => {
        log.replaceChildren()
        return refresh()
      })
      .catch(report)
  })
  const panel = el(
    'section',
    { class: 'sl-panel', 'data-statusline-panel': '' },
    el('style', {}, PANEL_CSS),
    el('header', {}, el('h1', {}, `${backend.title} · statusline mock`), total, reset),
    error,
    el(
      'div',
      { class: 'sl-body' },
      el('div', {}, el('h2', {}, 'Operations'), operationsBox),
      el('div', { class: 'sl-log' }, el('h2', {}, 'Requests'), log),
    ),
  )
  root.append(panel)
  await refresh().catch(report)
  return {
    refresh,
    unmount() {
      unsubscribe()
      if (pending !== undefined) clearTimeout(pending)
      panel.remove()
    },
  }
}
