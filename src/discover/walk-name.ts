/** `name` (a path below the scanned directory) as the walk names it: `prefix` + the path. */
export function walkName(prefix: string, name: string): string {
  const trimmed = prefix.replace(/\/+$/, '')
  return trimmed ? `${trimmed}/${name}` : name
}

/** The inverse of walkName: a walk name's path below the scanned directory. */
export function belowPrefix(prefix: string, name: string): string {
  const trimmed = prefix.replace(/\/+$/, '')
  return trimmed ? name.slice(trimmed.length + 1) : name
}
