#!/usr/bin/env python3
"""Test HSDS 3.0 API for `import --hsds-api` and `bundle build --hsds-api`: serves the services of FIXTURE (a JSON
array of full service documents) over TLS with CERT/KEY on a free port of 127.0.0.1 (printed on stdout), in
several scenarios chosen by the first path segment (tests/data/import/hsds-3.0-api/README.md), and stops after
SECONDS.
Usage: hsds_api_server.py FIXTURE CERT KEY SECONDS"""
import http.server
import json
import ssl
import sys
import threading
import time
import urllib.parse

fixture, cert, key, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
with open(fixture, encoding="utf-8") as f:
    SERVICES = json.load(f)
PAGE_SIZE = 2
calls = {}  # (scenario, path) -> requests so far, for the flaky scenario
lock = threading.Lock()


def page_of(items, page, total_items=None):
    pages = max(1, -(-len(items) // PAGE_SIZE))
    contents = items[(page - 1) * PAGE_SIZE: page * PAGE_SIZE] if page >= 1 else []
    return {"total_items": len(items) if total_items is None else total_items, "total_pages": pages,
            "page_number": page, "size": len(contents), "first_page": page == 1, "last_page": page >= pages,
            "empty": not contents, "contents": contents}


def brief(service):
    return {k: v for k, v in service.items() if not isinstance(v, (dict, list))}


class Handler(http.server.BaseHTTPRequestHandler):
    def send(self, status, body, content_type="application/json", headers=()):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        parts = url.path.strip("/").split("/")
        scenario, rest = parts[0], parts[1:]
        page = int(urllib.parse.parse_qs(url.query).get("page", ["1"])[0])
        with lock:
            count = calls.get((scenario, self.path), 0) + 1
            calls[(scenario, self.path)] = count
        if scenario == "missing":
            return self.send(404, {"error": "not found"})
        if scenario == "notjson":
            return self.send(200, b"<html><body>Welcome to our website</body></html>", "text/html")
        if scenario == "slow":
            time.sleep(60)
            return self.send(200, page_of(SERVICES, page))
        if scenario == "huge":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(64 * 1024 * 1024))
            self.end_headers()
            self.wfile.write(b'{"contents": [' + b" " * 65536)
            return
        if scenario == "flaky" and count == 1 and page == 1:
            return self.send(500, {"error": "try again"})
        if scenario == "flaky" and count == 1 and page == 2:
            return self.send(429, {"error": "slow down"}, headers=[("Retry-After", "1")])
        if rest == ["services"]:
            if scenario == "liar":  # announces 100 services on 50 pages, has 5: page 4 is empty
                return self.send(200, page_of(SERVICES, page, total_items=100) | {"total_pages": 50, "last_page": False})
            if scenario == "repeat":
                return self.send(200, page_of(SERVICES, 1, total_items=100) | {"page_number": page})
            items = [brief(s) for s in SERVICES] if scenario == "brief" else SERVICES
            return self.send(200, page_of(items, page))
        if len(rest) == 2 and rest[0] == "services":
            found = [s for s in SERVICES if s["id"] == rest[1]]
            return self.send(200, found[0]) if found else self.send(404, {"error": "no such service"})
        return self.send(404, {"error": "no such endpoint"})

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
server.socket = context.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
threading.Timer(seconds, server.shutdown).start()
server.serve_forever()
