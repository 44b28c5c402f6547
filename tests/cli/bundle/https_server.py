#!/usr/bin/env python3
"""Test HTTPS server for `sync --url`: serves DIR over TLS with CERT/KEY on a free port (printed on stdout),
sends ETag "<size>", answers If-None-Match with 304, and stops after SECONDS.
Usage: https_server.py DIR CERT KEY SECONDS"""
import functools
import http.server
import os
import ssl
import sys
import threading

directory, cert, key, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])


class Handler(http.server.SimpleHTTPRequestHandler):
    def etag(self):
        path = self.translate_path(self.path)
        return '"%d"' % os.path.getsize(path) if os.path.isfile(path) else None

    def end_headers(self):
        if self.etag():
            self.send_header("ETag", self.etag())
        super().end_headers()

    def do_GET(self):
        if self.etag() and self.headers.get("If-None-Match") == self.etag():
            self.send_response(304)
            self.end_headers()
            return
        super().do_GET()

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=directory))
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
server.socket = context.wrap_socket(server.socket, server_side=True)
print(server.server_address[1], flush=True)
threading.Timer(seconds, server.shutdown).start()
server.serve_forever()
