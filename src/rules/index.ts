import { addonFieldConflicts } from './addons/addon-field-conflicts.js'
import { addonFloating } from './addons/addon-floating.js'
import { addonIncompatible } from './addons/addon-incompatible.js'
import { addonNotMoved } from './addons/addon-not-moved.js'
import { corednsOutdated } from './addons/coredns-outdated.js'
import { corednsTooOld } from './addons/coredns-too-old.js'
import { kubeProxyMinorMismatch } from './addons/kube-proxy-minor-mismatch.js'
import { kubeProxySkew } from './addons/kube-proxy-skew.js'
import { kubeProxyTagVariant } from './addons/kube-proxy-tag-variant.js'
import { vpcCniBelowRecommended } from './addons/vpc-cni-below-recommended.js'
import { vpcCniMinimum } from './addons/vpc-cni-minimum.js'
import { vpcCniMinorJump } from './addons/vpc-cni-minor-jump.js'
import { amiCustomUnverified } from './amis/ami-custom-unverified.js'
import { amiFamilyEndOfLife } from './amis/ami-family-end-of-life.js'
import { amiFamilyUnsupported } from './amis/ami-family-unsupported.js'
import { amiReleaseMismatch } from './amis/ami-release-mismatch.js'
import { al2023BootstrapScript } from './amis/al2023-bootstrap-script.js'
import { amiContainerdTooOld } from './amis/ami-containerd-too-old.js'
import { dockerRuntime } from './amis/docker-runtime.js'
import { kubeletFlagRemoved } from './amis/kubelet-flag-removed.js'
import { apiDeprecated } from './components/api-deprecated.js'
import { apiRemoved } from './components/api-removed.js'
import { clusterAutoscalerMismatch } from './components/cluster-autoscaler-mismatch.js'
import { karpenterUnsupported } from './components/karpenter-unsupported.js'
import { controlPlaneDowngrade } from './control-plane/control-plane-downgrade.js'
import { controlPlaneEndOfSupport } from './control-plane/control-plane-end-of-support.js'
import { controlPlaneExtendedSupport } from './control-plane/control-plane-extended-support.js'
import { controlPlaneSkipsMinor } from './control-plane/control-plane-skips-minor.js'
import { controlPlaneSupportEnding } from './control-plane/control-plane-support-ending.js'
import { versionUnknownToData } from './tool/version-unknown-to-data.js'
import { liveAddonVersions } from './live/live-addon-versions.js'
import { liveAl2Nodes } from './live/live-al2-nodes.js'
import { liveContainerRuntime } from './live/live-container-runtime.js'
import { liveKernel } from './live/live-kernel.js'
import { liveNodeSkew } from './live/live-node-skew.js'
import { liveOsImage } from './live/live-os-image.js'
import { liveUnavailable } from './live/live-unavailable.js'
import { liveVersionDrift } from './live/live-version-drift.js'
import { managedNodeGroupBehindControlPlane } from './nodes/managed-node-group-behind-control-plane.js'
import { nodeGroupNewerThanControlPlane } from './nodes/node-group-newer-than-control-plane.js'
import { nodeGroupSkew } from './nodes/node-group-skew.js'
import { knowledgeStale } from './tool/knowledge-stale.js'
import { suppressionExpired } from './tool/suppression-expired.js'
import { unassignedComponent } from './tool/unassigned-component.js'
import { clusterRemoved } from './tool/cluster-removed.js'
import { clusterUnreadable } from './tool/cluster-unreadable.js'
import { unreadableFile } from './tool/unreadable-file.js'
import { unresolvedValue } from './tool/unresolved-value.js'
import { versionWrittenAsNumber } from './control-plane/version-written-as-number.js'
import type { Rule } from './types.js'

/** Every rule, in the order findings are listed (DESIGN §4 families). */
export const RULES: readonly Rule[] = [
  // control plane
  controlPlaneSkipsMinor,
  controlPlaneDowngrade,
  versionWrittenAsNumber,
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
  al2023BootstrapScript,
  kubeletFlagRemoved,
  amiContainerdTooOld,
  // add-ons
  kubeProxySkew,
  kubeProxyMinorMismatch,
  kubeProxyTagVariant,
  vpcCniMinimum,
  vpcCniBelowRecommended,
  vpcCniMinorJump,
  corednsTooOld,
  corednsOutdated,
  addonNotMoved,
  addonIncompatible,
  addonFloating,
  addonFieldConflicts,
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
  clusterUnreadable,
  clusterRemoved,
  versionUnknownToData,
  knowledgeStale,
  suppressionExpired,
  unassignedComponent,
]
