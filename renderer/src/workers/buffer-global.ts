// The npm `buffer` package (the trailing slash asks for it, not Node's module).
import { Buffer } from 'buffer/';

// @signpdf's placeholder uses the global Buffer that Node has and a browser
// worker lacks (pdf-signing.md, "Browser / Electron renderer versus Node").
if (!('Buffer' in globalThis)) Reflect.set(globalThis, 'Buffer', Buffer);
