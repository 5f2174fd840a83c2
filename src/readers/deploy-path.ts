import path from 'node:path/posix'

/**
 * A path a file refers to, as a repository path: `./apps/prod` from the root,
 * `../base` from the referring file's directory. A remote reference (a URL, a
 * `github.com/…` kustomize base) or one leaving the repository is not a path here.
 */
export function repositoryPath(reference: string, from: string): string | undefined {
  const trimmed = reference.trim()
  if (trimmed === '' || /^[\w+.-]+:\/\//.test(trimmed) || /^(git@|github\.com\/)/.test(trimmed))
    return undefined
  const joined = path.normalize(path.join(from, trimmed)).replace(/\/+$/, '')
  if (joined === '..' || joined.startsWith('../') || path.isAbsolute(joined)) return undefined
  return joined === '.' ? '' : joined
}

/** Whether `file` is `target` or lies below it ('' is the whole repository). */
export function covers(target: string, file: string): boolean {
  return target === '' || file === target || file.startsWith(`${target}/`)
}
