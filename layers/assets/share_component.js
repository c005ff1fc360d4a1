// Wuhan Innovation Map, the app's share box: a Streamlit components-v2 module around wimShareBox
// (wim.js and link.js, prepended). The map component keeps the address bar's ?zone= in step with
// the selection and says so with a "wim-link" event; the box adds the language, basemap and
// layers that Python sends (data.params) and offers that link and its embed code.
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
}
