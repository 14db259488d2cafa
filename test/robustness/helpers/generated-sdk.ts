/**
 * Generates a spec (a file or a document built in the test) into scratch space, imports the generated
 * client and mocks, and drives the client against the mocks in process: the client's `fetch` hands each
 * request to msw's `getResponse` over the mock's handlers.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import type { Client } from '@statusline/client'
import type { Mock, MockData, UntypedOperations } from '@statusline/mock'
import { getResponse, type RequestHandler } from 'msw'
import { type GenerateResult, generate } from '../../../generator/src/generate.ts'
import { SCRATCH } from '../../helpers/paths.ts'

/** A generated operation function, called generically. */
export type CallOperation = (
  params?: Record<string, unknown>,
  options?: Record<string, unknown>,
) => Promise<{ ok: boolean; status: number; data?: unknown; error?: unknown; response: Response }>

/** A generated SDK, loaded. */
export interface GeneratedSdk {
  /** The output directory, with a trailing slash. */
  readonly dir: string
  readonly result: GenerateResult
  readonly client: Record<string, unknown> & { createClient(options?: Record<string, unknown>): Client }
  readonly createMock: (options?: Record<string, unknown>) => Mock<UntypedOperations>
  readonly data: MockData
}

/** The scratch directory of a label, with a trailing slash. */
export function scratchDir(label: string): string {
  return `${SCRATCH}robustness/${label}/`
}

/**
 * Generates `spec` (a path, or a document that is first written as `spec.json`) into
 * `.cache/test-output/robustness/<label>/out/` and imports the result.
 */
export async function generateSdk(
  spec: string | Record<string, unknown>,
  label: string,
): Promise<GeneratedSdk> {
  const base = scratchDir(label)
  await rm(base, { recursive: true, force: true })
  await mkdir(base, { recursive: true })
  let path = spec as string
  if (typeof spec !== 'string') {
    path = `${base}spec.json`
    await writeFile(path, JSON.stringify(spec, null, 2))
  }
  const dir = `${base}out/`
  const result = await generate({ spec: path, out: dir })
  const client = (await import(`${dir}client.js`)) as GeneratedSdk['client']
  const mocks = (await import(`${dir}mocks.ts`)) as { createMock: GeneratedSdk['createMock'] }
  const data = ((await import(`${dir}mock-data.ts`)) as { mockData: MockData }).mockData
  return { dir, result, client, createMock: mocks.createMock, data }
}

/** A fetch that answers from `handlers` in process; a request no handler answers is an error. */
export function fetchFrom(handlers: readonly RequestHandler[]): (request: Request) => Promise<Response> {
  return async (request) => {
    const response = await getResponse([...handlers], request)
    if (response === undefined) throw new Error(`no handler answered ${request.method} ${request.url}`)
    return response
  }
}
