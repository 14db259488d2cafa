/**
 * The panel's styles, scoped under `.sl-panel` so that mounting it inside an app changes nothing else.
 *
 * @module
 */

/** The panel's CSS. */
export const PANEL_CSS = `
.sl-panel{container-type:inline-size;font:13px/1.4 system-ui,sans-serif;color:#1d232b;background:#fff;display:flex;flex-direction:column;gap:8px;padding:10px;box-sizing:border-box}
.sl-panel *{box-sizing:border-box}
.sl-panel header{display:flex;align-items:center;gap:10px}
.sl-panel h1{font-size:15px;margin:0;flex:1}
.sl-panel h2{font-size:13px;margin:0;text-transform:uppercase;letter-spacing:.04em;color:#5b6573}
.sl-panel button{font:inherit;padding:2px 8px;border:1px solid #b8c0cc;border-radius:4px;background:#f4f6f8;cursor:pointer}
.sl-panel select,.sl-panel input{font:inherit;padding:1px 4px;border:1px solid #b8c0cc;border-radius:4px}
.sl-panel .sl-body{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:12px}
.sl-panel details{border:1px solid #e1e5ea;border-radius:6px;margin-bottom:6px}
.sl-panel summary{padding:4px 8px;font-weight:600;cursor:pointer;background:#f7f8fa}
.sl-panel .sl-op{display:flex;flex-wrap:wrap;gap:4px 8px;align-items:center;padding:5px 8px;border-top:1px solid #eef0f3}
.sl-panel .sl-controls{display:flex;gap:6px;align-items:center;margin-left:auto}
.sl-panel .sl-op[data-scripted]{background:#fff8e6}
.sl-panel .sl-method{flex:0 0 54px;font:600 11px ui-monospace,monospace;text-align:center;border-radius:3px;padding:1px 0;background:#e7ecf2}
.sl-panel .sl-GET{background:#dff3e4}.sl-panel .sl-POST{background:#e3ecfb}.sl-panel .sl-DELETE{background:#fbe3e3}
.sl-panel .sl-PUT,.sl-panel .sl-PATCH{background:#fbf0dc}
.sl-panel .sl-path{flex:1 1 180px;min-width:0;font-family:ui-monospace,monospace;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.sl-panel .sl-name{color:#5b6573;font-size:11px}
.sl-panel .sl-delay{width:88px}
.sl-panel .sl-coverage{flex:1 0 100%;padding-left:62px;font-size:11px;color:#5b6573}
.sl-panel .sl-hit{color:#137333;font-weight:600}.sl-panel .sl-miss{color:#98a2b3}
.sl-panel .sl-log ol{list-style:none;margin:0;padding:0;font:12px ui-monospace,monospace;max-height:70vh;overflow:auto}
.sl-panel .sl-log li{display:grid;grid-template-columns:auto 32px minmax(0,1fr) auto;gap:8px;padding:2px 0;border-bottom:1px solid #f0f2f5}
.sl-panel .sl-log li>span:nth-child(3){overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.sl-panel .sl-s2{color:#137333}.sl-panel .sl-s3{color:#1a56db}.sl-panel .sl-s4{color:#b45309}.sl-panel .sl-s5,.sl-panel .sl-s0{color:#c5221f}
.sl-panel .sl-error{color:#c5221f;min-height:1em}
@container (max-width:900px){.sl-panel .sl-body{grid-template-columns:1fr}}
`
