"""Reports in a real browser: headless Chromium, driven over the DevTools pipe.

Needs Debian's ``chromium`` package (``apt-get install chromium``). On a
developer machine without it the tests are skipped with that message; under
CI (``CI=true``) they fail instead, so that a CI which lost its browser
cannot pass without running them (``.ci/run`` installs the package).
Chromium runs with no network (every host name fails to resolve) and a fresh
profile under the test's tmp folder; the standard library speaks the DevTools
protocol over ``--remote-debugging-pipe`` (fd 3 in, fd 4 out, NUL-separated
JSON).

Checked on every page of the real report (each numbered notebook run on the
bundled articles plus articles carrying HTML payloads, and its landing page:
links, the findings' charts, the table files, Arabic right to left), and on
fixture reports with Arabic tables, KWIC lines and a failing cell: no console
error, uncaught exception or failed load, no dialog (an executed ``alert``
would open one), no request but file: and data: ones, Arabic blocks
computing to ``direction: rtl`` with their first letter to the right of their
last, code left to right, every image decoded, the embedded Arabic font
loaded. Screenshots are saved to ``reports/browser-test/`` (git-ignored,
replaced on each run).
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from q7x2lib import config, report

# the fixture corpora hold markup on purpose (payloads shown inert); the loader's warning about it is tested in test_corpus
pytestmark = [pytest.mark.browser, pytest.mark.filterwarnings("ignore:.*hold HTML markup")]

FIXTURES = Path(__file__).parent / "notebooks"
#: Where the screenshots go: inside reports/, which git ignores.
SHOTS = Path(__file__).parents[1] / "reports" / "browser-test"
IN_CI = os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--remote-debugging-pipe",
]
ARTICLES = {
    "a.txt": "بوتين يحذر <script>alert(1)</script>\n\n"
    "قال الرئيس الروسي فلاديمير بوتين <img src=x onerror=alert(1)> (Reuters, Interfax, TASS, RIA Novosti) إن العلاقات مع واشنطن صعبة.\n\n"
    "وأضاف أن الحوار بين البلدين ما زال ممكنا رغم الخلافات الكثيرة حول الأمن الأوروبي والأسلحة النووية والعقوبات.\n",
    "b.txt": "بايدن والكرملين\n\nأكد البيت الأبيض أن بايدن سيلتقي بوتين في جنيف.\n",
}

# Runs in the page: what the test asserts about layout, as JSON.
PROBE = r"""
(() => {
  const dir = el => getComputedStyle(el).direction;
  const order = el => {            // is the block's first letter right of its last?
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node; while ((node = walker.nextNode()) && !/[\u0621-\u064A]{3}/.test(node.data)) {}
    if (!node) return null;
    const text = node.data, first = text.search(/[\u0621-\u064A]/);
    let last = text.length - 1; while (!/[\u0621-\u064A]/.test(text[last])) last--;
    const rect = i => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                        return r.getBoundingClientRect(); };
    return rect(first).left > rect(last).left;
  };
  const q = s => [...document.querySelectorAll(s)];
  return JSON.stringify({
    arabic: q('[lang="ar"]').map(el => ({
      dir: dir(el), rightToLeft: order(el), cls: el.className,
      // a cell of mostly Latin letters (an English note, even one opening with an Arabic quotation) is laid out
      // left to right on purpose (display._ltr_text): measured apart, in ltrCells
      align: [...el.querySelectorAll('p, td:not(.q7x2-ltr), h1, h2, h3, li')].map(c => getComputedStyle(c).textAlign),
    })),
    ltrCells: q('td.q7x2-ltr > bdi').map(el => ({dir: dir(el), align: getComputedStyle(el.parentElement).textAlign})),
    code: q('.jp-InputArea-editor').map(dir),
    fonts: [...document.fonts].filter(f => f.family.includes('Noto Sans Arabic')).map(f => f.status),
    images: q('img').map(img => ({loaded: img.complete && img.naturalWidth > 0, width: img.naturalWidth})),
    banner: (document.querySelector('.q7x2-failure') || {}).textContent || null,
  });
})()
"""


class DevTools:
    """Just enough of the DevTools protocol: commands, events, one page session."""

    def __init__(self, profile: Path, log: Path) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire_fds() -> None:  # in the child: the pipe ends become fds 3 and 4
            # Move them out of the way first: os.pipe() may itself have returned 3 or 4.
            read_end = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            write_end = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self._log = open(log, "wb")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=self._log,
            preexec_fn=wire_fds, close_fds=False,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []
        self.session: str | None = None

    def send(self, method: str, params: dict | None = None, *, session: bool = True, timeout: float = 30) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        reply = self.wait(lambda m: m.get("id") == self._next_id, timeout)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def wait(self, wanted, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for message in self._messages():
                if wanted(message):
                    return message
                if message.get("method") == "Page.javascriptDialogOpening":  # it would block the page
                    raise AssertionError(f"a script ran in the page: {message['params'].get('message')!r}")
                if "method" in message:
                    self.events.append(message)
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"Chromium did not answer within {timeout:g} s")
            if select.select([self._from_browser], [], [], left)[0]:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self._buffer += chunk

    def _messages(self):
        while b"\0" in self._buffer:
            raw, self._buffer = self._buffer.split(b"\0", 1)
            yield json.loads(raw)

    def open_page(self, width: int, height: int) -> None:
        # the first command waits for Chromium to start: on a loaded machine that once took more than 30 s
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False, timeout=120)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def navigate(self, url: str) -> None:
        self.events.clear()
        self.send("Page.navigate", {"url": url})
        self.wait(lambda m: m.get("method") == "Page.loadEventFired")
        self.evaluate("document.fonts.ready.then(() => true)")
        self.evaluate("Promise.all([...document.images].map(i => i.decode().catch(() => null))).then(() => true)")

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", {"expression": expression, "awaitPromise": True, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def screenshot(self, path: Path, clip: dict | None = None) -> None:
        params = {"format": "png", "captureBeyondViewport": True}
        if clip:
            params["clip"] = {**clip, "scale": 1}
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", params)["data"]))

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions and requests off the local files."""
        found = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(f"exception: {params['exceptionDetails'].get('text')}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(f"log: {params['entry'].get('text')}")
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                found.append(f"failed load: {params.get('errorText')} ({params.get('type')})")
            elif method == "Network.requestWillBeSent":
                url = params["request"]["url"]
                if not url.startswith(("file:", "data:", "about:")):
                    found.append(f"request: {url[:100]}")
        return found

    def close(self) -> None:
        try:
            self.send("Browser.close", session=False, timeout=5)
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_browser, self._from_browser):
            os.close(fd)
        self._log.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if CHROMIUM is None:
        if IN_CI:
            pytest.fail(
                "CI=true but no `chromium` on PATH or at /usr/bin/chromium: the browser test of the reports must run "
                "in CI. .ci/run installs Debian's `chromium` package (apt-get install chromium); see its output.",
                pytrace=False,
            )
        pytest.skip("needs headless Chromium: install the Debian package `chromium` (apt-get install chromium)")
    tmp = tmp_path_factory.mktemp("chromium")
    devtools = DevTools(tmp / "profile", tmp / "chromium.log")
    try:
        devtools.open_page(1100, 900)
        yield devtools
    finally:
        devtools.close()


