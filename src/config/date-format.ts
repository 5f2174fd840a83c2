/**
 * The schema's `date` format: a calendar date written YYYY-MM-DD that exists
 * (2026-13-45 and 2027-02-30 do not). Kept here, small, instead of ajv-formats,
 * whose formats pull all of Ajv into the bundle and cost every start-up.
 */
export function date(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const parsed = new Date(Date.UTC(year, month - 1, day))
  return (
    parsed.getUTCFullYear() === year &&
    parsed.getUTCMonth() === month - 1 &&
    parsed.getUTCDate() === day
  )
}
