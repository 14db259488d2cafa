/** Paths the cross-package tests share. */
import { fileURLToPath } from 'node:url'

/** The repository root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Scratch space inside the repository (git-ignored), so generated code resolves the workspace packages. */
export const SCRATCH = `${ROOT}.cache/test-output/`

/** The statusline CLI's entry script. */
export const CLI = `${ROOT}generator/bin/statusline.mjs`
