/** The part of web-ext's programmatic API the Firefox harness uses (web-ext ships no types). */
declare module 'web-ext' {
  interface BuildResult {
    extensionPath: string;
  }
  const webExt: {
    cmd: {
      build(
        params: { sourceDir: string; artifactsDir: string; filename?: string; overwriteDest?: boolean },
        options?: { showReadyMessage?: boolean },
      ): Promise<BuildResult>;
    };
  };
  export default webExt;
}
