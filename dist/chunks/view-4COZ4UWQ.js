import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  parseAddonVersion
} from "./chunk-4WBBM4JK.js";
import {
  componentForImage,
  parseImage
} from "./chunk-KIHNS4ND.js";
import {
  compareKubeVersions,
  parseKubeVersion
} from "./chunk-D2WDCTU4.js";
import "./chunk-FZTWU4BV.js";

// src/live/view.ts
function groupOf(labels) {
  if (labels["eks.amazonaws.com/compute-type"] === "fargate")
    return { name: labels["eks.amazonaws.com/fargate-profile"] ?? "fargate", kind: "fargate" };
  if (labels["eks.amazonaws.com/nodegroup"])
    return { name: labels["eks.amazonaws.com/nodegroup"], kind: "managed" };
  if (labels["karpenter.sh/nodepool"])
    return { name: labels["karpenter.sh/nodepool"], kind: "karpenter" };
  if (labels["alpha.eksctl.io/nodegroup-name"])
    return { name: labels["alpha.eksctl.io/nodegroup-name"], kind: "self-managed" };
  if (labels["eks.amazonaws.com/compute-type"] === "auto")
    return { name: labels["karpenter.sh/nodepool"] ?? "auto-mode", kind: "auto-mode" };
  return { name: "(unlabelled nodes)", kind: "self-managed" };
}
function liveView(snapshot) {
  const groups = /* @__PURE__ */ new Map();
  for (const node of snapshot.nodes) {
    const { name, kind } = groupOf(node.labels);
    const group = groups.get(name) ?? { kind, nodes: [] };
    group.nodes.push(node);
    groups.set(name, group);
  }
  const nodeGroups = [...groups].map(([name, group]) => {
    const versions = group.nodes.map((n) => parseKubeVersion(n.kubeletVersion)).filter((v) => v !== null).sort(compareKubeVersions);
    const distinct = (values) => [...new Set(values.filter(Boolean))].sort();
    return {
      name,
      kind: group.kind,
      nodes: group.nodes.length,
      oldest: versions[0] ?? null,
      newest: versions[versions.length - 1] ?? null,
      osImages: distinct(group.nodes.map((n) => n.osImage)),
      kernels: distinct(group.nodes.map((n) => n.kernelVersion)),
      runtimes: distinct(group.nodes.map((n) => n.containerRuntimeVersion))
    };
  });
  const components = [];
  for (const workload of snapshot.workloads) {
    for (const image of workload.images) {
      const ref = parseImage(image);
      const name = ref ? componentForImage(ref.repository) : void 0;
      if (name)
        components.push({ name, image, version: ref?.tag ? parseAddonVersion(ref.tag) : null });
    }
  }
  return {
    name: snapshot.name,
    ...snapshot.region && { region: snapshot.region },
    ...snapshot.account && { account: snapshot.account },
    context: snapshot.context,
    version: snapshot.gitVersion ? parseKubeVersion(snapshot.gitVersion) : null,
    nodeGroups,
    components,
    problems: snapshot.problems
  };
}
export {
  liveView
};