@pytest.fixture(scope="module")
def shots() -> Path:
    """The screenshot folder, emptied of an earlier run's pictures."""
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)
    return SHOTS


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    corpus = tmp / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    notebooks = [FIXTURES / "report_fixture.ipynb", FIXTURES / "failing_fixture.ipynb"]
    report.build_report(corpus, tmp / "out", notebooks, progress=False)
    return tmp / "out"


NOTEBOOK_PAGES = [f"{nb.stem}.html" for nb in report.numbered_notebooks()]


@pytest.fixture(scope="module")
def real_report(tmp_path_factory, browser):
    """Every numbered notebook on the bundled articles plus the payload ones, as `make report` builds it.

    Depends on ``browser`` so that it is not built when the browser tests are skipped.
    """
    tmp = tmp_path_factory.mktemp("real-report")
    corpus = tmp / "corpus"
    corpus.mkdir()
    for txt in sorted(config.BUNDLED_CORPUS.glob("*.txt")):
        shutil.copy(txt, corpus / txt.name)
    for name, text in ARTICLES.items():
        (corpus / f"zz_{name}").write_text(text, encoding="utf-8")
    results = report.build_report(corpus, tmp / "out", report.numbered_notebooks(), progress=False)
    failed = [f"{r.notebook.name}: {r.error}" for r in results if r.error]
    assert not failed, failed
    return tmp / "out"


def _shoot_page(browser: DevTools, folder: Path, stem: str) -> None:
    """The whole page, and the first Arabic block with some margin around it."""
    browser.screenshot(folder / f"{stem}.png")
    box = browser.evaluate(
        "(() => { const el = document.querySelector('[lang=\"ar\"]'); if (!el) return null;"
        " const r = el.getBoundingClientRect();"
        " return {x: 0, y: Math.max(0, r.top + scrollY - 40), width: innerWidth, height: Math.min(r.height + 80, 1500)}; })()"
    )
    if box:
        browser.screenshot(folder / f"{stem}-arabic.png", clip=box)
        assert (folder / f"{stem}-arabic.png").stat().st_size > 1000


