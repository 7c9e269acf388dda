import path from 'node:path';

const MODULES = `${path.sep}src${path.sep}modules${path.sep}`;

/** The module a file belongs to, and its path inside that module; undefined outside src/modules. */
function moduleOf(file) {
  const at = file.lastIndexOf(MODULES);
  if (at === -1) return undefined;
  const [name, ...rest] = file.slice(at + MODULES.length).split(path.sep);
  return { name, inside: rest.join('/') };
}

/**
 * A module is used through its entry, `index.ts`, which builds it and names what others may call;
 * its table definitions may also be imported, for foreign keys and joins. Anything else is its own.
 */
export const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: "Modules import only another module's index.ts (or its *.tables.ts)" },
    schema: [],
    messages: {
      internal:
        "Import '{{target}}' through its module's entry, '{{module}}/index.ts': a module's other files are its own.",
      root: 'Nothing imports the composition root (app.ts): take what you need as a dependency.',
    },
  },
  create(context) {
    const file = context.filename;
    const own = moduleOf(file);
    function check(node) {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      if (own && path.basename(target) === 'app.ts' && !moduleOf(target)) {
        context.report({ node: node.source, messageId: 'root' });
        return;
      }
      const theirs = moduleOf(target);
      if (!theirs || !own || theirs.name === own.name) return;
      if (theirs.inside === 'index.ts' || theirs.inside.endsWith('.tables.ts')) return;
      context.report({
        node: node.source,
        messageId: 'internal',
        data: { target: source, module: theirs.name },
      });
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default { rules: { 'module-boundaries': moduleBoundaries } };
