import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from './fixtures.js'

let staged: string | undefined

/**
 * What a runner downloads for `uses: eks-upgrade-gate/eks-upgrade-gate@v0`, and all
 * the end-to-end tests run: `action.yml` and `dist/` copied (the working tree's
 * versions, so a test sees an unbuilt change as a stale bundle, not as a pass) into a
 * temporary directory with no `node_modules` and no `package.json` above it. One copy
 * per test worker, removed when the worker exits.
 */
export function shippedAction(): string {
  if (staged) return staged
  const dir = mkdtempSync(path.join(os.tmpdir(), 'eug-shipped-'))
  cpSync(path.join(REPO_ROOT, 'action.yml'), path.join(dir, 'action.yml'))
  cpSync(path.join(REPO_ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true })
  const above = ancestorsHolding(dir, ['package.json', 'node_modules'])
  if (above.length > 0)
    throw new Error(
      `the shipped copy would see ${above.join(', ')}: use a TMPDIR outside any project`,
    )
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  staged = dir
  return dir
}

/** The shipped CLI and action entry points. */
export const shippedCli = () => path.join(shippedAction(), 'dist/cli.js')
export const shippedIndex = () => path.join(shippedAction(), 'dist/index.js')

/** `names` found in `dir`'s ancestors (where Node would look for packages or a module type). */
export function ancestorsHolding(dir: string, names: readonly string[]): string[] {
  const found: string[] = []
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    for (const name of names) {
      if (existsSync(path.join(current, name))) found.push(path.join(current, name))
    }
    if (path.dirname(current) === current) return found
  }
}
