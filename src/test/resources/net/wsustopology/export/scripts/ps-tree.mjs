// Test helper: parses PowerShell files with the tree-sitter PowerShell grammar (the node modules of
// ../shared/tools/ps-parse, installed in the folder given first) and prints one JSON line per file:
// {"file": F, "errorRow": N or -1, "tree": NODE}, NODE = [type, field, row, text, children]. Only named
// nodes; an expression wrapper (pipeline, logical_expression, ...) with one named child over the same
// text is left out (its field moves to the child); text only for leaves. With --errors-only the tree
// is left out.
import { createRequire } from "module";
import { pathToFileURL } from "url";
import fs from "fs";

const [home, ...rest] = process.argv.slice(2);
const errorsOnly = rest[0] === "--errors-only";
const files = errorsOnly ? rest.slice(1) : rest;
const require = createRequire(home + "/");
const load = async (name) => (await import(pathToFileURL(require.resolve(name)).href)).default;
const Parser = await load("tree-sitter");
const PowerShell = await load("tree-sitter-powershell");
const parser = new Parser();
parser.setLanguage(PowerShell);

function firstError(node) {
  if (node.type === "ERROR" || node.isMissing) return node;
  for (const child of node.children) {
    const found = firstError(child);
    if (found) return found;
  }
  return null;
}

const WRAPPERS = new Set(["pipeline", "pipeline_chain", "logical_expression", "bitwise_expression",
  "comparison_expression", "additive_expression", "multiplicative_expression", "format_expression", "range_expression",
  "array_literal_expression", "unary_expression", "argument_expression", "logical_argument_expression",
  "bitwise_argument_expression", "comparison_argument_expression", "additive_argument_expression",
  "multiplicative_argument_expression", "format_argument_expression", "range_argument_expression"]);

function dump(node, field) {
  const named = [];
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (child.isNamed) named.push([child, node.fieldNameForChild(i)]);
  }
  if (WRAPPERS.has(node.type) && named.length === 1 && named[0][0].startIndex === node.startIndex && named[0][0].endIndex === node.endIndex) {
    return dump(named[0][0], named[0][1] || field);
  }
  const children = named.map(([child, f]) => dump(child, f));
  return [node.type, field || null, node.startPosition.row, children.length ? null : node.text, children];
}

for (const file of files) {
  const tree = parser.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  const bad = tree.rootNode.hasError ? firstError(tree.rootNode) : null;
  const line = { file, errorRow: tree.rootNode.hasError ? (bad ? bad.startPosition.row : 0) : -1 };
  if (!errorsOnly) line.tree = dump(tree.rootNode, null);
  process.stdout.write(JSON.stringify(line) + "\n");
}
