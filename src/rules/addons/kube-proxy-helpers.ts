/** kube-proxy follows the kubelet skew policy: never newer than the API server, at most 3 (2 before 1.25) older. */
export function allowedLag(proxyMinor: number): number {
  return proxyMinor >= 25 ? 3 : 2
}

export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
