extension ExplorerScript {
    /// The explorer's script, part 4: drawing the scene as SVG.
    static let drawing = #"""
// Drawing: groups, layer bands, boxes, arrows and their labels as SVG, from the laid-out scene.
const svg = document.getElementById("canvas");
const NS = svg.namespaceURI;
const viewport = document.getElementById("viewport");
let scene = null;

function el(name, attrs, parent, text) {
  const e = document.createElementNS(NS, name);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = text;
  if (parent) parent.appendChild(e);
  return e;
}

function clip(text, max) { return text.length > max ? text.slice(0, max - 1) + "…" : text; }

function render() {
  scene = buildScene();
  // Elements name items and arrows by number: keys hold characters attributes should not.
  scene.list = [...scene.items.values()];
  scene.arrowList = [...scene.arrows.values()];
  scene.list.forEach((item, n) => { item.index = n; });
  scene.arrowList.forEach((arrow, n) => { arrow.index = n; });
  layoutGroup(scene.top);
  position(scene.top, 0, 0);
  viewport.textContent = "";
  const layers = {};
  for (const name of ["groups", "arrows", "broken", "boxes", "labels"]) layers[name] = el("g", { class: "layer-" + name }, viewport);
  const occupied = [];
  drawGroup(scene.top, layers, occupied);
  drawArrows(layers, occupied);
  return scene;
}

function drawGroup(group, layers, occupied) {
  if (group.node !== root) {
    const g = el("g", { class: "group" + (group.breaks.size ? " has-breaks" : ""), "data-group": group.node.name,
                        transform: "translate(" + group.ax + "," + group.ay + ")" }, layers.groups);
    el("rect", { class: "group-body", width: group.w, height: group.h, rx: 10 }, g);
    const head = el("g", { class: "group-header" }, g);
    el("rect", { class: "group-head", width: group.w, height: HEADER, rx: 10 }, head);
    el("text", { x: 12, y: 20, class: "group-title" }, head, group.label);
    el("text", { x: group.w - 14, y: 20, class: "group-toggle", "text-anchor": "end" }, head, "−");
    el("title", {}, head, group.node.name + " — click to collapse");
    occupied.push({ x: group.ax, y: group.ay, w: group.w, h: HEADER });
  }
  for (const band of group.bands || []) {
    const b = el("g", { class: "band" }, layers.groups);
    el("rect", { x: group.ax + band.x, y: group.ay + band.y, width: band.w, height: band.h, rx: 8 }, b);
    el("text", { x: group.ax + band.tx, y: group.ay + band.ty, "text-anchor": band.side ? "end" : "start" }, b, band.text);
    occupied.push({ x: group.ax + band.tx - (band.side ? band.tw : 0), y: group.ay + band.ty - 11, w: band.tw, h: 14 });
  }
  for (const child of group.children) {
    if (child.kind === "group") drawGroup(child, layers, occupied);
    else drawBox(child, layers.boxes, occupied);
  }
}

function drawBox(item, parent, occupied) {
  const node = item.node, m = node.module;
  const classes = ["box", "lang-" + ([...node.langs][0] || "py")];
  if (node.external) classes.push("external");
  if (hasChildren(node) && !item.isSelf) classes.push("collapsed");
  if (item.breaks.size) classes.push("has-breaks");
  if (state.selected === item.key) classes.push("selected");
  const g = el("g", { class: classes.join(" "), "data-module": node.name, "data-item": item.index,
                      transform: "translate(" + item.ax + "," + item.ay + ")" }, parent);
  el("rect", { width: item.w, height: item.h, rx: 7 }, g);
  el("rect", { class: "stripe", width: 4, height: item.h - 10, x: 0, y: 5, rx: 2 }, g);
  el("text", { x: 12, y: 17, class: "box-label" }, g, item.label);
  el("text", { x: 12, y: 32, class: "box-sub" }, g, item.sub);
  if (hasChildren(node) && !item.isSelf) el("text", { x: item.w - 9, y: 33, class: "box-plus", "text-anchor": "end" }, g, "+");
  if (item.breaks.size) {
    const badge = el("g", { class: "badge", transform: "translate(" + (item.w - 2) + ",2)" }, g);
    el("circle", { r: 8 }, badge);
    el("text", { y: 4, "text-anchor": "middle" }, badge, "!");
  }
  let tip = node.name + (m && m.path ? "\n" + m.path : "");
  if (item.breaks.size) tip += "\nbreaks inside: " + [...item.breaks.keys()].map((id) => contractById.get(id).name).join(", ");
  el("title", {}, g, tip);
  occupied.push({ x: item.ax, y: item.ay, w: item.w, h: item.h });
}

function centreX(item) { return item.ax + item.w / 2; }

/// The curve of an arrow: down (bottom to top), up (a dashed back edge bowing right) or along a
/// row; a curve that would cross other boxes goes round them. A list of cubic segments.
function geometry(a, b, so, to, obstacles, dense) {
  if (dense && b.ay >= a.ay + a.h + 6) {
    const p0 = [centreX(a) + so, a.ay + a.h], p3 = [centreX(b) + to, b.ay];
    return { back: false, p: [[p0, p0, p3, p3]] };
  }
  if (dense && b.ay + b.h <= a.ay - 6) {
    const p0 = [centreX(a) + so + 8, a.ay], p3 = [centreX(b) + to + 8, b.ay + b.h];
    const m = [(p0[0] + p3[0]) / 2 + 14, (p0[1] + p3[1]) / 2];
    return { back: true, p: [[p0, m, m, p3]] };
  }
  if (b.ay >= a.ay + a.h + 6) {
    const p0 = [centreX(a) + so, a.ay + a.h], p3 = [centreX(b) + to, b.ay], dy = Math.max(24, (p3[1] - p0[1]) / 2);
    const straight = [[p0, [p0[0], p0[1] + dy], [p3[0], p3[1] - dy], p3]];
    return { back: false, p: detour(straight, a, b, obstacles) };
  }
  if (b.ay + b.h <= a.ay - 6) {
    const p0 = [centreX(a) + so + 12, a.ay], p3 = [centreX(b) + to + 12, b.ay + b.h], dy = Math.max(30, (p0[1] - p3[1]) / 3);
    const bowed = [[p0, [p0[0] + 46, p0[1] - dy], [p3[0] + 46, p3[1] + dy], p3]];
    return { back: true, p: detour(bowed, a, b, obstacles) };
  }
  const rightward = centreX(b) >= centreX(a);
  const ya = rightward ? a.ay : a.ay + a.h, yb = rightward ? b.ay : b.ay + b.h, bow = rightward ? -34 : 34;
  const p0 = [centreX(a) + so, ya], p3 = [centreX(b) + to, yb];
  return { back: false, p: [[p0, [p0[0], ya + bow], [p3[0], yb + bow], p3]] };
}

function inside(point, r) { return point[0] > r.x - 4 && point[0] < r.x + r.w + 4 && point[1] > r.y && point[1] < r.y + r.h; }

/// Boxes the curve passes through (not its own ends, nor the groups holding them).
function blockers(segments, a, b, obstacles) {
  const found = new Set();
  for (const o of obstacles) {
    if (o.item === a || o.item === b || isAncestor(o.item, a) || isAncestor(o.item, b)) continue;
    for (let t = 0.05; t < 1; t += 0.05) if (inside(at(segments, t), o)) { found.add(o); break; }
  }
  return [...found];
}

function isAncestor(group, item) { for (let i = item.parent; i; i = i.parent) if (i === group) return true; return false; }

function detour(segments, a, b, obstacles) {
  const hit = blockers(segments, a, b, obstacles);
  if (!hit.length) return segments;
  const p0 = segments[0][0], p3 = segments[segments.length - 1][3];
  const right = Math.max(...hit.map((o) => o.x + o.w)) + 16, left = Math.min(...hit.map((o) => o.x)) - 16;
  const mid = (p0[0] + p3[0]) / 2;
  const side = Math.abs(right - mid) <= Math.abs(mid - left) ? right : left;
  const top = Math.min(...hit.map((o) => o.y)), bottom = Math.max(...hit.map((o) => o.y + o.h));
  const down = p3[1] > p0[1], dir = down ? 1 : -1;
  const y1 = down ? top : bottom, y2 = down ? bottom : top;
  return [[p0, [p0[0], p0[1] + 30 * dir], [side, y1 - 40 * dir], [side, y1]],
          [[side, y1], [side, (y1 + y2) / 2], [side, (y1 + y2) / 2], [side, y2]],
          [[side, y2], [side, y2 + 40 * dir], [p3[0], p3[1] - 30 * dir], p3]];
}

function at(segments, t) {
  const n = segments.length, k = Math.min(n - 1, Math.floor(t * n)), local = t * n - k, p = segments[k], u = 1 - local;
  return [0, 1].map((c) => u * u * u * p[0][c] + 3 * u * u * local * p[1][c] + 3 * u * local * local * p[2][c] + local * local * local * p[3][c]);
}

function pathData(segments) {
  return "M" + segments[0][0].join(",") + segments.map((p) => " C" + p[1].join(",") + " " + p[2].join(",") + " " + p[3].join(",")).join("");
}

function overlaps(r, list) {
  return list.some((o) => r.x < o.x + o.w && o.x < r.x + r.w && r.y < o.y + o.h && o.y < r.y + r.h);
}

function drawArrows(layers, occupied) {
  const all = [...scene.arrows.values()];
  const obstacles = [...scene.items.values()].filter((i) => i.node !== root)
    .map((i) => ({ item: i, x: i.ax, y: i.ay, w: i.w, h: i.h }));
  // Spread the ends of the arrows along each box, ordered by where the other end lies.
  const outs = new Map(), ins = new Map();
  for (const a of all) {
    (outs.get(a.from) || outs.set(a.from, []).get(a.from)).push(a);
    (ins.get(a.to) || ins.set(a.to, []).get(a.to)).push(a);
  }
  const spread = (map, end, other) => {
    for (const [item, list] of map) {
      list.sort((p, q) => centreX(p[other]) - centreX(q[other]));
      const step = Math.min(10, (item.w - 24) / Math.max(1, list.length));
      list.forEach((a, i) => { a[end] = (i - (list.length - 1) / 2) * step; });
    }
  };
  spread(outs, "so", "to");
  spread(ins, "to_", "from");
  const dense = all.length > 40;
  svg.classList.toggle("dense", dense);
  // Drilled into a package: arrows that touch it stay, the others fade.
  const focusItem = state.focus && scene.items.get(state.focus);
  const drilled = focusItem && focusItem.kind === "group" && !autoOpened.has(state.focus);
  const inFocus = (a) => !drilled || a.from === focusItem || a.to === focusItem || isAncestor(focusItem, a.from) || isAncestor(focusItem, a.to);
  const labels = [];
  for (const a of all) {
    const variants = a.breaks.size ? [...a.breaks.keys()].sort() : [null];
    const faded = !inFocus(a);
    variants.forEach((id, k) => {
      const shift = (k - (variants.length - 1) / 2) * 6;
      const geo = geometry(a.from, a.to, a.so + shift, a.to_ + shift, obstacles, dense);
      const d = pathData(geo.p);
      const attrs = { class: "arrow" + (id ? " broken" : "") + (geo.back ? " back" : "") + (faded ? " faded" : ""),
                      "data-from": a.from.node.name, "data-to": a.to.node.name, "data-arrow": a.index };
      if (id) attrs["data-contract"] = id;
      const g = el("g", attrs, id ? layers.broken : layers.arrows);
      el("path", { d, class: "hit" }, g);
      el("path", { d, class: "line", "stroke-width": id ? 2.5 : Math.min(4, 1 + Math.log2(a.count) / 2),
                   "marker-end": id ? "url(#head-red)" : "url(#head)" }, g);
      const title = a.from.node.name + " → " + a.to.node.name + ": " + plural(a.count, "import") +
        (id ? "\nbreaks " + contractById.get(id).name + " (" + id + ")" : "") + (geo.back ? "\ndrawn upwards: closes a cycle or goes against the layers" : "");
      el("title", {}, g, title);
      if (!faded) labels.push({ arrow: a, id, geo, group: g });
    });
  }
  // Red labels first, biggest first; each contract keeps at least one even where crowded.
  labels.sort((p, q) => (q.id ? 1 : 0) - (p.id ? 1 : 0) || q.arrow.count - p.arrow.count);
  const labelled = new Set();
  let plain = 0;
  for (const l of labels) {
    if (!l.id && dense && plain >= 16) continue;
    const text = l.id ? clip(contractById.get(l.id).name, 34) + " · " + l.arrow.count : String(l.arrow.count);
    const font = l.id ? "600 " + SMALL : SMALL;
    const w = textWidth(text, font) + 8, h = 15;
    let spot = null;
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85]) {
      const c = at(l.geo.p, t), r = { x: c[0] - w / 2, y: c[1] - h / 2, w, h };
      if (!overlaps(r, occupied)) { spot = r; break; }
    }
    if (!spot) {
      if (!l.id || labelled.has(l.id)) continue;
      // Crowded: stacked above or below the middle of the arrow, else on it.
      const c = at(l.geo.p, 0.5);
      for (const dy of [0, 16, -16, 32, -32, 48, -48, 64]) {
        spot = { x: c[0] - w / 2, y: c[1] - h / 2 + dy, w, h };
        if (!overlaps(spot, occupied)) break;
      }
    }
    if (l.id) labelled.add(l.id); else plain += 1;
    occupied.push(spot);
    el("text", { x: spot.x + w / 2, y: spot.y + 11, class: "arrow-label", "text-anchor": "middle" }, l.group, text);
  }
}
"""#
}
