import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvRecords, csvText, decodeText, guardFormula } from './csv.ts';

describe('writing CSV', () => {
  it('starts with a byte order mark, ends every line with CRLF and quotes only what needs it', () => {
    const text = csvText([
      ['Business area', 'Baseline cost'],
      ['Fleet, "services"', '1234.56'],
      ['Two\nlines', ''],
    ]);
    expect(text).toBe(
      '\uFEFFBusiness area,Baseline cost\r\n"Fleet, ""services""",1234.56\r\n"Two\nlines",\r\n',
    );
  });

  it('writes text a spreadsheet would run as a formula with a leading apostrophe', () => {
    expect(['=SUM(A1)', '+1', '-1', '@x', 'Fleet'].map(guardFormula)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-1",
      "'@x",
      'Fleet',
    ]);
  });
});

describe('reading CSV', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes and every kind of line end', () => {
    const parsed = csvRecords('a,"b,c","say ""hi"""\r\n"two\r\nlines",x\ny,\rlast');
    expect(parsed).toEqual({
      ok: true,
      records: [['a', 'b,c', 'say "hi"'], ['two\r\nlines', 'x'], ['y', ''], ['last']],
      more: false,
    });
  });

  it('keeps empty fields at the end of a line and of the file', () => {
    expect(csvRecords('a,,\r\n,b,')).toEqual({
      ok: true,
      records: [
        ['a', '', ''],
        ['', 'b', ''],
      ],
      more: false,
    });
  });

  it('takes the apostrophe off text written as a guarded formula', () => {
    expect(csvRecords("'=SUM(A1),'plain")).toEqual({
      ok: true,
      records: [['=SUM(A1)', "'plain"]],
      more: false,
    });
  });

  it('stops at the limit and says there was more', () => {
    expect(csvRecords('1\r\n2\r\n3\r\n', 2)).toEqual({ ok: true, records: [['1'], ['2']], more: true });
    expect(csvRecords('1\r\n2\r\n', 2)).toEqual({ ok: true, records: [['1'], ['2']], more: false });
  });

  it('refuses a quoted value that never closes, naming the row it starts on', () => {
    expect(csvRecords('a,b\r\nc,"d\r\ne,f\r\n')).toEqual({
      ok: false,
      problem:
        'The file is not a readable CSV file: the quoted value that starts on row 2 has no closing quote',
    });
  });

  it('reads back what it writes, whatever the text', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !/^'[=+\-@\t\r]/.test(s));
    const rows = fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(rows, (written) => {
        // A line of one empty field and an empty line are the same text; write a space instead.
        const comparable = written.map((row) => (row.length === 1 && row[0] === '' ? [' '] : row));
        const read = csvRecords(decodeText(Buffer.from(csvText(comparable), 'utf8')));
        expect(read).toEqual({ ok: true, records: comparable, more: false });
      }),
    );
  });
});

describe('decoding the bytes of a CSV file', () => {
  it('reads UTF-8 with or without a byte order mark', () => {
    expect(decodeText(Buffer.from('\uFEFF£1,234.56', 'utf8'))).toBe('£1,234.56');
    expect(decodeText(Buffer.from('£1,234.56', 'utf8'))).toBe('£1,234.56');
  });

  it('reads Windows-1252, as Excel saves plain CSV on UK machines, where £ is one byte', () => {
    expect(decodeText(Buffer.from([0xa3, 0x31, 0x30]))).toBe('£10');
  });
});
