/** The part of TextDecoder that decoding a file needs. */
export interface TextDecoderLike {
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

// Bytes 0x80-0x9F of windows-1252 (WHATWG index-windows-1252): typographic characters, except the five
// bytes Windows leaves undefined, which map to the C1 controls of the same number.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * A TextDecoder for a canonical WHATWG encoding name, with windows-1252 corrected where a runtime gets
 * it wrong: Node 20.18.3+ and 22.13+ decode its bytes 0x80-0x9F as Latin-1 C1 controls (nodejs/node
 * issue 60888), so `€` or `’` would come out as invisible controls there while browsers are right.
 * There it is decoded by table instead (WHATWG index-windows-1252), so the text is the same everywhere;
 * runtimes that decode correctly get the plain TextDecoder. Throws a RangeError for an
 * unknown encoding, as TextDecoder does.
 */
export function createTextDecoder(encoding: string, options: TextDecoderOptions = {}): TextDecoderLike {
  const decoder = new TextDecoder(encoding, options);
  if (decoder.encoding !== 'windows-1252' || !latin1Instead()) return decoder;
  return { encoding: decoder.encoding, decode: decodeWindows1252 };
}

let windows1252Units: Uint16Array | undefined;
const utf16 = new TextDecoder('utf-16le');

/** Windows-1252 decoded by table: one byte is one UTF-16 code unit, so chunks need no carried state. */
function decodeWindows1252(input: Uint8Array = new Uint8Array(0)): string {
  windows1252Units ??= Uint16Array.from({ length: 256 }, (_, byte) =>
    byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte,
  );
  const table = windows1252Units;
  // Written out as UTF-16LE bytes for the native decoder, whatever the platform's byte order.
  const out = new Uint8Array(2 * input.length);
  for (let i = 0; i < input.length; i++) {
    const unit = table[input[i] ?? 0] ?? 0;
    out[2 * i] = unit & 0xff;
    out[2 * i + 1] = unit >> 8;
  }
  return utf16.decode(out);
}

let brokenWindows1252: boolean | undefined;

/** Whether this runtime's windows-1252 decoder gives Latin-1 controls for 0x80-0x9F (probed once). */
function latin1Instead(): boolean {
  brokenWindows1252 ??= new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) !== '€';
  return brokenWindows1252;
}
