#!/usr/bin/env python3
"""Save-to-reload latency of `dossier serve`: time from writing an article file to the
Server-Sent Event that tells open pages to reload. Prints every sample and the median.

    python3 Tests/Benchmarks/serve-latency.py DOSSIER_BINARY SITE_DIR [RUNS] [KIND]

KIND is "text" (default: a sentence with no quote, figure or date, like most edits),
"figure" (a sentence with a new figure, so the figures are compared again), "quote" (a new
quotation, so quotes are grouped again) or "date" (a new dated event, so the timeline is
merged again).
"""
import os, socket, statistics, subprocess, sys, threading, time, urllib.request

binary, site = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 10
kind = sys.argv[4] if len(sys.argv) > 4 else "text"
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
# DOSSIER_SERVE_LOG=FILE keeps the server's --verbose log (build stages of every rebuild).
log = os.environ.get("DOSSIER_SERVE_LOG")
server = subprocess.Popen([binary, "serve", "--source", site, "--port", str(port)] + (["--verbose"] if log else []),
                          stdout=subprocess.PIPE, stderr=open(log, "w") if log else subprocess.DEVNULL, text=True)
try:
    line = server.stdout.readline()
    assert line.startswith("Serving "), line
    base = line.split()[1]
    events = urllib.request.urlopen(base + "_dossier/events", timeout=120)
    arrived = []
    def read():
        for raw in events:
            if raw.startswith(b"event: reload"):
                arrived.append(time.perf_counter())
    threading.Thread(target=read, daemon=True).start()
    time.sleep(1)
    article = sorted(f for f in os.listdir(os.path.join(site, "content/articles")) if f.endswith(".md"))[0]
    path = os.path.join(site, "content/articles", article)
    samples = []
    for run in range(runs):
        seen = len(arrived)
        start = time.perf_counter()
        with open(path, "a", encoding="utf-8") as f:
            if kind == "figure":
                f.write(f"\nThe deal is worth ${run + 1}.{run + 1} billion, an official said.\n")
            elif kind == "quote":
                f.write(f"\n\"We will take delivery of battery number {run + 1} before the monsoon,\" the defence minister said.\n")
            elif kind == "date":
                f.write(f"\nThe second contract was signed on {run + 1} March 2019.\n")
            else:
                f.write(f"\nEdit {run}.\n")
        deadline = start + 30
        while len(arrived) == seen and time.perf_counter() < deadline:
            time.sleep(0.001)
        if len(arrived) == seen:
            print(f"run {run}: no reload within 30 s")
            continue
        samples.append((arrived[seen] - start) * 1000)
        print(f"run {run}: {samples[-1]:.0f} ms")
        time.sleep(0.5)
    if samples:
        print(f"median save-to-reload ({kind} edits): {statistics.median(samples):.0f} ms over {len(samples)} edits "
              f"(min {min(samples):.0f}, max {max(samples):.0f})")
finally:
    server.terminate()
    server.wait(timeout=10)
