// Wuhan Innovation Map, the app's share box: a Streamlit components-v2 module around wimShareBox
// (wim.js and link.js, prepended). The map component keeps the address bar's ?zone= in step with
// the selection and says so with a "wim-link" event; the box adds the language, basemap and
// layers that Python sends (data.params) and offers that link and its embed code; then the
// <iframe> for the downloaded HTML map (data.file_embed), as plain text: Streamlit's st.code
// loads a syntax highlighter that took 0.77 s of the page's main thread before the map drew.
export default function (component) {
  const { data, parentElement } = component;
  parentElement.wimParams = data.params;
  let box = parentElement.querySelector(".wim-share");
  if (!box) {
    box = wimShareBox(data.ui, () => {
      // The zone as the address bar has it; the rest as Python last sent it.
      return wimLinkHref(window.location.href, Object.assign({}, parentElement.wimParams), ["embed"]);
    });
    parentElement.appendChild(box);
    window.addEventListener("wim-link", () => box.wimRefresh());
  }
  box.wimRefresh();
  wimFileEmbed(parentElement, data.ui, data.file_embed || "");
}

// The downloaded HTML map's <iframe>, in a read-only field to copy from; its label follows the
// language on every rerun.
function wimFileEmbed(parentElement, ui, snippet) {
  let box = parentElement.querySelector(".wim-share-file");
  if (!box) {
    box = wimEl("div", "wim-share-file");
    const field = wimEl("textarea", "wim-share-file-embed");
    field.readOnly = true;
    field.rows = 3;
    field.id = "wim-share-file-embed";
    const label = wimEl("label", "wim-share-label");
    label.htmlFor = field.id;
    box.append(label, field);
    parentElement.appendChild(box);
  }
  box.querySelector("label").textContent = ui.embed_html;
  box.querySelector("textarea").value = snippet;
}
