import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A real git repository in a temp dir, for tests that read base commits. */
export class TempRepo {
  readonly dir: string

  constructor(prefix = 'eug-repo-') {
    this.dir = mkdtempSync(path.join(os.tmpdir(), prefix))
    this.git('init', '-q', '-b', 'main')
    this.git('config', 'user.email', 'test@example.com')
    this.git('config', 'user.name', 'Test')
    this.git('config', 'commit.gpgsign', 'false')
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8' }).trim()
  }

  write(files: Record<string, string>): this {
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(this.dir, name)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, text)
    }
    return this
  }

  remove(name: string): this {
    rmSync(path.join(this.dir, name), { force: true, recursive: true })
    return this
  }

  /** Commits everything and returns the commit SHA. */
  commit(message: string): string {
    this.git('add', '-A')
    this.git('commit', '-q', '--allow-empty', '-m', message)
    return this.git('rev-parse', 'HEAD')
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

export function eksctlCluster(name: string, version: string, extra = ''): string {
  return `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: ${name}
  region: eu-west-1
  version: "${version}"
${extra}`
}
