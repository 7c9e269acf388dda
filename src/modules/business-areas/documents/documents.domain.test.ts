import { describe, expect, it } from 'vitest';
import {
  MAX_UPLOAD_BYTES,
  baseFilename,
  checkUpload,
  contentDisposition,
  extensionKind,
  formatFileSize,
  sniffKind,
} from './documents.domain.ts';
import {
  MINIMAL_PDF,
  PNG_BYTES,
  minimalCompoundFile,
  minimalDocx,
  minimalXlsx,
  zipOf,
} from './documents.testing.ts';

const received = (filename: string, bytes: Buffer, tooLarge = false) => ({
  filename,
  size: bytes.length,
  tooLarge,
  bytes,
});

describe('what a file really is', () => {
  it('recognises a PDF by its header', () => {
    expect(sniffKind(MINIMAL_PDF)).toBe('pdf');
    expect(sniffKind(Buffer.from('%PDF'))).toBeUndefined();
    expect(sniffKind(Buffer.from(' %PDF-1.4'))).toBeUndefined();
  });

  it('reads [Content_Types].xml through the ZIP central directory', async () => {
    expect(sniffKind(await minimalDocx())).toBe('docx');
    expect(sniffKind(await minimalXlsx())).toBe('xlsx');
  });

  it('refuses a ZIP that is not a Word or Excel file', async () => {
    expect(sniffKind(await zipOf({ 'readme.txt': 'hello' }))).toBeUndefined();
    const macroEnabled = await zipOf({
      '[Content_Types].xml':
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
    });
    expect(sniffKind(macroEnabled)).toBeUndefined();
  });

  it('reads the directory of an OLE compound file to tell Word 97–2003 from Excel 97–2003', () => {
    expect(sniffKind(minimalCompoundFile('WordDocument'))).toBe('doc');
    expect(sniffKind(minimalCompoundFile('Workbook'))).toBe('xls');
    expect(sniffKind(minimalCompoundFile('Book'))).toBe('xls');
    expect(sniffKind(minimalCompoundFile('PowerPoint Document'))).toBeUndefined();
  });

  it('treats damaged containers as unknown rather than failing', async () => {
    const docx = await minimalDocx();
    expect(sniffKind(docx.subarray(0, docx.length - 30))).toBeUndefined();
    expect(sniffKind(minimalCompoundFile('WordDocument').subarray(0, 600))).toBeUndefined();
    expect(sniffKind(Buffer.from('PK\x03\x04 not really a zip'))).toBeUndefined();
    expect(sniffKind(PNG_BYTES)).toBeUndefined();
    expect(sniffKind(Buffer.alloc(0))).toBeUndefined();
  });

  it('finds the kind a name claims from its extension, whatever its case', () => {
    expect(extensionKind('Case.PDF')).toBe('pdf');
    expect(extensionKind('case.docx')).toBe('docx');
    expect(extensionKind('case.xls')).toBe('xls');
    expect(extensionKind('case.pdf.exe')).toBeUndefined();
    expect(extensionKind('case')).toBeUndefined();
    expect(baseFilename('C:\\Users\\me\\case.pdf')).toBe('case.pdf');
  });
});

describe('checking an upload', () => {
  it('accepts a file whose content matches its name, with the right media type', async () => {
    expect(checkUpload(received('case.pdf', MINIMAL_PDF))).toEqual({
      ok: true,
      kind: 'pdf',
      filename: 'case.pdf',
      mediaType: 'application/pdf',
    });
    const docx = checkUpload(received('case.docx', await minimalDocx()));
    expect(docx.ok && docx.mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(checkUpload(received('budget.xls', minimalCompoundFile('Workbook'))).ok).toBe(true);
  });

  it.each([
    ['no file', undefined, 'Select a file'],
    ['an empty file', received('case.pdf', Buffer.alloc(0)), 'The selected file is empty'],
    [
      'a file over the limit',
      received('case.pdf', MINIMAL_PDF, true),
      'The selected file must be smaller than 20 MB',
    ],
    [
      'a file of a type not allowed',
      received('picture.png', PNG_BYTES),
      'The selected file must be a PDF, a Word document (.docx or .doc) or an Excel spreadsheet (.xlsx or .xls)',
    ],
    [
      'a PNG called .pdf',
      received('case.pdf', PNG_BYTES),
      'The selected file is called “case.pdf” but it is not a PDF: check you chose the right file',
    ],
    [
      'a Word file called .xls',
      received('budget.xls', minimalCompoundFile('WordDocument')),
      'The selected file is called “budget.xls” but it is a Word 97–2003 document: check you chose the right file',
    ],
  ])('refuses %s', (_what, file, message) => {
    expect(checkUpload(file)).toEqual({ ok: false, message });
  });

  it('refuses a .docx that is really a PDF', () => {
    expect(checkUpload(received('case.docx', MINIMAL_PDF))).toEqual({
      ok: false,
      message: 'The selected file is called “case.docx” but it is a PDF: check you chose the right file',
    });
  });

  it('measures the limit itself too', () => {
    const big = { filename: 'case.pdf', size: MAX_UPLOAD_BYTES + 1, tooLarge: false, bytes: MINIMAL_PDF };
    expect(checkUpload(big)).toEqual({ ok: false, message: 'The selected file must be smaller than 20 MB' });
    expect(checkUpload({ ...big, size: MAX_UPLOAD_BYTES }).ok).toBe(true);
  });
});

describe('downloads', () => {
  it('names the file for every browser without letting the name break the header', () => {
    expect(contentDisposition('case.pdf')).toBe(`attachment; filename="case.pdf"; filename*=UTF-8''case.pdf`);
    expect(contentDisposition('Café "final".pdf')).toBe(
      `attachment; filename="Caf_ _final_.pdf"; filename*=UTF-8''Caf%C3%A9%20%22final%22.pdf`,
    );
  });

  it('shows sizes as people read them', () => {
    expect(formatFileSize(512)).toBe('512 bytes');
    expect(formatFileSize(2048)).toBe('2 KB');
    expect(formatFileSize(MAX_UPLOAD_BYTES)).toBe('20 MB');
  });
});
