export declare function securityHeaders(indexHtml?: string): Record<string, string>;
