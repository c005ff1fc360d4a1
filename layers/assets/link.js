// Wuhan Innovation Map, sharing: the view as link parameters (?zone=&lang=&basemap=&layers=a,b,
// the spelling of layers/share.py), and the share box (copy link, embed code). Shared by the app
// (after wim.js) and the standalone page. Texts go into the page through value/textContent only.

const WIM_LINK_KEYS = ["zone", "lang", "basemap", "layers"];

// href with the view's keys set (a string, even ""), dropped (null) or kept (undefined), in link
// order; any other parameter (Streamlit's embed=true, say) follows them unless it is in drop.
function wimLinkHref(href, params, drop) {
  const url = new URL(href);
  const parts = [];
  WIM_LINK_KEYS.forEach((key) => {
    const value = params[key] === undefined ? url.searchParams.get(key) : params[key];
    if (value !== null) parts.push(key + "=" + encodeURIComponent(String(value)).replace(/%2C/gi, ","));
  });
  url.searchParams.forEach((value, key) => {
    if (!WIM_LINK_KEYS.includes(key) && !(drop || []).includes(key)) parts.push(encodeURIComponent(key) + "=" + encodeURIComponent(value));
  });
  url.search = parts.length ? "?" + parts.join("&") : "";
  return url.href;
}

// What a link asks for: {zone, lang, basemap, layers: [names] or null}; a key left out is null.
function wimReadLink(search) {
  const params = new URLSearchParams(search);
  const layers = params.get("layers");
  return {
    zone: params.get("zone") || null,
    lang: params.get("lang"),
    basemap: params.get("basemap"),
    layers: layers === null ? null : layers.split(",").map((s) => s.trim()).filter(Boolean),
  };
}

function wimAttr(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

// The <iframe> of layers/standalone.py iframe_snippet, for the app in Streamlit's embed mode.
function wimEmbedSnippet(link, height) {
  const url = new URL(wimLinkHref(link, {}, ["embed"]));
  const src = url.href + (url.search ? "&" : "?") + "embed=true";
  return '<iframe src="' + wimAttr(src) + '" width="100%" height="' + (height || 600) +
    '" style="border:0" loading="lazy" title="Wuhan Innovation Map"></iframe>';
}

// The share box: a copy-link button, the link in a text field (the clipboard may be refused)
// and the embed code. linkOf() gives the link of the view at the moment it is asked.
function wimShareBox(ui, linkOf) {
  const box = wimEl("div", "wim-share");
  const button = wimEl("button", "wim-share-copy", ui.copy_link);
  button.type = "button";
  const link = wimEl("input", "wim-share-link");
  link.readOnly = true;
  link.setAttribute("aria-label", ui.link);
  const embedLabel = wimEl("label", "wim-share-label", ui.embed);
  const embed = wimEl("textarea", "wim-share-embed");
  embed.readOnly = true;
  embed.rows = 3;
  embed.id = "wim-share-embed";
  embedLabel.htmlFor = embed.id;
  const status = wimEl("span", "wim-share-status");
  status.setAttribute("role", "status");
  const refresh = () => {
    link.value = linkOf();
    embed.value = wimEmbedSnippet(link.value);
  };
  button.addEventListener("click", () => {
    refresh();
    link.select();
    const done = () => { status.textContent = ui.copied; };
    const refused = () => { status.textContent = ui.copy_by_hand; };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(link.value).then(done, refused);
    else refused();
  });
  box.append(button, status, link, embedLabel, embed);
  box.wimRefresh = refresh;
  refresh();
  return box;
}
