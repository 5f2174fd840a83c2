import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/live/snapshot.ts
function clusterNameFrom(text) {
  return /:cluster\/([^/]+)$/.exec(text)?.[1] ?? text;
}
function arnIdentity(text) {
  const match = /^arn:aws[\w-]*:eks:([a-z0-9-]+):(\d{12}):cluster\//.exec(text ?? "");
  return match ? { region: match[1], account: match[2] } : {};
}

export {
  clusterNameFrom,
  arnIdentity
};
