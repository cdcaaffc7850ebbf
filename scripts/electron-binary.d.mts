/** The Electron executable's path, or undefined where only the npm package is installed. */
export function electronBinary(): string | undefined;
