/**
 * The mock as the controls (admin API, scenario panel) drive it: any `Mock` that `createMock` returned,
 * seen without its operation types (they only matter to the code that scripts it in TypeScript).
 *
 * @module
 */
import type { Mock } from '../mock-types.ts'
import type { OperationTypeMap, UntypedOperations } from '../scenario-types.ts'

/** A mock whose operation names and statuses are plain strings and numbers. */
export type ControllableMock = Mock<UntypedOperations>

/** Any mock, typed or not, as the public entry points (`startMockServer`, `mountPanel`) accept it. */
export type AnyMock<Ops extends OperationTypeMap<Ops> = UntypedOperations> = Mock<Ops>

/** Forgets a mock's operation types: the same object, driven by name. */
export function untyped<Ops extends OperationTypeMap<Ops>>(mock: Mock<Ops>): ControllableMock {
  return mock as unknown as ControllableMock
}
