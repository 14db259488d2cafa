/**
 * The scenario panel's page as the standalone server serves it at `/__statusline/`: a small HTML shell
 * and the panel's browser code (`browser/panel-page.ts`), bundled once with esbuild on the first request.
 *
 * @module
 */
import { fileURLToPath } from 'node:url'

/** Where the panel is served. */
export const PANEL_PREFIX = '/__statusline/'

/**
 * The panel's browser entry, beside this module: `dist/browser/panel-page.js` when the package runs from
 * its emitted JavaScript (what it ships and what importing `@statusline/mock/node` runs), and
 * `src/browser/panel-page.ts` when this module runs from its source (the package's own tests). Bundling
 * the emitted JavaScript keeps the run time independent of the sources, which are shipped for reading only.
 */
const ENTRY = fileURLToPath(
  new URL(`../browser/panel-page${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url),
)

let script: Promise<string> | undefined

/** The HTML page of the panel; `adminUrl` is the admin API it drives. */
export function panelHtml(title: string, adminPath: string): string {
  const escaped = title.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escaped} · statusline mock</title>
</head>
<body>
<div id="statusline-panel" data-admin="${adminPath}"></div>
<script type="module" src="${PANEL_PREFIX}panel.js"></script>
</body>
</html>
`
}

/** The panel's browser script, bundled on first use and then kept. */
export function panelScript(): Promise<string> {
  script ??= (async () => {
    const esbuild = await import('esbuild')
    const result = await esbuild.build({
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
    })
    const file = result.outputFiles[0]
    if (file === undefined) throw new Error('[statusline] Failed to bundle the panel: esbuild wrote no file')
    return file.text
  })()
  script.catch(() => {
    script = undefined
  })
  return script
}
