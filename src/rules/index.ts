import { controlPlaneSkipsMinor } from './control-plane-skips-minor.js'
import { nodeGroupNewerThanControlPlane } from './node-group-newer-than-control-plane.js'
import { nodeGroupSkew } from './node-group-skew.js'
import type { Rule } from './types.js'
import { unreadableFile } from './unreadable-file.js'
import { unresolvedValue } from './unresolved-value.js'

/** Every rule, in the order findings are listed. */
export const RULES: readonly Rule[] = [
  controlPlaneSkipsMinor,
  nodeGroupNewerThanControlPlane,
  nodeGroupSkew,
  unresolvedValue,
  unreadableFile,
]

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id)
}
