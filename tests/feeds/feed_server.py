"""A real HTTP server on loopback that serves whatever a test puts in `routes`."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FILES = Path(__file__).parent / "files"


class Route:
    def __init__(
        self,
        body=b"",
        content_type="text/calendar",
        status=200,
        headers=None,
        delay=0,
        send_length=True,
    ):
        self.body, self.content_type, self.status = body, content_type, status
        self.headers, self.delay, self.send_length = headers or {}, delay, send_length


class FeedServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes, self.requests = {}, []

    @property
    def base(self):
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path):
        return self.base + path

    def serve(self, path, body=b"", **kwargs):
        self.routes[path] = Route(body, **kwargs)
        return self.url(path)

    def serve_file(self, path, name, **kwargs):
        return self.serve(path, (FILES / name).read_bytes(), **kwargs)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.server.requests.append((self.path, dict(self.headers)))
        route = self.server.routes.get(self.path) or self.server.routes.get(self.path.split("?")[0])
        if route is None:
            self.send_error(404)
            return
        time.sleep(route.delay)
        etag = route.headers.get("ETag")
        if etag and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        if route.send_length:
            self.send_header("Content-Length", str(len(route.body)))
        else:
            self.close_connection = True
        for name, value in route.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(route.body)

    def log_message(self, *args):
        pass


def start():
    server = FeedServer()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
