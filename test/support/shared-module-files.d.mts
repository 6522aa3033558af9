/** The unit test files under `folder` (relative to `root`) that may run without isolation. */
export declare function sharedModuleFiles(root: string, folder: string): string[];
