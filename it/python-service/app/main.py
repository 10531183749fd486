"""A tiny HTTP service on port 3000 (PORT overrides it)."""
import json
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from app.greeting import message


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"service": "python-service", "message": message()}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def main():
    port = int(os.environ.get("PORT", "3000"))
    ThreadingHTTPServer(("0.0.0.0", port), Handler).serve_forever()


if __name__ == "__main__":
    main()
