// Node has Web Crypto's CryptoKey as a global, as browsers do, but @types/node names it only
// webcrypto.CryptoKey: the shared sealing code (src/shared/sealing.ts) and @hpke/core's types
// use the global name, which the server's types (Node, no DOM) would not know otherwise.
type CryptoKey = import('node:crypto').webcrypto.CryptoKey;
