/**
 * One operation of the panel: method and path, a status switch with every declared response, a delay,
 * a network-error toggle, and the status coverage so far.
 *
 * @module
 */

import type { OperationSummary } from '../control/operations.ts'
import type { ScenarioRequest } from '../control/scenario-request.ts'
import type { CoverageEntry } from '../mock-types.ts'
import { el } from './dom.ts'
import type { PanelBackend } from './panel-backend.ts'

/** A rendered operation row. */
export interface OperationRow {
  readonly element: HTMLElement
  /** Shows the coverage entry of the operation. */
  showCoverage(entry: CoverageEntry | undefined): void
}

function label(response: { key: string; status: number | null }): string {
  if (response.status === null) return response.key
  return String(response.status) === response.key ? response.key : `${response.key} (${response.status})`
}

/** What the row shows as scripted: the status and delay of the first step of a scenario request. */
function scriptedStep(request: ScenarioRequest | undefined): { status?: number; delay?: number } {
  const step = request?.steps[0]
  if (step === undefined) return {}
  if (typeof step === 'number') return { status: step }
  return { status: step.status, ...(step.delay === undefined ? {} : { delay: step.delay }) }
}

/** Renders the row of `operation`; `report` shows a failure message. */
export function operationRow(
  operation: OperationSummary,
  backend: PanelBackend,
  scripted: { request: ScenarioRequest | undefined; networkError: boolean },
  report: (error: unknown) => void,
): OperationRow {
  const current = scriptedStep(scripted.request)
  const status = el(
    'select',
    { 'data-role': 'status', title: 'Status to answer', 'aria-label': `${operation.name} status` },
    el('option', { value: '' }, `default (${operation.defaultStatus})`),
    ...operation.responses
      .filter((response) => response.status !== null)
      .map((response) =>
        el(
          'option',
          { value: String(response.status), selected: response.status === current.status },
          label(response),
        ),
      ),
  )
  const delay = el('input', {
    'data-role': 'delay',
    class: 'sl-delay',
    type: 'number',
    min: 0,
    step: 100,
    placeholder: 'delay ms',
    'aria-label': `${operation.name} delay in milliseconds`,
    value: current.delay,
  })
  const offline = el('input', {
    'data-role': 'network-error',
    type: 'checkbox',
    checked: scripted.networkError,
  })
  const coverage = el('div', { class: 'sl-coverage', 'data-role': 'coverage' })
  const row = el(
    'div',
    { class: 'sl-op', 'data-operation': operation.name, 'data-operation-id': operation.operationId },
    el('span', { class: `sl-method sl-${operation.method}` }, operation.method),
    el(
      'span',
      { class: 'sl-path', title: operation.summary ?? operation.path },
      operation.path,
      ' ',
      el('span', { class: 'sl-name' }, operation.name),
    ),
    el(
      'span',
      { class: 'sl-controls' },
      status,
      delay,
      el('label', { title: 'Fail every request like a dropped connection' }, offline, ' offline'),
    ),
    coverage,
  )
  const mark = () => {
    if (status.value !== '' || delay.value !== '' || offline.checked) row.setAttribute('data-scripted', '')
    else row.removeAttribute('data-scripted')
  }
  mark()
  const apply = async () => {
    const ms = delay.value === '' ? undefined : Number(delay.value)
    if (status.value === '' && ms === undefined) {
      await backend.clearScenario(operation.name)
      if (offline.checked) await backend.networkError(operation.name, true)
    } else {
      const code = status.value === '' ? operation.defaultStatus : Number(status.value)
      await backend.setScenario(operation.name, { status: code, ...(ms === undefined ? {} : { delay: ms }) })
    }
    mark()
  }
  status.addEventListener('change', () => void apply().catch(report))
  delay.addEventListener('change', () => void apply().catch(report))
  offline.addEventListener('change', () => {
    void backend.networkError(operation.name, offline.checked).then(mark).catch(report)
  })
  return {
    element: row,
    showCoverage(entry) {
      coverage.replaceChildren()
      if (entry === undefined) return
      for (const key of entry.exercised) coverage.append(el('span', { class: 'sl-hit' }, `✓ ${key}`), ' ')
      for (const key of entry.missing) coverage.append(el('span', { class: 'sl-miss' }, `○ ${key}`), ' ')
    },
  }
}
