// ESLint rule: the API and the web app never import each other (both may import libs/).
// Relative paths are resolved against the importing file, so "../../web/src/x" is caught
// however deep the file is, and workspace package names ("web", "api") are caught too.
import { dirname, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const APPS = ['api', 'web'];

function appOf(file) {
  const parts = relative(root, file).split(sep);
  return parts[0] === 'apps' && APPS.includes(parts[1]) ? parts[1] : undefined;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid imports between apps/api and apps/web; share code through libs/.' },
    messages: { crossApp: 'apps/{{from}} must not import apps/{{to}} ("{{source}}"); share code through libs/.' },
    schema: [],
  },
  create(context) {
    const from = appOf(context.filename);
    if (!from) return {};
    function check(node) {
      const source = node?.value;
      if (typeof source !== 'string') return;
      let to;
      if (source.startsWith('.')) to = appOf(resolve(dirname(context.filename), source));
      else {
        const name = source.split('/')[0];
        to = APPS.includes(name) ? name : undefined;
      }
      if (to && to !== from) context.report({ node, messageId: 'crossApp', data: { from, to, source } });
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { 'no-cross-app-imports': rule } };