def test_the_landing_page_links_every_notebook_shows_their_findings_and_reads_right_to_left(browser, real_report, shots) -> None:
    browser.navigate((real_report / "index.html").as_uri())
    probe = json.loads(browser.evaluate(PROBE))
    assert browser.problems() == []
    links = browser.evaluate("[...document.querySelectorAll('ol.toc li a')].map(a => a.getAttribute('href'))")
    assert links == NOTEBOOK_PAGES
    assert browser.evaluate("document.querySelectorAll('.failed').length") == 0
    corpus = browser.evaluate("document.querySelector('p.corpus').textContent")
    assert "7 articles;" in corpus and "words after cleaning" in corpus, corpus
    sections = browser.evaluate("[...document.querySelectorAll('section.notebook')].map(s => s.id)")
    assert sections == [Path(p).stem for p in NOTEBOOK_PAGES]
    charts = browser.evaluate("[...document.querySelectorAll('section.notebook .chart img')].map(i => i.closest('section').id)")
    assert {"00-corpus-overview", "30-stance"} <= set(charts), "the notebooks that mark findings show their chart"
    assert all(img["loaded"] for img in probe["images"]), probe["images"]
    arabic = probe["arabic"]  # here mostly charts: the fixture report's landing page shows Arabic text
    assert all(b["dir"] == "rtl" for b in arabic) and not [b for b in arabic if b["rightToLeft"] is False], arabic
    tables = browser.evaluate("[...document.querySelectorAll('#tables a')].map(a => a.getAttribute('href'))")
    assert "tables/30-stance-statements.csv" in tables, tables
    # a column's id stands under its Arabic name, as on the notebook pages ("outletالوسيلة" ran them together)
    ids = browser.evaluate("[...document.querySelectorAll('.finding-table th .q7x2-id')].map(s => getComputedStyle(s).display)")
    assert ids and set(ids) == {"block"}, ids
    browser.screenshot(shots / "real-index.png")


@pytest.mark.parametrize("page", NOTEBOOK_PAGES)
def test_every_report_page_reads_right_to_left_loads_its_images_and_logs_no_error(browser, real_report, shots, page) -> None:
    browser.navigate((real_report / page).as_uri())
    probe = json.loads(browser.evaluate(PROBE))
    assert browser.problems() == [], page
    assert probe["banner"] is None, probe["banner"]
    arabic = probe["arabic"]
    assert arabic, f"{page}: no block marked Arabic"
    wrong = [block for block in arabic if block["dir"] != "rtl" or block["rightToLeft"] is False]
    assert not wrong, f"{page}: Arabic blocks not laid out right to left: {wrong}"
    assert any(block["rightToLeft"] for block in arabic), f"{page}: no Arabic text found to measure"
    assert probe["fonts"] and set(probe["fonts"]) == {"loaded"}, f"{page}: the embedded Noto Sans Arabic did not load"
    assert set(probe["code"]) <= {"ltr"}, f"{page}: code laid out right to left"
    images = probe["images"]
    assert images, f"{page}: no chart"
    assert all(img["loaded"] for img in images), f"{page}: images that did not load: {images}"
    _shoot_page(browser, shots, f"real-{Path(page).stem}")


def test_index_opens_cleanly(browser, pages, shots) -> None:
    browser.navigate((pages / "index.html").as_uri())
    assert browser.problems() == []
    probe = json.loads(browser.evaluate(PROBE))
    assert browser.evaluate("document.querySelectorAll('ol.toc li a').length") == 2
    assert browser.evaluate("document.querySelectorAll('section.notebook .chart img').length") == 1
    assert all(img["loaded"] for img in probe["images"]), probe["images"]
    arabic = probe["arabic"]  # the printed article and the title: right to left, first letter rightmost
    assert len(arabic) >= 2 and all(b["dir"] == "rtl" and b["rightToLeft"] for b in arabic), arabic
    assert probe["fonts"] == ["loaded"], "the embedded Noto Sans Arabic did not load on the landing page"
    browser.screenshot(shots / "fixture-index.png")


