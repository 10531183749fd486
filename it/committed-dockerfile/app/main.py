"""Answers every GET with one line."""
from http.server import BaseHTTPRequestHandler, HTTPServer

ANSWER = b'{"service": "committed-dockerfile"}'


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", str(len(ANSWER)))
        self.end_headers()
        self.wfile.write(ANSWER)


HTTPServer(("0.0.0.0", 3000), Handler).serve_forever()
