export { contentDisposition } from '../../../platform/http/content-disposition.ts';
import {
  OLE_SIGNATURE,
  oleEntryNames,
  startsWith,
  zipEntryText,
} from '../../../platform/files/containers.ts';

export const DOCUMENT_KINDS = ['pdf', 'docx', 'xlsx', 'doc', 'xls'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface KindDefinition {
  readonly extension: string;
  readonly mediaType: string;
  /** As in "it is a Word document". */
  readonly label: string;
}

export const KIND_DEFINITIONS: Record<DocumentKind, KindDefinition> = {
  pdf: { extension: 'pdf', mediaType: 'application/pdf', label: 'a PDF' },
  docx: {
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'a Word document',
  },
  xlsx: {
    extension: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'an Excel spreadsheet',
  },
  doc: { extension: 'doc', mediaType: 'application/msword', label: 'a Word 97–2003 document' },
  xls: { extension: 'xls', mediaType: 'application/vnd.ms-excel', label: 'an Excel 97–2003 spreadsheet' },
};

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const TITLE_MAX = 200;
export const FILENAME_MAX = 255;

const PDF_SIGNATURE = [...'%PDF-'].map((c) => c.charCodeAt(0));
const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const SPREADSHEET_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

/** Office Open XML declares its main part's type in [Content_Types].xml; macro-enabled files declare another. */
function officeOpenXmlKind(bytes: Uint8Array): DocumentKind | undefined {
  const types = zipEntryText(bytes, '[Content_Types].xml');
  if (types === undefined) return undefined;
  if (types.includes(`"${WORD_MAIN}"`)) return 'docx';
  if (types.includes(`"${SPREADSHEET_MAIN}"`)) return 'xlsx';
  return undefined;
}

/** Word 97–2003 keeps its text in a "WordDocument" stream; Excel in "Workbook" (or "Book" before 97). */
function compoundFileKind(bytes: Uint8Array): DocumentKind | undefined {
  const names = oleEntryNames(bytes);
  if (names?.includes('WordDocument')) return 'doc';
  if (names?.some((name) => name === 'Workbook' || name === 'Book')) return 'xls';
  return undefined;
}

/** What the bytes are, whatever the file is called. */
export function sniffKind(bytes: Uint8Array): DocumentKind | undefined {
  if (startsWith(bytes, PDF_SIGNATURE)) return 'pdf';
  if (startsWith(bytes, OLE_SIGNATURE)) return compoundFileKind(bytes);
  return officeOpenXmlKind(bytes);
}

/** Browsers once sent whole paths: keep the last part only. */
export function baseFilename(filename: string): string {
  return (filename.split(/[\\/]/).at(-1) ?? '').trim();
}

export function extensionKind(filename: string): DocumentKind | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase();
  return DOCUMENT_KINDS.find((kind) => KIND_DEFINITIONS[kind].extension === extension);
}

export interface ReceivedFile {
  readonly filename: string;
  /** Bytes received; more than the limit when the upload was cut off there. */
  readonly size: number;
  readonly tooLarge: boolean;
  readonly bytes: Uint8Array;
}

export type UploadCheck =
  | { readonly ok: true; readonly kind: DocumentKind; readonly filename: string; readonly mediaType: string }
  | { readonly ok: false; readonly message: string };

const ALLOWED =
  'The selected file must be a PDF, a Word document (.docx or .doc) or an Excel spreadsheet (.xlsx or .xls)';

function refuse(message: string): UploadCheck {
  return { ok: false, message };
}

/** The GOV.UK file upload messages: no file, empty, too big, not allowed, or not what its name says. */
export function checkUpload(file: ReceivedFile | undefined, maxBytes = MAX_UPLOAD_BYTES): UploadCheck {
  const filename = file ? baseFilename(file.filename) : '';
  if (!file || (!filename && file.size === 0)) return refuse('Select a file');
  if (file.size === 0) return refuse('The selected file is empty');
  if (file.tooLarge || file.size > maxBytes) {
    return refuse(`The selected file must be smaller than ${Math.round(maxBytes / (1024 * 1024))} MB`);
  }
  if (filename.length > FILENAME_MAX) {
    return refuse(`The name of the selected file must be ${FILENAME_MAX} characters or fewer`);
  }
  const named = extensionKind(filename);
  if (!named) return refuse(ALLOWED);
  const actual = sniffKind(file.bytes);
  if (actual !== named) {
    const what = actual
      ? `it is ${KIND_DEFINITIONS[actual].label}`
      : `it is not ${KIND_DEFINITIONS[named].label}`;
    return refuse(`The selected file is called “${filename}” but ${what}: check you chose the right file`);
  }
  return { ok: true, kind: actual, filename, mediaType: KIND_DEFINITIONS[actual].mediaType };
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
}
