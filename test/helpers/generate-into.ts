/** Generates a spec into a fresh scratch directory through the public `generate()` API. */
import { mkdir, rm } from 'node:fs/promises'
import { type GenerateResult, generate } from '../../generator/src/generate.ts'
import { SCRATCH } from './paths.ts'

/** Generates `spec` into `.cache/test-output/<label>/` (wiped first); returns the directory and the result. */
export async function generateInto(
  spec: string,
  label: string,
): Promise<{ dir: string; result: GenerateResult }> {
  const dir = `${SCRATCH}${label}/`
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const result = await generate({ spec, out: dir })
  return { dir, result }
}