def test_report_reads_right_to_left_and_runs_nothing(browser, pages, shots) -> None:
    browser.navigate((pages / "report_fixture.html").as_uri())
    probe = json.loads(browser.evaluate(PROBE))
    assert browser.problems() == []
    arabic = probe["arabic"]
    assert len(arabic) >= 4, arabic  # the Arabic markdown cell, two rtl_tables, the DataFrame
    assert all(block["dir"] == "rtl" for block in arabic), arabic
    assert all(block["rightToLeft"] for block in arabic), arabic
    aligned = {a for block in arabic for a in block["align"]}
    assert aligned and aligned <= {"right", "start"}, arabic
    # the KWIC cells around the agencies (Reuters, Interfax, TASS, RIA Novosti) hold more Latin letters than Arabic
    # (the article's markup, <img src=x onerror=alert(1)>, is out of text_clean): they read left to right, aligned
    # left, as an English note would
    assert probe["ltrCells"] and all(c == {"dir": "ltr", "align": "left"} for c in probe["ltrCells"]), probe["ltrCells"]
    assert probe["code"] and set(probe["code"]) == {"ltr"}
    assert probe["fonts"] == ["loaded"], "the embedded Noto Sans Arabic did not load"
    assert probe["banner"] is None
    browser.screenshot(shots / "fixture-report.png")
    box = browser.evaluate(
        "(() => { const r = document.querySelector('.q7x2-rtl').getBoundingClientRect();"
        " return {x: 0, y: r.top + scrollY - 160, width: innerWidth, height: r.height + 200}; })()"
    )
    browser.screenshot(shots / "fixture-arabic-table.png", clip=box)
    assert (shots / "fixture-arabic-table.png").stat().st_size > 1000


def test_failed_report_shows_its_banner_first(browser, pages, shots) -> None:
    browser.navigate((pages / "failing_fixture.html").as_uri())
    probe = json.loads(browser.evaluate(PROBE))
    assert browser.problems() == []
    assert "Code cell 5 (In [5]) failed with ValueError" in probe["banner"]
    assert browser.evaluate("document.querySelector('.q7x2-failure').getBoundingClientRect().top") < 100
    browser.screenshot(shots / "fixture-failed.png", clip={"x": 0, "y": 0, "width": 1100, "height": 500})


# Runs in the page: where two characters of one text node are drawn (their left edges), by the node's parent's id.
CHAR_LEFT = r"""
((id, a, b) => {
  const node = [...document.getElementById(id).childNodes].find(n => n.nodeType === 3 && n.data.includes(a));
  const left = ch => { const r = document.createRange(), i = node.data.indexOf(ch);
                       r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().left; };
  return [left(a), left(b)];
})
"""


def test_quotations_in_english_and_tables_of_one_shape_read_the_same_in_the_browser(browser, tmp_path) -> None:
    import pandas as pd

    from q7x2lib import display, report_html

    # an English note quoting a dateline: inside the quotation "|" ends the Arabic, so it is drawn left of موسكو
    prose = report_html.mark_arabic_blocks(
        '<div class="jp-RenderedMarkdown"><p>a dateline («موسكو – يورو عربي |»), subheadings and boilerplate</p></div>')
    prose = prose.replace('<bdi dir="rtl" lang="ar">', '<bdi id="quote" dir="rtl" lang="ar">', 1)
    note = pd.DataFrame({"doc_id": ["003"], "outlet_basis": ["inferred: the dateline «موسكو – يورو عربي |» names the site"]})
    codes = pd.DataFrame({"speaker_code": ["RUSGOV"], "label": ["رئيس اللجنة الدولية في مجلس الفيدرالية الروسي"], "n": [1]})
    countries = pd.DataFrame({"country": ["RUS"], "label": ["بايدن"], "n": [29]})
    tables = "".join(display.show_table(df, name)._repr_html_() for df, name in
                     ((note, "note"), (codes, "codes"), (countries, "countries")))
    page = tmp_path / "quotes.html"
    page.write_text(f'<!doctype html><html lang="en"><head><meta charset="utf-8">{report_html.page_style()}</head>'
                    f'<body class="jp-RenderedHTMLCommon">{prose}{tables}</body></html>', encoding="utf-8")
    browser.navigate(page.as_uri())
    bar, moscow = browser.evaluate(f"{CHAR_LEFT}('quote', '|', 'م')")
    assert bar < moscow, "the quotation's last character is drawn at its left end"
    # the note's table reads left to right, its sentence from the left; both speaker tables right to left
    directions = browser.evaluate("[...document.querySelectorAll('.q7x2-table table')].map(t => getComputedStyle(t).direction)")
    assert directions == ["ltr", "rtl", "rtl"], directions
    align = browser.evaluate("getComputedStyle(document.querySelector('bdi.q7x2-sentence')).textAlign")
    assert align == "left"
    assert browser.problems() == []
