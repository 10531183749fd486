"""A service whose one dependency is a C extension linked to libpq: the image must carry libpq, not its headers."""
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import psycopg2


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        headers = "yes" if os.path.exists("/usr/include/postgresql/libpq-fe.h") else "no"
        body = f"psycopg2 {psycopg2.__version__.split()[0]} on libpq {psycopg2.__libpq_version__}, headers: {headers}\n"
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body.encode())


ThreadingHTTPServer(("0.0.0.0", int(os.environ.get("PORT", "3000"))), Handler).serve_forever()
