/// The explorer page's style sheet, written for it (no framework).
enum ExplorerStyle {
    static let css = #"""
:root { --ink: #1f2933; --muted: #66788a; --line: #d5dde5; --panel: #f7f9fb; --red: #d0021b; --py: #3572a5; --sw: #f05138;
  --font: system-ui, "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; overflow: hidden; font: 13px/1.45 var(--font); color: var(--ink); background: #fff; }
body { display: grid; grid-template-columns: 330px 1fr; }
#side { border-right: 1px solid var(--line); background: var(--panel); overflow-y: auto; padding: 14px 16px 24px; }
#side header h1 { font-size: 15px; margin: 0; letter-spacing: .2px; }
#side header h1 span { color: var(--muted); font-weight: 400; }
#project { font-size: 18px; font-weight: 650; margin-top: 2px; word-break: break-all; }
#summary, .muted { color: var(--muted); font-size: 12px; }
#search { width: 100%; margin: 14px 0 4px; padding: 7px 10px; border: 1px solid #b8c4ce; border-radius: 6px; font: inherit; background: #fff; }
#results { list-style: none; margin: 0 0 6px; padding: 0; max-height: 240px; overflow-y: auto; }
#results li { padding: 3px 8px; cursor: pointer; border-radius: 4px; word-break: break-all; }
#results li:hover { background: #e3ebf3; }
#results li.external { color: var(--muted); }
.toggle { display: flex; gap: 6px; align-items: center; margin: 6px 0 10px; cursor: pointer; }
#side h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .6px; color: var(--muted); margin: 16px 0 6px; }
#contracts { list-style: none; margin: 0; padding: 0; }
.contract { display: flex; gap: 8px; align-items: baseline; padding: 5px 6px; border-radius: 5px; cursor: pointer; }
.contract:hover, .contract.active { background: #e3ebf3; }
.contract .verdict { font-size: 10px; font-weight: 700; padding: 1px 5px; border-radius: 3px; color: #fff; background: #2e7d32; flex: none; }
.contract.broken .verdict { background: var(--red); }
.contract .contract-name { flex: 1; }
.contract .count { color: var(--red); font-weight: 600; font-size: 12px; }
#details h2 { font-size: 14px; text-transform: none; letter-spacing: 0; color: var(--ink); word-break: break-all; margin-top: 18px; }
#details h3 { font-size: 12px; margin: 14px 0 4px; }
#details .broken-head { color: var(--red); }
#details code, .where { font: 11.5px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; word-break: break-all; }
.where { color: var(--muted); }
.path { display: block; margin-top: 4px; }
.violation { border-left: 3px solid var(--red); padding: 2px 0 2px 8px; margin: 8px 0; }
.rule { font-weight: 600; }
.chain { margin: 4px 0 6px; padding-left: 20px; }
.chain li.start code { color: var(--red); font-weight: 600; }
.imports { list-style: none; padding: 0; margin: 0; }
.imports li { padding: 2px 0; cursor: pointer; word-break: break-all; }
.imports li.broken { color: var(--red); }
.guidance { background: #fff4e5; border-radius: 5px; padding: 6px 8px; }
.warning { color: #8a5a00; font-size: 12px; margin: 4px 0; }
#stage { position: relative; overflow: hidden; display: flex; flex-direction: column; }
#bar { display: flex; justify-content: space-between; align-items: center; padding: 8px 14px; border-bottom: 1px solid var(--line); }
#canvas { flex: 1; min-height: 0; width: 100%; display: block; cursor: grab; user-select: none; background: #fff; }
#crumbs { display: flex; flex-wrap: wrap; gap: 2px; align-items: center; }
.crumb { border: 0; background: none; font: inherit; font-weight: 600; color: var(--py); cursor: pointer; padding: 2px 4px; }
.crumb:last-child { color: var(--ink); }
.sep { color: var(--muted); }
#tools { display: flex; gap: 4px; flex: none; }
#tools button { font: inherit; border: 1px solid #b8c4ce; background: #fff; border-radius: 5px; padding: 3px 9px; cursor: pointer; }
#legend { border-top: 1px solid var(--line); background: var(--panel); padding: 6px 14px; font-size: 11.5px; color: #3e4c59;
  display: flex; flex-wrap: wrap; gap: 4px 18px; }
#legend div { display: flex; align-items: center; gap: 6px; }
#legend svg { flex: none; }
.group-body { fill: #f5f8fb; stroke: #b9c6d2; }
.group .group-head { fill: #e6edf3; stroke: #b9c6d2; }
.group-header { cursor: pointer; }
.group-title { font: 600 13px var(--font); fill: var(--ink); }
.group-toggle { font: 700 15px var(--font); fill: var(--muted); }
.group.has-breaks > .group-body { stroke: #e8a0a8; }
.band rect { fill: #fffbe6; stroke: #ecdca0; stroke-dasharray: 3 3; }
.band text { font: 10.5px var(--font); fill: #94813a; }
.box { cursor: pointer; }
.box rect { fill: #fff; stroke: #8d9aa7; stroke-width: 1.2; }
.box .stripe { stroke: none; fill: var(--py); }
.box.lang-sw .stripe { fill: var(--sw); }
.box.collapsed > rect:first-child { fill: #eef3f8; stroke: #6f8191; stroke-width: 1.5; }
.box.external > rect:first-child { fill: #fafafa; stroke: #a0a8b0; stroke-dasharray: 4 3; }
.box.external .stripe { fill: #b0b8c0; }
.box.selected > rect:first-child { stroke: #1565c0; stroke-width: 2.5; }
.box.match > rect:first-child { fill: #fff59d; }
.box:hover > rect:first-child { stroke: #1565c0; }
.box-label { font: 600 13px var(--font); fill: var(--ink); }
.box-sub { font: 11px var(--font); fill: var(--muted); }
.box-plus { font: 700 14px var(--font); fill: #6f8191; }
.badge circle { fill: var(--red); }
.badge text { font: 700 11px var(--font); fill: #fff; }
.arrow { cursor: pointer; }
.arrow .hit { fill: none; stroke: transparent; stroke-width: 10; }
.arrow .line { fill: none; stroke: #8593a0; }
.arrow.back .line { stroke-dasharray: 6 4; }
.dense .arrow:not(.broken) .line { stroke-opacity: .45; }
.arrow.faded { opacity: .12; }
.arrow.broken .line { stroke: var(--red); }
.arrow.near .line { stroke: #1565c0; }
.arrow.broken.near .line { stroke: #a00015; }
.hovering .arrow:not(.near) { opacity: .25; }
.contract-focus .arrow:not(.picked) { opacity: .2; }
.arrow-label { font: 11px var(--font); fill: #52606d; paint-order: stroke; stroke: #fff; stroke-width: 3.5px; stroke-linejoin: round; }
.arrow.broken .arrow-label { fill: var(--red); font-weight: 600; }
"""#
}
