// Just enough of a zip reader to take single parts (workbook.xml, a sheet's XML) out of an .xlsx.

import { inflateRawSync } from "node:zlib";

/** The parts of a zip file by name, inflated on demand. */
export class ZipParts {
  private readonly entries = new Map<string, { method: number; size: number; offset: number }>();

  constructor(private readonly buf: Buffer) {
    let eocd = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i -= 1) {
      if (buf.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error("not a zip file (no end of central directory)");
    const count = buf.readUInt16LE(eocd + 10);
    let p = buf.readUInt32LE(eocd + 16);
    for (let n = 0; n < count; n += 1) {
      if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("damaged zip central directory");
      const method = buf.readUInt16LE(p + 10);
      const size = buf.readUInt32LE(p + 20);
      const nameLength = buf.readUInt16LE(p + 28);
      const extraLength = buf.readUInt16LE(p + 30);
      const commentLength = buf.readUInt16LE(p + 32);
      const offset = buf.readUInt32LE(p + 42);
      const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
      this.entries.set(name, { method, size, offset });
      p += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** The names of all parts. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** A part's text, or undefined when the zip has no such part. */
  text(name: string): string | undefined {
    const e = this.entries.get(name.replace(/^\//, ""));
    if (!e) return undefined;
    const b = this.buf;
    if (b.readUInt32LE(e.offset) !== 0x04034b50) throw new Error(`damaged zip entry ${name}`);
    const start = e.offset + 30 + b.readUInt16LE(e.offset + 26) + b.readUInt16LE(e.offset + 28);
    const raw = b.subarray(start, start + e.size);
    if (e.method === 0) return raw.toString("utf8");
    if (e.method === 8) return inflateRawSync(raw).toString("utf8");
    throw new Error(`zip entry ${name} uses compression method ${e.method}`);
  }
}
