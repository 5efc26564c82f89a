extension ExplorerScript {
    /// The explorer's script, part 6: interaction: drilling down and up, search, externals, zoom, the URL hash.
    static let controls = #"""
// Interaction: drill down and up, breadcrumb, search, externals, zoom and pan, the URL hash.
const view = { x: 0, y: 0, k: 1 };
function applyView() { viewport.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")"); }

function fit(rect, maxScale) {
  const box = svg.getBoundingClientRect(), margin = 24, top = 16;
  const k = Math.min(maxScale, (box.width - 2 * margin) / rect.w, (box.height - top - margin) / rect.h);
  view.k = Math.max(0.3, k);
  view.x = Math.max(margin, (box.width - rect.w * view.k) / 2) - rect.x * view.k;
  view.y = top - rect.y * view.k;
  applyView();
}

function rectOf(item) { return { x: item.ax, y: item.ay, w: item.w, h: item.h }; }

function crumbs(name) {
  const nav = document.getElementById("crumbs");
  nav.textContent = "";
  const chain = name ? tree.get(name).path : [];
  [root].concat(chain).forEach((n, i) => {
    if (i) h("span", "sep", "›", nav);
    const b = h("button", "crumb", n === root ? "All" : i === 1 ? n.name : n.label, nav);
    b.title = n.name || "Every top-level package";
    b.addEventListener("click", () => drillUp(n));
  });
}

function writeHash() {
  const parts = [];
  if (state.expanded.size) parts.push("expand=" + [...state.expanded].sort().map(encodeURIComponent).join(","));
  if (state.showExternals) parts.push("externals=show");
  if (state.focus) parts.push("focus=" + encodeURIComponent(state.focus));
  try { history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search); } catch (e) { /* file: pages may refuse */ }
}

function refresh(centreOn) {
  render();
  markContract();
  crumbs(state.focus);
  writeHash();
  const item = centreOn && scene.items.get(centreOn);
  if (item) {
    const box = svg.getBoundingClientRect(), r = rectOf(item);
    if (r.w * view.k > box.width - 40 || r.h * view.k > box.height - 80) fit(r, view.k);
    else { view.x = box.width / 2 - (r.x + r.w / 2) * view.k; view.y = Math.max(16, box.height / 2 - (r.y + r.h / 2) * view.k); applyView(); }
  }
}

function drillDown(node) {
  state.expanded.add(node.name);
  state.focus = node.name;
  refresh(node.name);
  const group = scene.items.get(node.name);
  if (group) showItem(group);
}

function drillUp(node) {
  for (const name of [...state.expanded]) if (node === root || name.startsWith(node.name + ".") || name === node.name) state.expanded.delete(name);
  if (node !== root) state.expanded.add(node.name);
  state.focus = node === root ? null : node.name;
  refresh();
  fit(rectOf(node === root ? scene.top : scene.items.get(node.name) || scene.top), 1);
}

function reveal(name) {
  const node = tree.get(name);
  if (!node) return;
  if (node.external && !isShown(node.path[0])) { state.showExternals = true; document.getElementById("externals").checked = true; }
  expandTo(name);
  state.focus = node.parent === root ? null : node.parent.name;
  state.selected = name;
  refresh(name);
  const item = scene.items.get(name) || scene.items.get(name + SELF);
  if (item) showItem(item);
}

svg.addEventListener("click", (event) => {
  if (dragged) return;
  const arrow = event.target.closest(".arrow");
  if (arrow) { const a = scene.arrowList[Number(arrow.dataset.arrow)]; state.selected = a.key; showArrow(a); return; }
  const box = event.target.closest("[data-module]");
  if (box) {
    const item = scene.list[Number(box.dataset.item)];
    state.selected = item.key;
    svg.querySelectorAll(".box.selected").forEach((b) => b.classList.remove("selected"));
    box.classList.add("selected");
    if (hasChildren(item.node) && !item.isSelf) drillDown(item.node); else showItem(item);
    return;
  }
  const header = event.target.closest(".group-header");
  if (header) {
    const name = header.parentNode.dataset.group;
    state.expanded.delete(name);
    for (const other of [...state.expanded]) if (other.startsWith(name + ".")) state.expanded.delete(other);
    const parent = tree.get(name).parent;
    state.focus = parent === root ? null : parent.name;
    state.selected = name;
    refresh(name);
    showItem(scene.items.get(name));
  }
});

svg.addEventListener("mouseover", (event) => {
  const box = event.target.closest("[data-module]");
  svg.classList.toggle("hovering", !!box);
  svg.querySelectorAll(".arrow.near").forEach((a) => a.classList.remove("near"));
  if (!box) return;
  const name = box.dataset.module;
  svg.querySelectorAll(".arrow").forEach((a) => { if (a.dataset.from === name || a.dataset.to === name) a.classList.add("near"); });
});

