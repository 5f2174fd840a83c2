import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/model/image.ts
function parseImage(text) {
  const value = text.trim();
  if (!value || /\s|\{\{|\$\{/.test(value)) return null;
  const at = value.indexOf("@");
  const digest = at >= 0 ? value.slice(at + 1) : void 0;
  const withoutDigest = at >= 0 ? value.slice(0, at) : value;
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  const hasTag = colon > slash;
  const tag = hasTag ? withoutDigest.slice(colon + 1) : void 0;
  const path = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  const segments = path.split("/");
  const first = segments[0];
  const isRegistry = segments.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost");
  const registry = isRegistry ? first : "";
  const repository = (isRegistry ? segments.slice(1) : segments).join("/");
  const name = segments[segments.length - 1];
  if (!/^[a-z0-9][a-z0-9._/-]*$/i.test(repository) || tag !== void 0 && !/^[\w][\w.-]{0,127}$/.test(tag))
    return null;
  return {
    registry,
    repository,
    name,
    ...tag !== void 0 && { tag },
    ...digest !== void 0 && { digest }
  };
}

// src/model/components.ts
var BY_REPOSITORY = [
  ["kube-proxy", "kube-proxy"],
  ["amazon-k8s-cni", "aws-node"],
  ["coredns", "coredns"],
  ["cluster-autoscaler", "cluster-autoscaler"],
  ["karpenter/controller", "karpenter"],
  ["aws-load-balancer-controller", "aws-load-balancer-controller"]
];
var BY_CHART = {
  "cluster-autoscaler": "cluster-autoscaler",
  karpenter: "karpenter",
  "aws-load-balancer-controller": "aws-load-balancer-controller",
  "aws-vpc-cni": "aws-node",
  coredns: "coredns"
};
function componentForImage(repository) {
  return BY_REPOSITORY.find(([name]) => repository === name || repository.endsWith(`/${name}`))?.[1];
}
var COMPONENT_WORD = new RegExp(
  [...BY_REPOSITORY.map(([name]) => name), ...Object.keys(BY_CHART)].map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|")
);
function mentionsComponent(text) {
  return COMPONENT_WORD.test(text);
}
function componentForChart(chart) {
  return BY_CHART[chart.replace(/^.*\//, "")];
}

export {
  parseImage,
  componentForImage,
  mentionsComponent,
  componentForChart
};
