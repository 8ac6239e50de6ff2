// The brief page: pages and findings arrive over server-sent events (/events/KEY). The first
// event brings every page, later ones only the pages that changed, and the glyph outlines the
// page lacks. Pages are replaced in place, so the reader's scroll position stays where it was.
// Each page sits in a frame of its own size that the browser skips while it is out of view
// (content-visibility): a save redraws the pages the editor sees, not all of them, and the
// others are drawn when scrolled to. That halved the time from an update to the page painted
// (style and layout of thousands of glyph references per page were most of it).
(() => {
  'use strict';
  const body = document.body;
  const pages = document.getElementById('pages');
  const defs = document.querySelector('#glyphs defs');
  const banner = document.getElementById('banner');
  const findings = document.getElementById('findings');
  const source = document.getElementById('source');
  const zoomSelect = document.getElementById('zoom');
  const zooms = [...zoomSelect.options].map(o => Number(o.value));

  // Zoom: one factor on every page (CSS --zoom); the point at the top of the view stays there.
  function setZoom(z) {
    const ratio = pages.scrollTop / Math.max(1, pages.scrollHeight);
    pages.style.setProperty('--zoom', String(z));
    zoomSelect.value = String(z);
    pages.scrollTop = ratio * pages.scrollHeight;
    try { localStorage.setItem('brief-zoom', String(z)); } catch { /* private mode */ }
  }
  zoomSelect.addEventListener('change', () => setZoom(Number(zoomSelect.value)));
  for (const button of document.querySelectorAll('[data-zoom]')) {
    button.addEventListener('click', () => {
      const at = zooms.indexOf(Number(zoomSelect.value));
      setZoom(zooms[Math.min(zooms.length - 1, Math.max(0, at + Number(button.dataset.zoom)))]);
    });
  }
  let saved = null;
  try { saved = Number(localStorage.getItem('brief-zoom')); } catch { /* private mode */ }
  setZoom(zooms.includes(saved) ? saved : 1);

  function located(f) { return f.line > 0 ? `${f.file}:${f.line}` : f.file; }

  function showBanner(b) {
    banner.hidden = !b;
    banner.textContent = b ? `${located(b)}: ${b.message}` : '';
    body.classList.toggle('broken', !!b);
  }

  function showFindings(list) {
    findings.replaceChildren(...list.map(f => {
      const li = document.createElement('li');
      li.setAttribute('data-testid', 'finding');
      li.className = f.severity;
      li.dataset.file = f.file;
      li.dataset.at = String(f.line);
      const where = document.createElement('span');
      where.className = 'where';
      where.textContent = located(f);
      const what = document.createElement('span');
      what.textContent = ` ${f.check} ${f.severity}[${f.code}] ${f.message}`;
      li.append(where, what);
      if (f.hint) li.title = f.hint;
      li.addEventListener('click', () => reveal(f.file, f.line));
      return li;
    }));
  }

  // The paragraph a line of the source belongs to: the last one starting at or before it.
  function reveal(file, line) {
    const blocks = [...pages.querySelectorAll('g[data-line]')].filter(g => g.dataset.file === file);
    if (!blocks.length) return;
    const before = blocks.filter(g => Number(g.dataset.line) <= line);
    const best = before.length ? before.reduce((a, g) => Number(g.dataset.line) > Number(a.dataset.line) ? g : a) : blocks[0];
    const same = blocks.filter(g => g.dataset.line === best.dataset.line);
    same[0].scrollIntoView({ block: 'center' });
    for (const g of same) {
      g.classList.add('flash');
      setTimeout(() => g.classList.remove('flash'), 1500);
    }
    showSource(file, Number(best.dataset.line));
  }

  function showSource(file, line) {
    source.textContent = `${file}:${line}`;
    source.dataset.file = file;
    source.dataset.line = String(line);
  }

  // Click on a paragraph: its file and line, and the editor there when --editor was given.
  pages.addEventListener('click', e => {
    if (String(window.getSelection())) return; // selecting text, not pointing at a line
    const g = e.target.closest('[data-line]');
    if (!g) return;
    const file = g.dataset.file, line = Number(g.dataset.line);
    showSource(file, line);
    const path = file.startsWith('/') ? file : `${body.dataset.cwd}/${file}`;
    if (body.dataset.editorUrl) {
      window.location.href = body.dataset.editorUrl.replaceAll('{path}', path).replaceAll('{line}', String(line));
    } else if (body.dataset.editor) {
      fetch('/api/open', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ file, line }) });
    }
  });

  function apply(update) {
    // When the update arrived: the benchmark parts save -> painted into server and browser.
    window.briefReceived = { version: update.version, at: performance.timeOrigin + performance.now() };
    if (update.glyphs) defs.insertAdjacentHTML('beforeend', update.glyphs);
    const top = pages.scrollTop;
    for (const patch of update.pages) {
      const t = document.createElement('template');
      t.innerHTML = patch.svg;
      const page = t.content.firstElementChild;
      const frame = pages.children[patch.index] ?? pages.appendChild(document.createElement('div'));
      frame.className = 'frame';
      // The page's size in points, for the frame to hold while the browser skips drawing it.
      const box = page.viewBox.baseVal;
      frame.style.setProperty('--w', `${box.width}pt`);
      frame.style.setProperty('--h', `${box.height}pt`);
      frame.replaceChildren(page);
    }
    while (pages.children.length > update.pageCount) pages.lastElementChild.remove();
    pages.scrollTop = top;
    showBanner(update.banner);
    showFindings(update.findings);
    body.dataset.version = String(update.version);
    // Painted: the frame after next has the new pages on screen (what the benchmark times).
    requestAnimationFrame(() => requestAnimationFrame(() => {
      body.dataset.painted = String(update.version);
      window.briefPainted = { version: update.version, at: performance.timeOrigin + performance.now() };
    }));
  }

  const events = new EventSource(`/events/${body.dataset.key}`);
  // A new stream (the first, or after the server restarted) sends every page and glyph again.
  events.addEventListener('open', () => defs.replaceChildren());
  events.addEventListener('message', e => apply(JSON.parse(e.data)));
})();