let drag = null, dragged = false;
svg.addEventListener("pointerdown", (event) => { drag = { x: event.clientX, y: event.clientY, vx: view.x, vy: view.y }; dragged = false; });
window.addEventListener("pointermove", (event) => {
  if (!drag) return;
  const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
  if (Math.abs(dx) + Math.abs(dy) > 4) dragged = true;
  if (dragged) { view.x = drag.vx + dx; view.y = drag.vy + dy; applyView(); }
});
window.addEventListener("pointerup", () => { drag = null; setTimeout(() => { dragged = false; }, 0); });
function zoom(factor, cx, cy) {
  const k = Math.min(3, Math.max(0.15, view.k * factor));
  view.x = cx - (cx - view.x) * (k / view.k);
  view.y = cy - (cy - view.y) * (k / view.k);
  view.k = k;
  applyView();
}
svg.addEventListener("wheel", (event) => {
  event.preventDefault();
  const box = svg.getBoundingClientRect();
  zoom(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
}, { passive: false });
const centre = () => { const b = svg.getBoundingClientRect(); return [b.width / 2, b.height / 2]; };
document.getElementById("zoom-in").addEventListener("click", () => zoom(1.25, ...centre()));
document.getElementById("zoom-out").addEventListener("click", () => zoom(0.8, ...centre()));
document.getElementById("fit").addEventListener("click", () => fit(rectOf(scene.top), 1));
document.getElementById("collapse").addEventListener("click", () => {
  initialExpansion();
  state.focus = null;
  refresh();
  fit(rectOf(scene.top), 1);
});
document.getElementById("externals").addEventListener("change", (event) => { state.showExternals = event.target.checked; refresh(); });

const search = document.getElementById("search"), results = document.getElementById("results");
search.addEventListener("input", () => {
  results.textContent = "";
  const q = search.value.trim().toLowerCase();
  svg.querySelectorAll(".box.match").forEach((b) => b.classList.remove("match"));
  if (!q) return;
  const found = [...tree.values()].filter((n) => n !== root && n.name.toLowerCase().includes(q))
    .sort((a, b) => (b.label.toLowerCase().startsWith(q) - a.label.toLowerCase().startsWith(q)) || a.path.length - b.path.length || (a.name < b.name ? -1 : 1));
  for (const n of found.slice(0, 30)) {
    const li = h("li", n.external ? "external" : "", n.name, results);
    li.addEventListener("click", () => { results.textContent = ""; reveal(n.name); });
  }
  if (found.length > 30) h("li", "muted", (found.length - 30) + " more…", results);
  svg.querySelectorAll("[data-module]").forEach((b) => { if (b.dataset.module.toLowerCase().includes(q)) b.classList.add("match"); });
});
search.addEventListener("keydown", (event) => { if (event.key === "Enter" && results.firstChild) results.firstChild.click(); });

function readHash() {
  const params = new Map(location.hash.replace(/^#/, "").split("&").filter(Boolean).map((p) => {
    const i = p.indexOf("=");
    return i < 0 ? [p, ""] : [p.slice(0, i), p.slice(i + 1)];
  }));
  initialExpansion();
  state.showExternals = params.get("externals") === "show";
  document.getElementById("externals").checked = state.showExternals;
  for (const name of (params.get("expand") || "").split(",").filter(Boolean).map(decodeURIComponent)) {
    if (expandTo(name) && hasChildren(tree.get(name))) { state.expanded.add(name); state.focus = name; }
  }
  const focus = params.has("focus") ? decodeURIComponent(params.get("focus")) : null;
  if (focus && tree.has(focus)) {
    expandTo(focus);
    if (hasChildren(tree.get(focus))) state.expanded.add(focus);
    state.focus = focus;
  }
  return focus;
}

function boot() {
  const focus = readHash();
  refresh();
  const target = focus && (scene.items.get(focus) || scene.items.get(focus + SELF));
  fit(rectOf(target || scene.top), 1.25);
  const opened = !target && state.focus && !autoOpened.has(state.focus) && scene.items.get(state.focus);
  if (opened && view.k < 0.85) {
    // Opened from the URL: readable, with the opened package in the middle.
    const box = svg.getBoundingClientRect(), r = rectOf(opened);
    view.k = 0.85;
    view.x = box.width / 2 - (r.x + r.w / 2) * view.k;
    view.y = Math.min(16, box.height / 2 - (r.y + r.h / 2) * view.k);
    applyView();
  }
  if (target || opened) showItem(target || opened);
}
window.addEventListener("hashchange", () => { boot(); });
window.addEventListener("resize", () => fit(rectOf(scene.top), 1.25));
showSummary();
boot();
"""#
}
