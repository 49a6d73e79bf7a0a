/**
 * Pagefind's data file format (`.pf_meta`, `.pf_index`, `.pf_filter`): gzip of the signature
 * `pagefind_dcd` followed by one CBOR value. Only what Pagefind's index uses is supported (integers,
 * text, definite arrays); anything else is refused, so a format change stops the build instead of
 * being rewritten wrongly. Encoding matches Pagefind's encoder byte for byte.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

const signature = Buffer.from('pagefind_dcd');

/** The CBOR values Pagefind's index uses: unsigned and negative integers, text, arrays. */
export type Cbor = number | string | Cbor[];

/** Decodes one CBOR item that uses only integers, text strings and definite arrays. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return view.getUint8(at++);
    if (info === 25) return ((at += 2), view.getUint16(at - 2));
    if (info === 26) return ((at += 4), view.getUint32(at - 4));
    if (info === 27) return ((at += 8), Number(view.getBigUint64(at - 8)));
    throw new Error(`CBOR: unsupported length encoding ${info} at byte ${at}`);
  };
  const item = (): Cbor => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const info = head & 31;
    if (major === 0) return argument(info);
    if (major === 1) return -1 - argument(info);
    if (major === 3) {
      const length = argument(info);
      at += length;
      return text.decode(bytes.subarray(at - length, at));
    }
    if (major === 4) return Array.from({ length: argument(info) }, item);
    throw new Error(`CBOR: unexpected major type ${major} at byte ${at - 1}`);
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes after the value`);
  return value;
}

/** Encodes like Pagefind's encoder (minicbor): shortest heads, definite lengths. */
export function encodeCbor(value: Cbor): Buffer {
  const parts: Buffer[] = [];
  const head = (major: number, n: number) => {
    const m = major << 5;
    if (n < 24) parts.push(Buffer.from([m | n]));
    else if (n < 0x100) parts.push(Buffer.from([m | 24, n]));
    else if (n < 0x10000) parts.push(Buffer.from([m | 25, n >> 8, n & 0xff]));
    else if (n < 0x1_0000_0000) {
      const b = Buffer.alloc(5);
      b[0] = m | 26;
      b.writeUInt32BE(n, 1);
      parts.push(b);
    } else {
      const b = Buffer.alloc(9);
      b[0] = m | 27;
      b.writeBigUInt64BE(BigInt(n), 1);
      parts.push(b);
    }
  };
  const item = (v: Cbor) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`CBOR: ${v} is not an integer`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const utf8 = Buffer.from(v, 'utf8');
      head(3, utf8.length);
      parts.push(utf8);
    } else {
      head(4, v.length);
      v.forEach(item);
    }
  };
  item(value);
  return Buffer.concat(parts);
}

/** Reads a Pagefind data file (`.pf_meta`, `.pf_index`): gzip of the signature and CBOR. */
export function readPagefindFile(path: string): Cbor {
  const raw = gunzipSync(readFileSync(path));
  if (!raw.subarray(0, signature.length).equals(signature))
    throw new Error(`${path}: not a Pagefind data file (no "pagefind_dcd" signature)`);
  return decodeCbor(raw.subarray(signature.length));
}

/** A Pagefind data file's bytes for `value`, as `readPagefindFile` reads them. */
export function pagefindFileBytes(value: Cbor): Buffer {
  return gzipSync(Buffer.concat([signature, encodeCbor(value)]), { level: 9 });
}
