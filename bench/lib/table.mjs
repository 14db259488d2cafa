// Renders the bench's results as one text table: per measurement, statusline's median and each peer's
// median with the ratio statusline ÷ peer. The unit says which way is better.

/** Formats a number for the table: counts and values from 100 up as integers, else 3 significant digits. */
export function formatValue(value, unit) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  if (unit === 'count' || Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US')
  if (Math.abs(value) >= 10) return value.toFixed(1)
  return value.toFixed(2)
}

/** statusline ÷ peer, or null when either is missing or the peer is 0. */
export function ratio(statusline, peer) {
  if (statusline === null || peer === null || statusline === undefined || peer === undefined || peer === 0)
    return null
  return statusline / peer
}

/**
 * The table as lines.
 *
 * @param {{ measurement: string, unit: string, better: 'lower' | 'higher', statusline: { label: string, value: number | null }, peers: { label: string, value: number | null }[] }[]} rows
 */
export function renderTable(rows) {
  const header = ['measurement', 'unit', 'statusline', 'peer', 'peer value', 'statusline ÷ peer']
  const lines = []
  for (const row of rows) {
    const unit = `${row.unit}, ${row.better} is better`
    const mine = `${formatValue(row.statusline.value, row.unit)} (${row.statusline.label})`
    const peers = row.peers.length > 0 ? row.peers : [{ label: '—', value: null }]
    peers.forEach((peer, index) => {
      const r = ratio(row.statusline.value, peer.value)
      lines.push([
        index === 0 ? row.measurement : '',
        index === 0 ? unit : '',
        index === 0 ? mine : '',
        peer.label,
        formatValue(peer.value, row.unit),
        r === null ? '—' : `${r.toFixed(2)}×`,
      ])
    })
  }
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column].length)),
  )
  const render = (cells) =>
    cells
      .map((cell, column) =>
        column >= 4 && cell !== header[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd()
  return [render(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(render)]
}
