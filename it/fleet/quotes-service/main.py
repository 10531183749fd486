"""Quotes: answers every GET with a quote."""
from http.server import BaseHTTPRequestHandler, HTTPServer

QUOTE = b'{"service": "quotes-service", "quote": "Simplicity is prerequisite for reliability."}'


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", str(len(QUOTE)))
        self.end_headers()
        self.wfile.write(QUOTE)


HTTPServer(("0.0.0.0", 3000), Handler).serve_forever()
