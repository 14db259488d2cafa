/** The zoo spec's mock data, built in memory through the generator (load → model → buildMockData). */
import type { MockData } from '@statusline/mock'
import { loadMockData } from '../../generator/src/cli/load-mock.ts'
import { ROOT } from './paths.ts'

let cached: Promise<MockData> | undefined

/** The mock data of `specs/<name>` (default the zoo spec), loaded once per test file. */
export function specMockData(name = 'zoo.yaml'): Promise<MockData> {
  if (name !== 'zoo.yaml') return loadMockData(`${ROOT}specs/${name}`).then((loaded) => loaded.data)
  cached ??= loadMockData(`${ROOT}specs/zoo.yaml`).then((loaded) => loaded.data)
  return cached
}
