// The one walk over an ESTree tree (as rollup's `this.parse` returns it) for the build's and the tools' plugins.

/**
 * Visits `node` and everything under it, depth first. `enter(node, key)` gets each node with the property it sits
 * under (`source` for the module name of an import); returning `false` skips the node's children.
 */
export function walkAst(node, enter, key = '') {
  if (Array.isArray(node)) return node.forEach((child) => walkAst(child, enter, key));
  if (!node || typeof node.type !== 'string' || enter(node, key) === false) return;
  for (const child in node) if (typeof node[child] === 'object') walkAst(node[child], enter, child);
}
