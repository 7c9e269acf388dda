import yazl from 'yazl';

/** Small real files of each kind, built in memory for tests. */

export const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n' +
    '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n' +
    '2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n' +
    'trailer <</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

export const PNG_BYTES = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6300010000050001' +
    '0d0a2db40000000049454e44ae426082',
  'hex',
);

const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

function contentTypes(mainPart: string, mainType: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="${mainPart}" ContentType="${mainType}"/>` +
    '</Types>'
  );
}

/** A ZIP made by a real ZIP writer, its entries deflated as Office's are. */
export function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, text] of Object.entries(entries)) zip.addBuffer(Buffer.from(text, 'utf8'), name);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

export function minimalDocx(): Promise<Buffer> {
  return zipOf({
    '[Content_Types].xml': contentTypes('/word/document.xml', WORD_TYPE),
    'word/document.xml':
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Full business case</w:t></w:r></w:p></w:body></w:document>',
  });
}

export function minimalXlsx(): Promise<Buffer> {
  return zipOf({
    '[Content_Types].xml': contentTypes('/xl/workbook.xml', SHEET_TYPE),
    'xl/workbook.xml': '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
  });
}

/**
 * An OLE compound file of three 512-byte sectors after the header: the FAT, then a directory with
 * the root entry and one stream of the given name ("WordDocument" for Word, "Workbook" for Excel).
 */
export function minimalCompoundFile(streamName: string): Buffer {
  const sector = 512;
  const file = Buffer.alloc(sector * 3);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(file, 0);
  file.writeUInt16LE(0x3e, 0x18);
  file.writeUInt16LE(3, 0x1a);
  file.writeUInt16LE(0xfffe, 0x1c);
  file.writeUInt16LE(9, 0x1e);
  file.writeUInt16LE(6, 0x20);
  file.writeUInt32LE(1, 0x2c);
  file.writeUInt32LE(1, 0x30);
  file.writeUInt32LE(4096, 0x38);
  file.writeUInt32LE(0xfffffffe, 0x3c);
  file.writeUInt32LE(0xfffffffe, 0x44);
  for (let index = 0; index < 109; index += 1)
    file.writeUInt32LE(index === 0 ? 0 : 0xffffffff, 0x4c + index * 4);
  const fat = sector;
  file.writeUInt32LE(0xfffffffd, fat);
  file.writeUInt32LE(0xfffffffe, fat + 4);
  for (let index = 2; index < sector / 4; index += 1) file.writeUInt32LE(0xffffffff, fat + index * 4);
  const directory = sector * 2;
  writeDirectoryEntry(file, directory, 'Root Entry', 5);
  writeDirectoryEntry(file, directory + 128, streamName, 2);
  return file;
}

function writeDirectoryEntry(file: Buffer, at: number, name: string, type: number): void {
  const encoded = Buffer.from(`${name}\0`, 'utf16le');
  encoded.copy(file, at);
  file.writeUInt16LE(encoded.length, at + 0x40);
  file.writeUInt8(type, at + 0x42);
}
