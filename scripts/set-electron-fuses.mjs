// electron-builder afterPack hook: flips Electron's fuses in the packaged binary before it is signed.
// Fuses are compiled-in switches that a user (or malware) cannot turn back on with flags or env vars.
// Needs the devDependency @electron/fuses.
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** Where electron-builder put the Electron binary for this platform. */
function electronBinaryPath(context) {
  const productFilename = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(context.appOutDir, `${productFilename}.app`);
    case 'win32':
      return path.join(context.appOutDir, `${productFilename}.exe`);
    default:
      return path.join(context.appOutDir, context.packager.executableName);
  }
}

export default async function setElectronFuses(context) {
  // electron-builder's Arch enum: 3 is arm64. An arm64 macOS binary must stay validly signed (ad hoc)
  // until the real signature is applied, or it will not even start.
  const isMacArm = (context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas') && context.arch === 3;
  await flipFuses(electronBinaryPath(context), {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: isMacArm,
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node runtime.
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // The app refuses a modified app.asar (electron-builder writes the integrity hash on macOS and Windows).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // Without this, a folder named "app" beside app.asar would be loaded instead of the signed archive.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The renderer is served through the app's own protocol, not file://, so file:// needs no extra powers.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  });
}
