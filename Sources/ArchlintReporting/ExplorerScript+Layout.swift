extension ExplorerScript {
    /// The explorer's script, part 3: the layered layout of each open package.
    static let layout = #"""
// Layered layout (Sugiyama style) of each group's children, innermost groups first: cycles broken
// by depth-first search (layer order decides first), longest-path ranks with the siblings of a
// layer on one rank, barycentre ordering, then rows wrapped and nodes pulled under their parents.
function layoutGroup(group) {
  for (const child of group.children) if (child.kind === "group") layoutGroup(child);
  const nodes = group.children, n = nodes.length, index = new Map(nodes.map((c, i) => [c, i]));
  const stacks = stacksFor(group);
  const links = [...group.links.values()].map((l) => ({ s: index.get(l.a), t: index.get(l.b), w: l.weight, back: false }));
  const levelKey = nodes.map((c) => { for (const s of stacks) if (s.levelOf.has(c)) return s.levelOf.get(c); return 1e9; });
  for (const l of links) {
    for (const s of stacks) {
      const a = s.levelOf.get(nodes[l.s]), b = s.levelOf.get(nodes[l.t]);
      if (a !== undefined && b !== undefined && a > b) l.back = true;
      // Siblings of one layer share a rank: their imports do not rank them.
      if (a !== undefined && a === b) l.flat = true;
    }
  }
  // Constraint edges keep each layer above the next one present.
  const order = [];
  for (const s of stacks) {
    const byLevel = new Map();
    for (const [child, level] of s.levelOf) {
      if (!byLevel.has(level)) byLevel.set(level, []);
      byLevel.get(level).push(index.get(child));
    }
    const levels = [...byLevel.keys()].sort((a, b) => a - b);
    for (let k = 0; k + 1 < levels.length; k++) {
      for (const a of byLevel.get(levels[k])) for (const b of byLevel.get(levels[k + 1])) order.push({ s: a, t: b, w: 0, constraint: true });
    }
    s.byLevel = byLevel;
  }
  const out = nodes.map(() => []);
  for (const l of order) out[l.s].push(l);
  for (const l of links) if (!l.back && !l.flat) out[l.s].push(l);
  const visitOrder = nodes.map((_, i) => i).sort((a, b) => levelKey[a] - levelKey[b] || a - b);
  const mark = new Array(n).fill(0);
  for (const startNode of visitOrder) {
    if (mark[startNode]) continue;
    const stack = [[startNode, 0]];
    mark[startNode] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1];
      const list = out[top[0]];
      if (top[1] >= list.length) { mark[top[0]] = 2; stack.pop(); continue; }
      const l = list[top[1]++];
      if (mark[l.t] === 1) { if (l.constraint) l.dropped = true; else l.back = true; }
      else if (mark[l.t] === 0) { mark[l.t] = 1; stack.push([l.t, 0]); }
    }
  }
  const dag = nodes.map(() => []);
  const indegree = new Array(n).fill(0);
  function addDag(s, t) { if (s !== t) { dag[s].push(t); indegree[t] += 1; } }
  for (const l of order) if (!l.dropped) addDag(l.s, l.t);
  for (const l of links) if (l.flat) continue; else if (l.back) addDag(l.t, l.s); else addDag(l.s, l.t);
  const connected = new Array(n).fill(false);
  for (const l of links.concat(order)) { connected[l.s] = true; connected[l.t] = true; }
  // Longest path from the sources, then the siblings of a layer brought to one rank.
  const rank = new Array(n).fill(0), floor = new Array(n).fill(0);
  for (let pass = 0; pass < 4; pass++) {
    const deg = indegree.slice(), queue = [];
    for (let i = 0; i < n; i++) { rank[i] = floor[i]; if (!deg[i]) queue.push(i); }
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q];
      for (const t of dag[v]) { rank[t] = Math.max(rank[t], rank[v] + 1); if (--deg[t] === 0) queue.push(t); }
    }
    let changed = false;
    for (const s of stacks) {
      for (const members of s.byLevel.values()) {
        const top = Math.max(...members.map((m) => rank[m]));
        for (const m of members) if (floor[m] < top) { floor[m] = top; changed = true; }
      }
    }
    if (!changed) break;
  }
  const maxRank = Math.max(0, ...rank.filter((_, i) => connected[i]));
  for (let i = 0; i < n; i++) if (!connected[i]) rank[i] = maxRank + 1;
  const rows = [];
  for (let i = 0; i < n; i++) (rows[rank[i]] = rows[rank[i]] || []).push(i);
  const ranks = rows.filter(Boolean);
  orderRows(ranks, links, n);
  placeRows(group, nodes, ranks, links, stacks, (group.node === root ? GAP_Y : 50) + Math.min(50, links.length / 3));
}

