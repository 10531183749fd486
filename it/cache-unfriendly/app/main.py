"""Answers on port 3000; the checks fail before they run it."""
from http.server import BaseHTTPRequestHandler, HTTPServer

from app.greeting import message


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = message().encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


HTTPServer(("0.0.0.0", 3000), Handler).serve_forever()
