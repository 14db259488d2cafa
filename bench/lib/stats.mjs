// Small statistics for the bench: the median of samples, and the orders that alternate tools run by
// run (latency percentiles come from autocannon's histogram, see load.mjs).

/** Median of numbers (null when there are none). */
export function median(values) {
  const sorted = values
    .filter((value) => typeof value === 'number' && Number.isFinite(value))
    .sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * The order of `items` in round `round`: rotated by one each round, so no tool always runs first (on a
 * cold cache) or last (on a machine warmed by the others).
 */
export function roundOrder(items, round) {
  const shift = round % items.length
  return [...items.slice(shift), ...items.slice(0, shift)]
}

/**
 * Every order of `items` (n! of them). Cycling through them, each item runs first, last, and right after
 * each other item equally often, which a rotation does not give: it always runs b right after a.
 */
export function allOrders(items) {
  return items.reduce(
    (orders, item) =>
      orders.flatMap((order) =>
        order.map((_, at) => order.toSpliced(at, 0, item)).concat([[...order, item]]),
      ),
    [[]],
  )
}
