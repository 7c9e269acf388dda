import { inflateRawSync } from 'node:zlib';

/**
 * Just enough of the ZIP and OLE compound file formats to tell what an Office file really is.
 * Everything is bounds-checked: any malformed input reads as "not this format", never as an error.
 */

const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_CENTRAL_HEADER = 0x02014b50;
const ZIP_END_OF_DIRECTORY = 0x06054b50;
const ZIP_MAX_COMMENT = 0xffff;
/** [Content_Types].xml is a few kilobytes; anything that inflates past this is not an Office file. */
const MAX_INFLATED = 1024 * 1024;

function u16(bytes: Uint8Array, at: number): number | undefined {
  return at >= 0 && at + 2 <= bytes.length
    ? (bytes[at] as number) | ((bytes[at + 1] as number) << 8)
    : undefined;
}

function u32(bytes: Uint8Array, at: number): number | undefined {
  const low = u16(bytes, at);
  const high = u16(bytes, at + 2);
  return low === undefined || high === undefined ? undefined : low + high * 0x10000;
}

export function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

function findEndOfDirectory(bytes: Uint8Array): number | undefined {
  const lowest = Math.max(0, bytes.length - 22 - ZIP_MAX_COMMENT);
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (u32(bytes, at) === ZIP_END_OF_DIRECTORY) return at;
  }
  return undefined;
}

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

function centralDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const end = findEndOfDirectory(bytes);
  if (end === undefined) return undefined;
  const count = u16(bytes, end + 10) ?? 0;
  let at = u32(bytes, end + 16) ?? Number.MAX_SAFE_INTEGER;
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (u32(bytes, at) !== ZIP_CENTRAL_HEADER) return undefined;
    const nameLength = u16(bytes, at + 28) ?? 0;
    const skip = (u16(bytes, at + 30) ?? 0) + (u16(bytes, at + 32) ?? 0);
    if (at + 46 + nameLength > bytes.length) return undefined;
    entries.push({
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
      method: u16(bytes, at + 10) ?? -1,
      compressedSize: u32(bytes, at + 20) ?? 0,
      uncompressedSize: u32(bytes, at + 24) ?? 0,
      localHeaderOffset: u32(bytes, at + 42) ?? Number.MAX_SAFE_INTEGER,
    });
    at += 46 + nameLength + skip;
  }
  return entries;
}

function entryContent(bytes: Uint8Array, entry: ZipEntry): Buffer | undefined {
  const at = entry.localHeaderOffset;
  if (u32(bytes, at) !== ZIP_LOCAL_HEADER) return undefined;
  const start = at + 30 + (u16(bytes, at + 26) ?? 0) + (u16(bytes, at + 28) ?? 0);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return undefined;
  const data = Buffer.from(bytes.subarray(start, end));
  if (entry.method === 0) return data.length <= MAX_INFLATED ? data : undefined;
  if (entry.method !== 8) return undefined;
  try {
    return inflateRawSync(data, { maxOutputLength: MAX_INFLATED });
  } catch {
    return undefined;
  }
}

/**
 * What a ZIP archive says its files come to once unpacked, or undefined if it is not a readable
 * archive: checked before unpacking, so a small upload cannot fill the disk.
 */
export function zipUnpackedSize(bytes: Uint8Array): number | undefined {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return undefined;
  return centralDirectory(bytes)?.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
}

/** The text of one named file inside a ZIP archive, found through the central directory. */
export function zipEntryText(bytes: Uint8Array, name: string): string | undefined {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return undefined;
  const entry = centralDirectory(bytes)?.find((candidate) => candidate.name === name);
  return entry && entryContent(bytes, entry)?.toString('utf8');
}

export const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
/** Far more directory sectors than any real document has: a longer chain is corrupt or hostile. */
const MAX_CHAIN = 10_000;

function oleSectorReader(bytes: Uint8Array) {
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const size = 1 << shift;
  const perSector = size / 4;
  const fatSectors = fatSectorList(bytes, size, perSector);
  const offset = (sector: number) => (sector + 1) * size;
  const next = (sector: number): number | undefined => {
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    return fatSector === undefined ? undefined : u32(bytes, offset(fatSector) + (sector % perSector) * 4);
  };
  return { size, offset, next };
}

function fatSectorList(bytes: Uint8Array, size: number, perSector: number): number[] {
  const count = Math.min(u32(bytes, 0x2c) ?? 0, MAX_CHAIN);
  const sectors: number[] = [];
  for (let index = 0; index < HEADER_DIFAT_ENTRIES && sectors.length < count; index += 1) {
    sectors.push(u32(bytes, 0x4c + index * 4) ?? FREE_SECTOR);
  }
  let difat = u32(bytes, 0x44) ?? END_OF_CHAIN;
  for (let hops = 0; sectors.length < count && difat < END_OF_CHAIN && hops < MAX_CHAIN; hops += 1) {
    const base = (difat + 1) * size;
    for (let index = 0; index < perSector - 1 && sectors.length < count; index += 1) {
      sectors.push(u32(bytes, base + index * 4) ?? FREE_SECTOR);
    }
    difat = u32(bytes, base + (perSector - 1) * 4) ?? END_OF_CHAIN;
  }
  return sectors;
}

/** Names of the streams and storages in an OLE compound file's directory (Word: "WordDocument"). */
export function oleEntryNames(bytes: Uint8Array): string[] | undefined {
  if (!startsWith(bytes, OLE_SIGNATURE)) return undefined;
  const reader = oleSectorReader(bytes);
  if (!reader) return undefined;
  const names: string[] = [];
  const visited = new Set<number>();
  let sector: number | undefined = u32(bytes, 0x30);
  while (sector !== undefined && sector < END_OF_CHAIN && !visited.has(sector) && visited.size < MAX_CHAIN) {
    visited.add(sector);
    const base = reader.offset(sector);
    if (base + reader.size > bytes.length) return undefined;
    for (let entry = base; entry < base + reader.size; entry += 128) {
      const nameBytes = Math.min(u16(bytes, entry + 0x40) ?? 0, 64);
      if (nameBytes >= 2)
        names.push(Buffer.from(bytes.subarray(entry, entry + nameBytes - 2)).toString('utf16le'));
    }
    sector = reader.next(sector);
  }
  return names;
}
