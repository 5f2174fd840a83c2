import path from 'node:path/posix'
import type { Node } from 'yaml'
import type { SourceFile } from '../../discover/source-file.js'
import { repositoryPath } from '../deploy-path.js'
import type { Deploy, ReaderResult } from '../types.js'
import { getNode, nodeRef, parseYaml, scalarText, seqItems, type YamlDoc } from '../yaml.js'

/** kustomize's own file, which often has no apiVersion and so is no manifest. */
export function isKustomization(file: SourceFile): boolean {
  return /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(file.path)
}

/**
 * A kustomization deploys what it lists (`resources`, `components`, the older
 * `bases`, patch files), relative to its own directory: an overlay per cluster
 * over a shared base is how many repositories tell which cluster a manifest serves.
 */
export function readKustomization(file: SourceFile): ReaderResult {
  const parsed = parseYaml(file)
  const dir = path.dirname(file.path) === '.' ? '' : path.dirname(file.path)
  const deploys: Deploy[] = []
  const add = (ctx: YamlDoc, node: Node | null) => {
    const text = scalarText(ctx, node)
    const target = text === null ? undefined : repositoryPath(text, dir)
    if (target !== undefined) deploys.push({ path: target, at: nodeRef(ctx, node) })
  }
  for (const ctx of parsed.docs) {
    const root = ctx.doc.contents as Node | null
    for (const key of ['resources', 'components', 'bases', 'patchesStrategicMerge'])
      for (const item of seqItems(ctx, getNode(ctx, root, key))) add(ctx, item)
    for (const patch of seqItems(ctx, getNode(ctx, root, 'patches')))
      add(ctx, getNode(ctx, patch, 'path'))
  }
  return { clusters: [], problems: [...parsed.problems], deploys }
}
