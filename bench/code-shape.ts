/**
 * The shape of the production code: files over 300 lines and functions over 50 lines (data tables
 * are object or array literals, not functions, so they do not count). Usage: `tsx bench/code-shape.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const FILE_LIMIT = 300;
const FUNCTION_LIMIT = 50;

function productionFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return productionFiles(full);
    const isSource = entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts');
    const isTestSupport = /testing|\.generated\./.test(full);
    return isSource && !isTestSupport ? [full] : [];
  });
}

interface LongFunction {
  readonly where: string;
  readonly lines: number;
}

function longFunctions(file: string, text: string): LongFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > FUNCTION_LIMIT) found.push({ where: `${file}:${start + 1}`, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = productionFiles('src');
const longFiles = files
  .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length }))
  .filter((entry) => entry.lines > FILE_LIMIT);
const functions = files.flatMap((file) => longFunctions(file, readFileSync(file, 'utf8')));

console.log(`${files.length} production files in src`);
console.log(`${longFiles.length} files over ${FILE_LIMIT} lines`);
for (const entry of longFiles) console.log(`  ${entry.file} ${entry.lines}`);
console.log(`${functions.length} functions over ${FUNCTION_LIMIT} lines`);
for (const entry of functions.sort((a, b) => b.lines - a.lines))
  console.log(`  ${entry.where} ${entry.lines}`);
