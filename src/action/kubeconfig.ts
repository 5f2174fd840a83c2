import * as core from '@actions/core'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigError } from '../config/gate-config.js'

/**
 * The kubeconfig input is a path, or the file's content (from a secret):
 * content goes to a file only this user can read, removed after the check.
 * Its text is never logged.
 */
export function kubeconfigFile(
  value: string,
  workspace: string,
  env: NodeJS.ProcessEnv,
): { path: string; remove: () => void } {
  if (
    !value.includes('\n') &&
    !value.includes('apiVersion') &&
    !value.trimStart().startsWith('{')
  ) {
    const file = path.resolve(workspace, value)
    // The pull request writes the workspace: its kubeconfig would choose server and credentials.
    if (file === workspace || file.startsWith(workspace + path.sep))
      throw new ConfigError(
        `the kubeconfig input points inside the workspace (${value}), whose files the pull request controls; pass the kubeconfig's content from a secret, or a path outside the workspace (RUNNER_TEMP)`,
      )
    return { path: file, remove: () => {} }
  }
  // Mask every credential the file carries, in case a value came from a step output, not a secret.
  for (const match of value.matchAll(
    /^\s*(?:token|password|client-key-data|client-certificate-data):\s*["']?([^\s"'}]+)/gm,
  ))
    core.setSecret(match[1]!)
  for (const match of value.matchAll(/\btoken:\s*["']?([^\s"'},]+)/g)) core.setSecret(match[1]!)
  // The same credentials in a JSON kubeconfig.
  for (const match of value.matchAll(
    /"(?:token|password|client-key-data|client-certificate-data)"\s*:\s*"([^"]+)"/g,
  ))
    core.setSecret(match[1]!)
  const dir = mkdtempSync(path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'eks-upgrade-gate-kube-'))
  const file = path.join(dir, 'kubeconfig')
  writeFileSync(file, value, { mode: 0o600 })
  return { path: file, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
