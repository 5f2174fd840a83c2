import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/model/addon-version.ts
var ADDON_VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?([-+].*)?$/;
function parseAddonVersion(text) {
  const match = ADDON_VERSION.exec(text.trim());
  if (!match) return null;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3] ?? 0),
    suffix: match[4] ?? "",
    raw: text.trim()
  };
}
function compareAddonVersions(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
function formatMinor(version) {
  return `${version.major}.${version.minor}`;
}

export {
  parseAddonVersion,
  compareAddonVersions,
  formatMinor
};
