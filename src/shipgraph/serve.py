"""`shipgraph serve`: the Oxigraph server over the store, behind a small front that caps the
size of answers.

The Oxigraph server (the `oxigraph` package) does the SPARQL work: the Protocol, the query
timeout, read-only mode, its query page. It listens on a private loopback port; the front
listens where users connect, passes every request through and reads each query's answer as
it streams back: past the row limit it stops reading (the server then stops computing), and
the client gets the first rows with a notice, in the format it asked for. One thread per
client, so a long query does not hold up the others."""

from __future__ import annotations

import http.client
import json
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from typing import Any

import pyoxigraph as ox

from .errors import StoreError

TRUNCATED_HEADER = "Shipgraph-Truncated"
_UPSTREAM_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "server", "date"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _term_json(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _term_json(term.subject),
                                            "predicate": _term_json(term.predicate),
                                            "object": _term_json(term.object)}}
    out: dict[str, Any] = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def solutions_json(variables: list[str], rows: list[ox.QuerySolution], limit: int | None) -> bytes:
    """SPARQL 1.1 JSON results; a cut answer names the limit in the head's links."""
    head: dict[str, Any] = {"vars": variables}
    if limit is not None:
        head["link"] = [f"urn:shipgraph:truncated:{limit}"]
    bindings = [{v: _term_json(row[v]) for v in variables if row[v] is not None} for row in rows]
    return json.dumps({"head": head, "results": {"bindings": bindings}},
                      ensure_ascii=False).encode("utf-8")


def _wanted(accept: str, fallback: Any, parse: Any) -> Any:
    for part in accept.split(","):
        media = part.split(";")[0].strip()
        if media and media != "*/*":
            found = parse(media)
            if found is not None:
                return found
    return fallback


class Front(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], upstream: tuple[str, int], limit: int,
                 timeout: int) -> None:
        super().__init__(address, Handler)
        self.upstream = upstream
        self.limit = limit
        self.upstream_timeout = timeout + 30


class Handler(BaseHTTPRequestHandler):
    server: Front
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        return None

    def do_GET(self) -> None:
        self._forward()

    def do_POST(self) -> None:
        self._forward()

    def do_PUT(self) -> None:
        self._forward()

    def do_DELETE(self) -> None:
        self._forward()

    def do_HEAD(self) -> None:
        self._forward()

    def _forward(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        path = urllib.parse.urlsplit(self.path).path
        is_query = path.rstrip("/") in ("/query", "") and self._has_query(body)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP | {"host"}}
        accept = self.headers.get("Accept", "")
        if is_query:
            headers = {k: v for k, v in headers.items() if k.lower() != "accept"}
            headers["Accept"] = _UPSTREAM_ACCEPT
        conn = http.client.HTTPConnection(*self.server.upstream,
                                          timeout=self.server.upstream_timeout)
        try:
            conn.request(self.command, self.path, body=body, headers=headers)
            resp = conn.getresponse()
            ctype = resp.getheader("Content-Type", "")
            if is_query and resp.status == 200 and ("sparql-results" in ctype
                                                    or "n-triples" in ctype):
                self._answer_capped(resp, ctype, accept)
            else:
                self._relay(resp.status, resp.getheaders(), resp.read())
        except (SyntaxError, ValueError) as exc:
            # the server stopped the answer part-way (the timeout) or sent something unreadable
            self._relay(500, [("Content-Type", "text/plain")],
                        f"the query was stopped or its answer was unreadable: {exc}\n".encode())
        except (OSError, http.client.HTTPException) as exc:
            self._relay(502, [("Content-Type", "text/plain")],
                        f"the SPARQL server did not answer: {exc}\n".encode())
        finally:
            conn.close()

    def _has_query(self, body: bytes | None) -> bool:
        query = urllib.parse.urlsplit(self.path).query
        if "query=" in query:
            return True
        ctype = self.headers.get("Content-Type", "")
        if "sparql-query" in ctype:
            return True
        return bool(body) and "x-www-form-urlencoded" in ctype and "query" in \
            urllib.parse.parse_qs(body.decode("utf-8", "replace"))  # type: ignore[union-attr]

    def _answer_capped(self, resp: http.client.HTTPResponse, ctype: str, accept: str) -> None:
        limit = self.server.limit
        if "n-triples" in ctype:
            triples = list(islice(ox.parse(resp, format=ox.RdfFormat.N_TRIPLES), limit + 1))
            cut = len(triples) > limit
            fmt = _wanted(accept, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.from_media_type)
            if fmt.supports_datasets:
                fmt = ox.RdfFormat.N_TRIPLES
            data = ox.serialize(triples[:limit], format=fmt)
            media = fmt.media_type
        else:
            result = ox.parse_query_results(resp, format=ox.QueryResultsFormat.JSON)
            fmt = _wanted(accept, ox.QueryResultsFormat.JSON,
                          ox.QueryResultsFormat.from_media_type)
            if isinstance(result, ox.QueryBoolean):
                cut = False
                data = result.serialize(format=fmt)
            else:
                variables = [v.value for v in result.variables]
                rows = list(islice(result, limit + 1))
                cut = len(rows) > limit
                raw = solutions_json(variables, rows[:limit], limit if cut else None)
                data = raw if fmt == ox.QueryResultsFormat.JSON else \
                    ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON).serialize(
                        format=fmt)
            media = fmt.media_type
        headers = [("Content-Type", media)]
        if cut:
            headers += [(TRUNCATED_HEADER, str(limit)),
                        ("Warning", f'199 shipgraph "answer cut at {limit} results"')]
        self._relay(200, headers, data or b"")

    def _relay(self, status: int, headers: list[tuple[str, str]], data: bytes) -> None:
        self.send_response(status)
        for k, v in headers:
            if k.lower() not in _HOP:
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def start_oxigraph(executable: str, store_dir: str, timeout: int, allow_update: bool
                   ) -> tuple[subprocess.Popen[bytes], int]:
    """The Oxigraph server on a private loopback port; waits until it answers."""
    port = free_port()
    command = [executable, "serve" if allow_update else "serve-read-only", "--location",
               store_dir, "--bind", f"127.0.0.1:{port}", "--union-default-graph",
               "--timeout-s", str(timeout)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for _ in range(300):
        if proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
            last = (err.strip().splitlines() or ["no message"])[-1]
            raise StoreError(f"the SPARQL server did not start ({last}); is the store open in "
                             "another process?")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc, port
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise StoreError("the SPARQL server did not start within 15 s")


def serve(executable: str, store_dir: str, host: str, port: int, timeout: int,
          allow_update: bool, limit: int) -> None:
    """Run until interrupted (Ctrl-C or SIGTERM); the Oxigraph server stops with the front."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    proc, inner = start_oxigraph(executable, store_dir, timeout, allow_update)
    try:
        try:
            front = Front((host, port), ("127.0.0.1", inner), limit, timeout)
        except OSError as exc:
            raise StoreError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from exc
        with front:
            front.serve_forever()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
