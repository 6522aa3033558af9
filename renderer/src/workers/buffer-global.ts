// The npm `buffer` package (the trailing slash asks for it, not Node's module).
import { Buffer } from 'buffer/';

// @signpdf's placeholder uses the global Buffer that Node has and a browser
// worker lacks (the buffer package, https://github.com/feross/buffer).
if (!('Buffer' in globalThis)) Reflect.set(globalThis, 'Buffer', Buffer);
