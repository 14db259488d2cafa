/**
 * `@statusline/mock/node`: the standalone mock server (the mock's handlers over real HTTP), its admin
 * API and the mock controls behind it.
 *
 * @module
 */

// Controls (shared by the admin API and the panel)
export { ControlError } from '../control/control-error.ts'
export type { AnyMock, ControllableMock } from '../control/controllable-mock.ts'
export {
  type CoverageSummary,
  createMockControls,
  type MockControls,
  type ScriptedState,
} from '../control/controls.ts'
export type { OperationSummary } from '../control/operations.ts'
export type { RequestLog, RequestLogEntry } from '../control/request-log.ts'
export type { ScenarioRequest, ScenarioStepInput } from '../control/scenario-request.ts'
// Server
export { ADMIN_PREFIX } from './admin-api.ts'
export { basePathOf, type MockServer, type MockServerOptions, startMockServer } from './http-server.ts'
export { PANEL_PREFIX } from './panel-assets.ts'
