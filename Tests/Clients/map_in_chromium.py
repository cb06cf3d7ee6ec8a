#!/usr/bin/env python3
"""map_in_chromium.py PAGE LIBRARY_DIR LAYER.geojson SHOT.png

Opens one of the web maps in this folder (leaflet.html, maplibre.html) on a GeoJSON file in
headless Chromium, waits until the page has written its report into <pre id="report">, saves a
screenshot to SHOT.png and prints the report (one line of JSON; each page's header comment says
what it holds). LIBRARY_DIR holds the map library's .js and .css files (and images/, for
Leaflet); they are copied next to the page and the data, so nothing comes from the network.

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe), which needs
nothing outside Python's standard library. Waiting for the page's own report, rather than for a
fixed --virtual-time-budget, matters for MapLibre: its tiles are cut in web workers, which
virtual time does not wait for.

Exits 0 when the page wrote its report (the caller judges it), 1 when Chromium failed or the page
wrote nothing within the time limit, 64 on bad usage. CHROMIUM names another Chromium binary.
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

TIME_LIMIT = 90  # seconds for the page to report; a slow, shared CI machine takes a few


class DevTools:
    """The DevTools protocol over Chromium's pipe: NUL-terminated JSON messages on fds 3 and 4."""

    def __init__(self, browser, to_browser, from_browser):
        self.browser = browser
        self.writer = os.fdopen(to_browser, "wb")
        self.reader = os.fdopen(from_browser, "rb")
        self.next_id = 0
        self.pending = b""
        self.events = []

    def receive(self):
        while b"\0" not in self.pending:
            chunk = self.reader.read1(1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe (exit %s)" % self.browser.poll())
            self.pending += chunk
        message, self.pending = self.pending.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, session=None, **params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self.writer.write(json.dumps(message).encode() + b"\0")
        self.writer.flush()
        while True:
            reply = self.receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError("%s: %s" % (method, reply["error"].get("message")))
                return reply.get("result", {})
            self.events.append(reply)


def start_chromium(profile):
    to_browser_r, to_browser_w = os.pipe()
    from_browser_r, from_browser_w = os.pipe()

    # Chromium refuses to run as root without --no-sandbox. --allow-file-access-from-files lets
    # the page read the layer next to it with XMLHttpRequest; --enable-unsafe-swiftshader gives
    # WebGL (MapLibre) a software renderer on a machine without a GPU.
    arguments = [
        os.environ.get("CHROMIUM", "chromium"), "--headless", "--no-sandbox", "--no-first-run",
        "--disable-extensions", "--user-data-dir=" + profile, "--allow-file-access-from-files",
        "--enable-unsafe-swiftshader", "--hide-scrollbars", "--window-size=1000,750",
        "--remote-debugging-pipe", "about:blank",
    ]
    # Chromium keeps caches and crash folders under the XDG directories: the scratch folder too.
    environment = dict(os.environ, XDG_CONFIG_HOME=profile, XDG_CACHE_HOME=profile, XDG_DATA_HOME=profile)
    # Chromium reads the protocol on fd 3 and writes it on fd 4; a shell puts the pipes there
    # (by way of 8 and 9, in case the pipes already sit on 3 or 4 crosswise).
    wiring = 'exec 8<&%d 9>&%d; exec "$0" "$@" 3<&8 4>&9 8<&- 9>&-' % (to_browser_r, from_browser_w)
    browser = subprocess.Popen(["/bin/sh", "-c", wiring] + arguments, env=environment,
                               pass_fds=(to_browser_r, from_browser_w),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(to_browser_r)
    os.close(from_browser_w)
    return DevTools(browser, to_browser_w, from_browser_r)


def show(page_url, shot):
    scratch = os.path.dirname(page_url[len("file://"):].split("?")[0])
    tools = start_chromium(os.path.join(scratch, "profile"))
    try:
        targets = tools.call("Target.getTargets")["targetInfos"]
        page = next(t["targetId"] for t in targets if t["type"] == "page")
        session = tools.call("Target.attachToTarget", targetId=page, flatten=True)["sessionId"]
        tools.call("Emulation.setDeviceMetricsOverride", session,
                   width=1000, height=750, deviceScaleFactor=1, mobile=False)
        tools.call("Page.navigate", session, url=page_url)
        deadline = time.monotonic() + TIME_LIMIT
        report = ""
        while not report and time.monotonic() < deadline:
            time.sleep(0.1)
            result = tools.call("Runtime.evaluate", session, returnByValue=True,
                                expression='document.getElementById("report")?.textContent ?? ""')
            report = result.get("result", {}).get("value", "")
        if not report:
            sys.stderr.write("map_in_chromium.py: error: the page wrote no report in %d s\n" % TIME_LIMIT)
            return 1
        picture = tools.call("Page.captureScreenshot", session, format="png")["data"]
        with open(shot, "wb") as out:
            out.write(base64.b64decode(picture))
        print(report)
        return 0
    finally:
        try:
            tools.call("Browser.close")
        except (RuntimeError, OSError):
            pass
        try:
            tools.browser.wait(timeout=20)
        except subprocess.TimeoutExpired:
            tools.browser.kill()
            tools.browser.wait()


def main():
    if len(sys.argv) != 5:
        sys.stderr.write("usage: map_in_chromium.py PAGE LIBRARY_DIR LAYER.geojson SHOT.png\n")
        return 64
    page, library, layer, shot = sys.argv[1:]
    shot = os.path.abspath(shot)
    scratch = tempfile.mkdtemp(prefix="geomap-map-")
    try:
        shutil.copy(page, os.path.join(scratch, "index.html"))
        for name in os.listdir(library):
            if name.endswith((".js", ".css")):
                shutil.copy(os.path.join(library, name), scratch)
        if os.path.isdir(os.path.join(library, "images")):
            shutil.copytree(os.path.join(library, "images"), os.path.join(scratch, "images"))
        shutil.copy(layer, os.path.join(scratch, "layer.geojson"))
        return show("file://%s/index.html?data=layer.geojson" % scratch, shot)
    except (OSError, RuntimeError) as error:
        sys.stderr.write("map_in_chromium.py: error: %s\n" % error)
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