function orderRows(ranks, links, n) {
  const pos = new Array(n).fill(0), rowOf = new Array(n).fill(0);
  const refresh = () => ranks.forEach((row, r) => row.forEach((v, i) => { pos[v] = (i + 0.5) / row.length; rowOf[v] = r; }));
  refresh();
  const neighbours = Array.from({ length: n }, () => []);
  for (const l of links) { neighbours[l.s].push(l.t); neighbours[l.t].push(l.s); }
  for (let sweep = 0; sweep < 8; sweep++) {
    const down = sweep % 2 === 0;
    const sequence = ranks.map((_, r) => r);
    if (!down) sequence.reverse();
    for (const r of sequence) {
      const row = ranks[r];
      const centre = new Map(row.map((v) => {
        const near = neighbours[v].filter((u) => (down ? rowOf[u] < r : rowOf[u] > r));
        return [v, near.length ? near.reduce((sum, u) => sum + pos[u], 0) / near.length : pos[v]];
      }));
      row.sort((a, b) => centre.get(a) - centre.get(b) || pos[a] - pos[b]);
      row.forEach((v, i) => { pos[v] = (i + 0.5) / row.length; });
    }
  }
}

function placeRows(group, nodes, ranks, links, stacks, gapY) {
  // Wrap rows wider than the screen, keeping their order.
  const rows = [];
  const maxRow = group.node === root ? Math.max(600, Math.min(MAX_ROW, svg.clientWidth - 240)) : 900;
  for (const rank of ranks) {
    let row = [], width = 0;
    for (const v of rank) {
      if (row.length && width + nodes[v].w > maxRow) { rows.push(row); row = []; width = 0; }
      row.push(v);
      width += nodes[v].w + GAP_X;
    }
    rows.push(row);
  }
  const parents = nodes.map(() => []);
  for (const l of links) { if (l.back) parents[l.s].push(l.t); else parents[l.t].push(l.s); }
  const widths = rows.map((row) => row.reduce((sum, v) => sum + nodes[v].w, 0) + GAP_X * (row.length - 1));
  const width = Math.max(0, ...widths);
  const x = new Array(nodes.length).fill(0), placed = new Set();
  let y = 0;
  rows.forEach((row, r) => {
    // Centred, then each node pulled towards the parents already placed, without overlap.
    let left = (width - widths[r]) / 2;
    const want = row.map((v) => {
      const above = parents[v].filter((p) => placed.has(p));
      return above.length ? above.reduce((s, p) => s + x[p] + nodes[p].w / 2, 0) / above.length - nodes[v].w / 2 : null;
    });
    row.forEach((v, i) => { x[v] = left; left += nodes[v].w + GAP_X; });
    for (let i = 0; i < row.length; i++) {
      if (want[i] === null) continue;
      const v = row[i];
      const lo = i ? x[row[i - 1]] + nodes[row[i - 1]].w + GAP_X : 0;
      x[v] = Math.max(lo, want[i]);
    }
    const h = Math.max(...row.map((v) => nodes[v].h));
    for (const v of row) { nodes[v].x = x[v]; nodes[v].y = y + (h - nodes[v].h) / 2; placed.add(v); }
    y += h + gapY;
  });
  // Bands behind the layers of the first stack; each caption left of its band where the row
  // leaves room, else above it.
  const bands = [];
  const first = stacks[0];
  if (first) {
    for (const [level, members] of first.byLevel) {
      const boxes = members.map((m) => nodes[m]);
      if (!boxes.every((b) => b.y === boxes[0].y)) continue;
      const x0 = Math.min(...boxes.map((b) => b.x)) - 8, x1 = Math.max(...boxes.map((b) => b.x + b.w)) + 8;
      const y0 = Math.min(...boxes.map((b) => b.y)) - 8, y1 = Math.max(...boxes.map((b) => b.y + b.h)) + 8;
      const text = bands.length ? "layer " + (level + 1) : clip(first.stack.name, 30) + " · layer " + (level + 1);
      const tw = textWidth(text, SMALL) + 10;
      const blocked = nodes.some((c) => !boxes.includes(c) && c.y < y1 && c.y + c.h > y0 && c.x + c.w > x0 - tw - 6 && c.x < x0);
      bands.push({ x: x0, y: y0, w: x1 - x0, h: y1 - y0, text, side: !blocked, tx: blocked ? x0 + 4 : x0 - 6,
                   ty: blocked ? y0 - 5 : (y0 + y1) / 2 + 4, tw });
    }
  }
  let minX = Infinity, maxX = 0;
  for (const c of nodes) { minX = Math.min(minX, c.x); maxX = Math.max(maxX, c.x + c.w); }
  for (const b of bands) if (b.side) minX = Math.min(minX, b.x - b.tw - 6);
  if (!nodes.length) { minX = 0; maxX = 120; }
  const inner = group.node === root ? 24 : PAD;
  const header = group.node === root ? 0 : HEADER;
  for (const c of nodes) { c.x += inner - minX; c.y += header + inner; }
  for (const b of bands) { b.x += inner - minX; b.tx += inner - minX; b.y += header + inner; b.ty += header + inner; }
  group.bands = bands;
  group.w = Math.max(maxX - minX + 2 * inner, textWidth(group.label, FONT) + 60);
  group.h = header + Math.max(0, y - gapY) + 2 * inner;
}

/// Absolute positions: each child's offset added to its group's.
function position(group, ox, oy) {
  group.ax = ox; group.ay = oy;
  for (const c of group.children) {
    if (c.kind === "group") position(c, ox + c.x, oy + c.y);
    else { c.ax = ox + c.x; c.ay = oy + c.y; }
  }
}
"""#
}
