// Types of csp.cjs for the TypeScript that imports it (scripts/csp.ts, the tests).
export declare const POLICY: [string, string][];
export declare const HEADER_ONLY: string;
export declare const SECURITY_HEADERS: [string, string][];
export declare const OUR_META: RegExp;
export declare function policy(hashes: string[]): string;
export declare function headerPolicy(hashes: string[]): string;
export declare function inlineScriptHashes(html: string): string[];
export declare function withMeta(html: string, hashes: string[]): string;
export declare function secure(html: string): { html: string; hashes: string[] };
