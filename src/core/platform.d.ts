// The few Web-platform globals core may use. They exist in every runtime core runs in (browser page, worker,
// Node ≥ 18), unlike the DOM (document, window, storage), which core must never touch: core's tsconfig has no DOM
// library, so a DOM global in core fails `npm run typecheck`. The app's tsconfig excludes this file (it has the DOM).
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly origin: string;
  href: string;
  protocol: string;
  username: string;
  password: string;
  host: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
  hash: string;
  toString(): string;
}
declare function atob(data: string): string;
declare function btoa(data: string): string;
