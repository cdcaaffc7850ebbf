// electron-builder afterPack hook: flips Electron's fuses on the packed binary, before signing
// (a fuse changes the binary, so it must happen before the signature is made). Fuses are
// compile-time switches baked into the executable; once off, no environment variable or
// command-line flag can turn these features back on.
'use strict';

// CommonJS because electron-builder require()s its hooks; built-ins come through
// getBuiltinModule (Node >= 22.3) rather than require(), per the lint rules.
const path = process.getBuiltinModule('node:path');

/**
 * Every fuse of Electron's V1 wire, set on purpose (the flip is strict, so a fuse added by a
 * future Electron fails the build until it is decided here).
 */
const FUSES = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn Parley into a Node interpreter running any script.
  RunAsNode: false,
  // Chromium's cookie store is encrypted with the OS keychain (we keep none, but it costs nothing).
  EnableCookieEncryption: true,
  // NODE_OPTIONS could preload arbitrary code into main.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect would let anyone at the keyboard attach a debugger to main, where keys live.
  EnableNodeCliInspectArguments: false,
  // The app code is checked against the hash recorded at packaging (macOS and Windows).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded, never a loose app/ folder someone drops beside it.
  OnlyLoadAppFromAsar: true,
  // Parley ships no custom V8 snapshot; turning this on would make Electron look for one.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // file:// gets no extra privileges: the renderer is served from app://.
  GrantFileProtocolExtraPrivileges: false,
  // V8's WebAssembly trap handlers are a memory-safety feature; Electron's default is on.
  WasmTrapHandlers: true,
});

/** The Electron executable inside the packed app, per platform. */
function electronExecutable(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const product = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${product}.app`);
    case 'win32':
      return path.join(appOutDir, `${product}.exe`);
    default:
      return path.join(appOutDir, packager.executableName);
  }
}

// builder-util's Arch enum, as electron-builder passes it in the context.
const ARCH_ARM64 = 3;
const ARCH_UNIVERSAL = 4;

/** The config for @electron/fuses, keyed by the library's own enum. */
function fuseConfig(lib, context) {
  const config = {
    version: lib.FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Flipping fuses breaks the ad-hoc signature of an arm64 macOS binary; re-sign it ad hoc
    // (a real signature, when configured, is applied after this hook).
    resetAdHocDarwinSignature:
      context.electronPlatformName === 'darwin' && (context.arch === ARCH_ARM64 || context.arch === ARCH_UNIVERSAL),
  };
  for (const [name, enabled] of Object.entries(FUSES)) {
    const index = lib.FuseV1Options[name];
    if (index === undefined) throw new Error(`@electron/fuses does not know the fuse ${name}`);
    config[index] = enabled;
  }
  return config;
}

/** Flips the fuses; `lib` is @electron/fuses, injectable for tests. */
async function applyFuses(context, lib) {
  // @electron/fuses is ESM-only.
  const fuses = lib ?? (await import('@electron/fuses'));
  await fuses.flipFuses(electronExecutable(context), fuseConfig(fuses, context));
}

module.exports = applyFuses;
module.exports.default = applyFuses;
module.exports.FUSES = FUSES;
module.exports.applyFuses = applyFuses;
module.exports.electronExecutable = electronExecutable;
module.exports.fuseConfig = fuseConfig;
