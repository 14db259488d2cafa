/**
 * A TypeScript config in a directory no package.json governs: Node 20 takes such a `.ts` file for
 * CommonJS JavaScript and fails on its first type annotation, so the CLI must load it through tsx.
 */
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { ROOT } from '../helpers/paths.ts'
import { runCli } from '../helpers/run-cli.ts'

const dir = await mkdtemp(join(tmpdir(), 'statusline-config-'))
afterAll(() => rm(dir, { recursive: true, force: true }))

it('generates from a typed statusline.config.ts outside any package scope', async () => {
  await copyFile(`${ROOT}specs/petstore.yaml`, join(dir, 'petstore.yaml'))
  await writeFile(
    join(dir, 'statusline.config.ts'),
    `const config: { specs: { spec: string; out: string }[] } = { specs: [{ spec: 'petstore.yaml', out: 'sdk' }] }
export default config
`,
  )
  const run = runCli(['generate'], dir)
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  expect(await readdir(join(dir, 'sdk'))).toContain('index.js')
})
