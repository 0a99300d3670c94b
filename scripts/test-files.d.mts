// Types of scripts/test-files.mjs (plain JavaScript: scripts/test-postgres.mjs runs it with node).
export declare const testDirs: string[];
export declare function listTestFiles(root: string): string[];
