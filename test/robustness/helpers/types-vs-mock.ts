/**
 * One document through both interpreters of its schemas: generate the SDK into scratch space, collect
 * the JSON bodies its mock answers (`mock-bodies.ts`), write them as assertions against the generated
 * result types (`body-assertions.ts`) and type-check them (`body-diagnostics.ts`).
 *
 * @module
 */
import { writeFile } from 'node:fs/promises'
import type { MockData } from '@statusline/mock'
import { generateInto } from '../../helpers/generate-into.ts'
import { assertionModule } from './body-assertions.ts'
import { type Disagreement, disagreements } from './body-diagnostics.ts'
import { kindOf } from './classify-disagreements.ts'
import { declaredPropertiesAt } from './declared-properties.ts'
import { type Collected, type CollectOptions, collectMockBodies } from './mock-bodies.ts'

/** Bodies per assertion module. */
const CHUNK = 400

/** What one document gave. */
export interface TypesVsMock {
  readonly collected: Collected
  /** Bodies the types reject, except the undeclared ones. */
  readonly failures: Disagreement[]
  /** Excess properties the schema does not declare there (it admits them; the types are closed). */
  readonly undeclared: Disagreement[]
  readonly generateMs: number
  readonly collectMs: number
  readonly typecheckMs: number
}

/** Runs `spec` through generation, the mock and the compiler; `label` names its scratch directory. */
export async function typesVsMock(
  spec: string,
  label: string,
  options: CollectOptions,
): Promise<TypesVsMock> {
  const t0 = performance.now()
  const { dir } = await generateInto(spec, `types-accept-mock-bodies/${label}`)
  const data = ((await import(`${dir}mock-data.ts`)) as { mockData: MockData }).mockData
  const t1 = performance.now()
  const collected = await collectMockBodies(data, options)
  const t2 = performance.now()
  const files: string[] = []
  for (let first = 0; first < collected.bodies.length; first += CHUNK) {
    const file = `${dir}assertions-${files.length}.ts`
    await writeFile(file, assertionModule(collected.bodies.slice(first, first + CHUNK), first))
    files.push(file)
  }
  const found = files.length === 0 ? [] : disagreements(files, collected.bodies)
  const t3 = performance.now()
  const root = { components: data.components }
  const kinds = found.map((d) =>
    kindOf(d, (segments) => declaredPropertiesAt(root, collected.bodies[d.index]?.schema, segments)),
  )
  const of = (kind: string) => found.filter((_, i) => kinds[i] === kind)
  return {
    collected,
    failures: of('failure'),
    undeclared: of('undeclared'),
    generateMs: Math.round(t1 - t0),
    collectMs: Math.round(t2 - t1),
    typecheckMs: Math.round(t3 - t2),
  }
}

/** One line per disagreement: where, and the compiler's message. */
export function describeDisagreement(label: string, d: Disagreement): string {
  return `${label} ${d.operation} ${d.status} (seed ${d.seed}) at ${d.path}: ${d.message}`
}
