/// The explorer page's fixed markup: the side panel, the canvas with its arrowheads, the legend.
/// Nothing from the project goes in here; the script fills it from the embedded data.
enum ExplorerMarkup {
    static let body = #"""
<aside id="side">
<header><h1>archlint <span>explorer</span></h1><div id="project"></div><div id="summary"></div></header>
<input id="search" type="search" placeholder="Search modules…" autocomplete="off" spellcheck="false" aria-label="Search modules">
<ul id="results"></ul>
<label class="toggle"><input type="checkbox" id="externals"> Show external modules <span id="external-count" class="muted"></span></label>
<h2>Contracts</h2>
<ul id="contracts"></ul>
<section id="details"><p class="muted">Click a package to open it, a header to close it, an arrow to see its imports and the chains that break a contract.</p></section>
</aside>
<main id="stage">
<div id="bar"><nav id="crumbs" aria-label="Breadcrumb"></nav>
<div id="tools"><button id="zoom-in" title="Zoom in">+</button><button id="zoom-out" title="Zoom out">−</button><button id="fit" title="Fit to the window">Fit</button><button id="collapse" title="Back to the first view">Reset</button></div></div>
<svg id="canvas" role="img" aria-label="Import graph">
<defs>
<marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1 L10,5 L0,9 z" fill="#8593a0"/></marker>
<marker id="head-red" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1 L10,5 L0,9 z" fill="#d0021b"/></marker>
</defs>
<g id="viewport"></g>
</svg>
<div id="legend" aria-label="Legend">
<div><svg width="30" height="16"><rect x="1" y="1" width="28" height="14" rx="3" fill="#fff" stroke="#8d9aa7"/><rect x="1" y="3" width="3" height="10" fill="#3572a5"/></svg>Python module</div>
<div><svg width="30" height="16"><rect x="1" y="1" width="28" height="14" rx="3" fill="#fff" stroke="#8d9aa7"/><rect x="1" y="3" width="3" height="10" fill="#f05138"/></svg>Swift module</div>
<div><svg width="30" height="16"><rect x="1" y="1" width="28" height="14" rx="3" fill="#eef3f8" stroke="#6f8191" stroke-width="1.5"/><text x="22" y="12" font-size="11" font-weight="700" fill="#6f8191">+</text></svg>Package: click to open</div>
<div><svg width="30" height="16"><rect x="1" y="1" width="28" height="14" rx="3" fill="#fafafa" stroke="#a0a8b0" stroke-dasharray="4 3"/></svg>External (hidden by default)</div>
<div><svg width="30" height="16"><path d="M2,8 L24,8" stroke="#8593a0" stroke-width="1.5"/><path d="M22,4 L29,8 L22,12 z" fill="#8593a0"/></svg>Imports, with their count</div>
<div><svg width="30" height="16"><path d="M2,8 L24,8" stroke="#d0021b" stroke-width="2.5"/><path d="M22,4 L29,8 L22,12 z" fill="#d0021b"/></svg>Breaks a contract (first import of a chain)</div>
<div><svg width="30" height="16"><path d="M2,8 L24,8" stroke="#8593a0" stroke-width="1.5" stroke-dasharray="5 3"/><path d="M22,4 L29,8 L22,12 z" fill="#8593a0"/></svg>Upwards: closes a cycle or defies the layers</div>
<div><svg width="30" height="16"><rect x="1" y="1" width="28" height="14" rx="3" fill="#fffbe6" stroke="#ecdca0" stroke-dasharray="3 3"/></svg>A layer (highest on top)</div>
</div>
</main>
"""#
}
