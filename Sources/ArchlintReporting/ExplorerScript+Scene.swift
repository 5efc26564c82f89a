extension ExplorerScript {
    /// The explorer's script, part 2: the scene: what is drawn (open packages as groups, the rest as boxes) and the arrows among them.
    static let scene = #"""
// The scene: the drawn items (open packages as groups, the rest as boxes) and the arrows among them.
const measureContext = document.createElement("canvas").getContext("2d");
function textWidth(text, font) {
  measureContext.font = font;
  return measureContext.measureText(text).width;
}
const FONT = "600 13px system-ui, 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
const SMALL = "11px system-ui, 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
const BOX_H = 40, PAD = 16, HEADER = 30, GAP_X = 28, GAP_Y = 70, MAX_ROW = 1240;

function subtitle(node, isSelf) {
  const m = node.module;
  if (isSelf) return "package itself";
  if (hasChildren(node)) return plural(node.size - (m ? 1 : 0), "module") + " inside";
  if (!m) return "";
  if (m.kind === "e") return m.lang === "sw" ? "external module" : "external package";
  if (m.lang === "sw") return "Swift module";
  return m.kind === "p" ? "package" : "module";
}

function buildScene() {
  const items = new Map();
  function leaf(node, parent, isSelf) {
    const label = isSelf ? (node.module.kind === "p" ? "__init__" : node.label) : parent.node === root ? node.name : node.label;
    const sub = subtitle(node, isSelf);
    const w = Math.ceil(Math.max(textWidth(label, FONT), textWidth(sub, SMALL) + (hasChildren(node) && !isSelf ? 18 : 0)) + 26);
    const item = { key: isSelf ? node.name + SELF : node.name, node, isSelf, kind: "box", label, sub, parent,
                   w: Math.max(w, 84), h: BOX_H, depth: parent.depth + 1, breaks: new Map() };
    items.set(item.key, item);
    parent.children.push(item);
    return item;
  }
  function group(node, parent) {
    const item = { key: node.name, node, kind: "group", label: parent && parent.node !== root ? node.label : node.name || "All modules",
                   parent, children: [], links: new Map(), depth: parent ? parent.depth + 1 : 0, breaks: new Map() };
    items.set(item.key, item);
    if (parent) parent.children.push(item);
    if (node.module) leaf(node, item, true);
    for (const child of node.children) {
      if (node === root && !isShown(child)) continue;
      if (isOpen(child)) group(child, item); else leaf(child, item, false);
    }
    return item;
  }
  const top = group(root, null);
  const arrows = new Map();
  function arrow(a, b) {
    const key = a + "\u0001" + b;
    let found = arrows.get(key);
    if (!found) {
      found = { key, from: items.get(a), to: items.get(b), edges: [], count: 0, breaks: new Map() };
      arrows.set(key, found);
    }
    return found;
  }
  for (const e of edges) {
    const a = drawnKey(e.from), b = drawnKey(e.to);
    if (a === null || b === null || a === b) continue;
    const found = arrow(a, b);
    found.edges.push(e);
    found.count += e.locs.length / 2;
  }
  for (const s of starts) {
    const a = drawnKey(s.from), b = drawnKey(s.to);
    if (a === null || b === null) continue;
    const holder = a === b ? items.get(a) : arrow(a, b);
    if (!holder.breaks.has(s.contract.id)) holder.breaks.set(s.contract.id, []);
    holder.breaks.get(s.contract.id).push(s);
  }
  // Each arrow shapes the layout of the innermost group holding both ends.
  for (const found of arrows.values()) {
    const up = [], down = [];
    for (let i = found.from; i; i = i.parent) up.unshift(i);
    for (let i = found.to; i; i = i.parent) down.unshift(i);
    let k = 0;
    while (k < up.length && k < down.length && up[k] === down[k]) k += 1;
    const holder = up[k - 1], a = up[k], b = down[k];
    const key = a.key + "\u0001" + b.key;
    holder.links.set(key, { a, b, weight: (holder.links.get(key) || { weight: 0 }).weight + found.count });
  }
  return { top, items, arrows };
}

/// The layers contracts that order the children of a group: each child's level, per stack.
function stacksFor(group) {
  const result = [];
  const prefix = group.node === root ? "" : group.node.name + ".";
  const depth = group.node === root ? 0 : group.node.path.length;
  for (const stack of DATA.layers) {
    const levelOf = new Map(), conflicts = new Set();
    stack.levels.forEach((level, index) => {
      for (const member of level.members) {
        if (prefix && !member.startsWith(prefix)) continue;
        const childName = member.split(".").slice(0, depth + 1).join(".");
        const child = group.children.find((c) => !c.isSelf && c.node.name === childName);
        if (!child) continue;
        if (levelOf.has(child) && levelOf.get(child) !== index) conflicts.add(child);
        levelOf.set(child, index);
      }
    });
    for (const c of conflicts) levelOf.delete(c);
    if (new Set(levelOf.values()).size > 1) result.push({ stack, levelOf });
  }
  return result;
}
"""#
}
