"""Benchmark polite fetching: many sources on many hosts, serial against concurrent.

Starts HOSTS local HTTP servers (127.0.0.1, one port each: distinct hosts to the fetcher),
each answering every request after LATENCY seconds and counting the connections open at
once. Fetches SOURCES pages spread evenly over them through `factcheck.sources.politeness`
(at most 2 connections per host, DELAY seconds between two request starts to one host):
first one after another, then concurrently, in the same run. Prints wall times against the
politeness lower bound — the time the busiest host needs when every request starts as soon
as the rules allow — and the most connections any server saw at once.

    python bench/bench_fetch.py [--sources 50] [--hosts 10] [--latency 0.2] [--delays 0,1]

robots.txt is off for the main rows (the servers have none; it would add one request per
host); the last row turns it on to show what it costs. All in this one process. Targets
(bench/targets.py): concurrent wall time within 1.5× the lower bound, and at least 5× faster
than serial. Exits 1 on a miss.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from measure import load, verdict
from targets import FETCH_OVER_BOUND, FETCH_SERIAL_OVER_CONCURRENT

from factcheck.sources.fetch import FetchedResponse, FetchPolicy
from factcheck.sources.politeness import Politeness, PoliteSession, fetch_all

PER_HOST = 2


class SlowServer:
    """Answers every GET after `latency` seconds; counts connections open at once."""

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.lock = threading.Lock()
        self.generation = 0
        """Bumped per run, so connections a previous run left closing are not counted."""
        self.open: dict[int, int] = {}
        self.most_open = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                with server.lock:
                    self.generation = server.generation
                    count = server.open.get(self.generation, 0) + 1
                    server.open[self.generation] = count
                    server.most_open = max(server.most_open, count)

            def finish(self) -> None:
                with server.lock:
                    server.open[self.generation] -= 1
                super().finish()

            def handle(self) -> None:
                try:
                    super().handle()
                except ConnectionError:
                    pass  # a client closing its idle keep-alive connection

            def do_GET(self) -> None:
                time.sleep(server.latency)
                robots = self.path == "/robots.txt"
                body = (
                    b"User-agent: *\nAllow: /\n"
                    if robots
                    else b"<html><body><p>A page of the benchmark.</p></body></html>"
                )
                self.send_response(200)
                self.send_header("Content-Type", "text/plain" if robots else "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    def reset(self) -> None:
        with self.lock:
            self.generation += 1
            self.most_open = 0

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def host_bound(requests: int, latency: float, delay: float, slots: int = PER_HOST) -> float:
    """Earliest finish of `requests` to one host: each starts when a slot is free and
    `delay` after the previous start."""
    starts: list[float] = []
    for i in range(requests):
        earliest = starts[-1] + delay if starts else 0.0
        if i >= slots:
            earliest = max(earliest, starts[i - slots] + latency)
        starts.append(earliest)
    return starts[-1] + latency if starts else 0.0


def run(
    servers: list[SlowServer], urls: list[str], delay: float, workers: int, robots: bool
) -> tuple[float, int, int, int]:
    """Wall time, URLs fetched, the most requests the client had in flight to one host, and
    the most connections one server saw open at once."""
    for server in servers:
        server.reset()
    politeness = Politeness(delay=delay, max_per_host=PER_HOST, obey_robots=robots)
    with PoliteSession(FetchPolicy(allow_private=True), politeness) as session:
        started = time.perf_counter()
        results = fetch_all(session, urls, workers=workers)
        elapsed = time.perf_counter() - started
        in_flight = max(session.throttle.most_in_flight.values())
    fetched = sum(isinstance(r, FetchedResponse) for r in results.values())
    return elapsed, fetched, in_flight, max(s.most_open for s in servers)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=50)
    parser.add_argument("--hosts", type=int, default=10)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--delays", default="0,1", help="comma-separated seconds")
    args = parser.parse_args()
    delays = [float(d) for d in args.delays.split(",")]

    servers = [SlowServer(args.latency) for _ in range(args.hosts)]
    urls = [f"{servers[n % args.hosts].base}/page/{n}.html" for n in range(args.sources)]
    per_host = -(-args.sources // args.hosts)
    everyone = PER_HOST * args.hosts
    print(
        f"{args.sources} sources on {args.hosts} hosts, {args.latency * 1000:.0f} ms per "
        f"response, at most {PER_HOST} connections per host"
    )
    print(
        f"{'mode':<24} {'delay':>6} {'workers':>8} {'wall':>8} {'bound':>8} "
        f"{'wall/bound':>10} {'in flight/host':>15} {'conns/host':>11}"
    )
    rows: list[tuple[str, float, int, bool, float]] = [
        ("serial", delays[0], 1, False, args.sources * args.latency),
    ]
    for delay in delays:
        bound = host_bound(per_host, args.latency, delay)
        rows.append(("concurrent", delay, everyone, False, bound))
        rows.append(("concurrent, 8 workers", delay, 8, False, bound))
    robots_bound = args.latency + host_bound(per_host, args.latency, delays[0])
    rows.append(("concurrent + robots.txt", delays[0], everyone, True, robots_bound))
    walls: list[float] = []
    try:
        for mode, delay, workers, robots, bound in rows:
            elapsed, fetched, in_flight, conns = run(servers, urls, delay, workers, robots)
            assert fetched == args.sources, f"only {fetched} of {args.sources} fetched"
            walls.append(elapsed)
            print(
                f"{mode:<24} {delay:>5.1f}s {workers:>8} {elapsed:>7.2f}s {bound:>7.2f}s "
                f"{elapsed / bound:>10.2f} {in_flight:>15} {conns:>11}"
            )
    finally:
        for server in servers:
            server.stop()
    print(
        "bound: serial = sources × latency; concurrent = the busiest host's earliest finish\n"
        "under the per-host rules (with 8 workers the thread pool, not politeness, limits).\n"
        "in flight/host: most requests the fetcher had open to one host (its throttle);\n"
        "conns/host: most connections one server saw open at once."
    )
    # rows[1] is the first concurrent run with every worker, at the first delay.
    over_bound = walls[1] / rows[1][4]
    speedup = walls[0] / walls[1]
    ok_bound = over_bound <= FETCH_OVER_BOUND
    ok_speedup = speedup >= FETCH_SERIAL_OVER_CONCURRENT
    print(
        f"concurrent wall / bound {over_bound:.2f} (target ≤ {FETCH_OVER_BOUND}) "
        f"{verdict(ok_bound)}; serial / concurrent {speedup:.1f}x (target ≥ "
        f"{FETCH_SERIAL_OVER_CONCURRENT:g}x) {verdict(ok_speedup)}"
    )
    print(load())
    return 0 if ok_bound and ok_speedup else 1


if __name__ == "__main__":
    sys.exit(main())
