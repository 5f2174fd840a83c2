import {
  addonFloating,
  addonIncompatible,
  addonNotMoved,
  corednsOutdated,
  corednsTooOld,
  vpcCniMinimum,
  vpcCniMinorJump,
} from './addon-rules.js'
import {
  amiCustomUnverified,
  amiFamilyEndOfLife,
  amiFamilyUnsupported,
  amiReleaseMismatch,
  dockerRuntime,
} from './ami-rules.js'
import { controlPlaneDowngrade } from './control-plane-downgrade.js'
import { controlPlaneSkipsMinor } from './control-plane-skips-minor.js'
import {
  controlPlaneEndOfSupport,
  controlPlaneExtendedSupport,
  controlPlaneSupportEnding,
  versionUnknownToData,
} from './control-plane-support.js'
import { kubeProxyMinorMismatch, kubeProxySkew, kubeProxyTagVariant } from './kube-proxy-rules.js'
import { managedNodeGroupBehindControlPlane } from './managed-node-group-behind-control-plane.js'
import { nodeGroupNewerThanControlPlane } from './node-group-newer-than-control-plane.js'
import { nodeGroupSkew } from './node-group-skew.js'
import { knowledgeStale, suppressionExpired, unassignedComponent } from './tool-rules.js'
import { apiDeprecated, apiRemoved } from './api-rules.js'
import { clusterAutoscalerMismatch, karpenterUnsupported } from './component-rules.js'
import {
  liveAddonVersions,
  liveAl2Nodes,
  liveContainerRuntime,
  liveKernel,
  liveNodeSkew,
  liveOsImage,
  liveUnavailable,
  liveVersionDrift,
} from './live-rules.js'
import type { Rule } from './types.js'
import { unreadableFile } from './unreadable-file.js'
import { unresolvedValue } from './unresolved-value.js'

/** Every rule, in the order findings are listed (DESIGN §4 families). */
export const RULES: readonly Rule[] = [
  // control plane
  controlPlaneSkipsMinor,
  controlPlaneDowngrade,
  controlPlaneEndOfSupport,
  controlPlaneExtendedSupport,
  controlPlaneSupportEnding,
  // nodes
  nodeGroupNewerThanControlPlane,
  nodeGroupSkew,
  managedNodeGroupBehindControlPlane,
  // AMIs
  amiFamilyUnsupported,
  amiFamilyEndOfLife,
  amiReleaseMismatch,
  amiCustomUnverified,
  dockerRuntime,
  // add-ons
  kubeProxySkew,
  kubeProxyMinorMismatch,
  kubeProxyTagVariant,
  vpcCniMinimum,
  vpcCniMinorJump,
  corednsTooOld,
  corednsOutdated,
  addonNotMoved,
  addonIncompatible,
  addonFloating,
  // components and APIs
  clusterAutoscalerMismatch,
  karpenterUnsupported,
  apiRemoved,
  apiDeprecated,
  // the live cluster
  liveVersionDrift,
  liveNodeSkew,
  liveAddonVersions,
  liveAl2Nodes,
  liveContainerRuntime,
  liveKernel,
  liveOsImage,
  liveUnavailable,
  // the tool itself
  unresolvedValue,
  unreadableFile,
  versionUnknownToData,
  knowledgeStale,
  suppressionExpired,
  unassignedComponent,
]

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id)
}
