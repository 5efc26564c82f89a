extension ExplorerScript {
    /// The explorer's script, part 1: the model: the tree of module names, imports, and the imports that start violating chains.
    static let model = #"""
"use strict";
// The model: modules as a tree of dotted names, imports, and the contracts' chains.
const DATA = JSON.parse(document.getElementById("archlint-data").textContent);
const SELF = "\u0000self";
const files = DATA.files;
const modules = DATA.modules.map((m, id) => ({ id, name: m[0], kind: m[1], lang: m[2], path: m[3] >= 0 ? files[m[3]] : null }));
const root = { name: "", label: "All modules", children: [], parent: null, module: null, size: 0, external: false, langs: new Set(), path: [] };
const tree = new Map([["", root]]);

function ensureNode(name) {
  let node = tree.get(name);
  if (node) return node;
  const dot = name.lastIndexOf(".");
  const parent = dot < 0 ? root : ensureNode(name.slice(0, dot));
  node = { name, label: dot < 0 ? name : name.slice(dot + 1), children: [], parent, module: null, size: 0,
           external: true, langs: new Set(), path: parent.path.concat([null]) };
  node.path[node.path.length - 1] = node;
  parent.children.push(node);
  tree.set(name, node);
  return node;
}
for (const m of modules) {
  const node = ensureNode(m.name);
  node.module = m;
  m.node = node;
  for (let n = node; n; n = n.parent) {
    n.size += 1;
    if (m.kind !== "e") n.external = false;
    n.langs.add(m.lang);
  }
}
root.external = false;
for (const node of tree.values()) node.children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

const edges = DATA.edges.map((e) => ({ from: e[0], to: e[1], locs: e.slice(2) }));
const contracts = DATA.contracts;
const contractById = new Map(contracts.map((c) => [c.id, c]));
// The import that starts each violating chain: the one to change.
const starts = [];
for (const c of contracts) {
  for (const v of c.violations) {
    for (const chain of v.chains) {
      const first = chain[0];
      if (first && first[0] >= 0 && first[1] >= 0) starts.push({ contract: c, violation: v, chain, from: first[0], to: first[1] });
    }
  }
}
// Externals an import breaking a contract ends at stay drawn when externals are hidden.
const pinnedExternals = new Set(starts.filter((s) => modules[s.to].kind === "e").map((s) => modules[s.to].node.path[0].name));
const externalTops = root.children.filter((n) => n.external);

const state = { expanded: new Set(), showExternals: false, selected: null, contract: null, focus: null };

function isShown(top) { return !top.external || state.showExternals || pinnedExternals.has(top.name); }

function hasChildren(node) { return node.children.length > 0; }

function isOpen(node) { return node === root || (hasChildren(node) && state.expanded.has(node.name)); }

/// The key of the drawn box a module falls in (nil when hidden).
function drawnKey(moduleId) {
  const node = modules[moduleId].node;
  if (!isShown(node.path[0])) return null;
  for (const n of node.path) {
    if (n === node) return isOpen(n) ? n.name + SELF : n.name;
    if (!isOpen(n)) return n.name;
  }
  return null;
}

function spot(file, line) { return files[file] + ":" + line; }

function expandTo(name) {
  const node = tree.get(name);
  if (!node) return false;
  for (const n of node.path) if (n !== node && hasChildren(n)) state.expanded.add(n.name);
  return true;
}

const autoOpened = new Set();
/// The first view: packages collapsed, the lone root package of a project opened.
function initialExpansion() {
  state.expanded.clear();
  state.focus = null;
  let level = root;
  for (;;) {
    const shown = level.children.filter((n) => !n.external);
    if (shown.length !== 1 || !hasChildren(shown[0])) break;
    level = shown[0];
    state.expanded.add(level.name);
    autoOpened.add(level.name);
    state.focus = level.name;
  }
}

function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
"""#
}
