/**
 * The lines of the new file that a pull request's diff shows (added and
 * context lines), from the `patch` of `GET /pulls/{n}/files`. Review comments
 * can only be placed on those lines.
 */
export function linesInPatch(patch: string): Set<number> {
  const lines = new Set<number>()
  let next = 0
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line)
    if (hunk) {
      next = Number(hunk[1])
      continue
    }
    if (next === 0 || line.startsWith('\\')) continue
    if (line.startsWith('-')) continue
    if (line.startsWith('+') || line.startsWith(' ') || line === '') lines.add(next++)
  }
  return lines
}
