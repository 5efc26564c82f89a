extension ExplorerScript {
    /// The explorer's script, part 5: the side panel: contracts, verdicts, details and chains.
    static let panels = #"""
// The side panel: summary, contracts with their verdicts, and details of what is selected.
const details = document.getElementById("details");

function h(tag, className, text, parent) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  if (parent) parent.appendChild(e);
  return e;
}

function showSummary() {
  document.getElementById("project").textContent = DATA.title;
  const s = DATA.summary;
  document.getElementById("summary").textContent = plural(s.files, "file") + " · " + plural(s.modules, "module") + " · " +
    plural(s.imports, "import") + " · " + s.kept + " kept, " + s.broken + " broken";
  document.getElementById("external-count").textContent = "(" + externalTops.length + ")";
  const list = document.getElementById("contracts");
  if (!contracts.length) h("li", "muted", "No contracts in the configuration.", list);
  for (const c of contracts) {
    const li = h("li", "contract " + c.status, undefined, list);
    li.dataset.id = c.id;
    h("span", "verdict", c.status === "kept" ? "KEPT" : "BROKEN", li);
    h("span", "contract-name", c.name, li);
    if (c.status === "broken") h("span", "count", String(c.violations.length), li);
    li.title = c.id + " (" + c.type + ")";
    li.addEventListener("click", () => selectContract(c.id));
  }
}

function chainList(chains, parent) {
  for (const chain of chains) {
    const ol = h("ol", "chain", undefined, parent);
    chain.forEach((link, i) => {
      const li = h("li", i === 0 ? "start" : "", undefined, ol);
      h("code", "", link[3] + " → " + link[4], li);
      const spots = [];
      for (let k = 0; k < link[2].length; k += 2) spots.push(spot(link[2][k], link[2][k + 1]));
      h("div", "where", spots.join(", "), li);
    });
  }
}

function violationBlock(c, v, parent, chains) {
  const box = h("div", "violation", undefined, parent);
  const words = v.kind === "undeclaredModule" ? v.importer + " is in no layer of " + v.imported
    : v.importer + " must not import " + v.imported;
  h("div", "rule", words, box);
  if (v.note) h("div", "muted", v.note, box);
  chainList(chains || v.chains, box);
}

function showContract(c) {
  details.textContent = "";
  h("h2", "", c.name, details);
  h("div", "muted", c.id + " · " + c.type + " · " + c.status.toUpperCase() + (c.ignored ? " · " + plural(c.ignored, "ignored import") : ""), details);
  for (const w of c.warnings) h("div", "warning", w, details);
  if (c.guidance) h("p", "guidance", c.guidance, details);
  c.violations.slice(0, 60).forEach((v) => violationBlock(c, v, details));
  if (c.violations.length > 60) h("div", "muted", (c.violations.length - 60) + " more violations: see archlint check", details);
}

function showArrow(a) {
  details.textContent = "";
  h("h2", "", a.from.node.name + " → " + a.to.node.name, details);
  h("div", "muted", plural(a.count, "import statement") + " in " + plural(a.edges.length, "module import"), details);
  for (const [id, list] of [...a.breaks].sort()) {
    const c = contractById.get(id);
    const head = h("h3", "broken-head", "Breaks " + c.name, details);
    head.title = id;
    h("div", "muted", "The highlighted first import of each chain is the one to change.", details);
    const byViolation = new Map();
    for (const s of list) (byViolation.get(s.violation) || byViolation.set(s.violation, []).get(s.violation)).push(s.chain);
    for (const [v, chains] of byViolation) violationBlock(c, v, details, chains);
    if (c.guidance) h("p", "guidance", c.guidance, details);
  }
  h("h3", "", "Imports", details);
  const ul = h("ul", "imports", undefined, details);
  for (const e of a.edges.slice(0, 80)) {
    const li = h("li", "", undefined, ul);
    h("code", "", modules[e.from].name + " → " + modules[e.to].name, li);
    const spots = [];
    for (let k = 0; k < e.locs.length; k += 2) spots.push(spot(e.locs[k], e.locs[k + 1]));
    h("div", "where", spots.slice(0, 6).join(", ") + (spots.length > 6 ? " …" : ""), li);
  }
  if (a.edges.length > 80) h("li", "muted", (a.edges.length - 80) + " more", ul);
}

function showItem(item) {
  details.textContent = "";
  const node = item.node, m = node.module;
  h("h2", "", node.name, details);
  h("div", "muted", item.sub || subtitle(node, false), details);
  if (m && m.path) h("code", "path", m.path, details);
  const within = (i) => i === item || isAncestor(item, i);
  const arrows = [...scene.arrows.values()];
  const outgoing = arrows.filter((a) => within(a.from) && !within(a.to)).sort((p, q) => q.count - p.count);
  const incoming = arrows.filter((a) => within(a.to) && !within(a.from)).sort((p, q) => q.count - p.count);
  for (const [title, list, other] of [["Imports", outgoing, "to"], ["Imported by", incoming, "from"]]) {
    h("h3", "", title + " (" + list.length + ")", details);
    const ul = h("ul", "imports", undefined, details);
    for (const a of list.slice(0, 40)) {
      const ends = item.kind === "group" ? a.from.node.name + " → " + a.to.node.name : a[other].node.name;
      const li = h("li", a.breaks.size ? "broken" : "", ends + " · " + a.count, ul);
      li.addEventListener("click", () => { state.selected = a.key; showArrow(a); });
    }
  }
  for (const [id, list] of item.breaks) {
    h("h3", "broken-head", "Breaks " + contractById.get(id).name + " inside", details);
    chainList(list.map((s) => s.chain), details);
  }
}

function selectContract(id) {
  state.contract = state.contract === id ? null : id;
  markContract();
  if (state.contract) showContract(contractById.get(state.contract)); else details.textContent = "";
}

/// Brings the chosen contract's arrows forward and fades the rest.
function markContract() {
  document.querySelectorAll("#contracts li").forEach((li) => li.classList.toggle("active", li.dataset.id === state.contract));
  svg.classList.toggle("contract-focus", state.contract !== null);
  svg.querySelectorAll(".arrow.broken").forEach((a) => a.classList.toggle("picked", a.dataset.contract === state.contract));
}
"""#
}
