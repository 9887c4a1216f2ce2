"""Search nodes that fail for real: our own node (bin/search-node) to stop and
hang, and a web server that is not a node at all."""

import contextlib
import os
import signal
import subprocess
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The node CI starts; without it the tests that need one are skipped.
SEARCH_NODE = os.environ.get("TEST_SEARCH_URL", "")
# A fixture's params for the database's own search, and the node where there is one.
DATABASE_AND_NODE = [
    "database",
    pytest.param(
        "search node", marks=pytest.mark.skipif(not SEARCH_NODE, reason="needs TEST_SEARCH_URL")
    ),
]


def node_backends(url, prefix):
    """WAGTAILSEARCH_BACKENDS as production has them with SEARCH_URL=url."""
    from django.conf import settings

    return {
        "default": {
            "BACKEND": "search.backends.opensearch",
            "URLS": [url],
            "INDEX_PREFIX": prefix,
            "TIMEOUT": 10,
            "FALLBACK": "database",
        },
        "database": settings.DATABASE_SEARCH_BACKEND,
    }


class ActivitiesOnNode:
    """The test database's activities on the test node, under an index prefix of
    their own: indexed when first asked for, and deleted by `close`."""

    def __init__(self, settings):
        self.settings, self.prefix, self._backend = settings, f"test_{uuid.uuid4().hex[:8]}_", None

    def backend(self):
        from wagtail.search.backends import get_search_backend

        from directory.models import ActivityPage
        from search.finder import index_activities

        if self._backend is None:
            self.settings.WAGTAILSEARCH_BACKENDS = node_backends(SEARCH_NODE, self.prefix)
            self._backend = get_search_backend()
            index = self._backend.get_index_for_model(ActivityPage)
            index.put()
            index.add_model(ActivityPage)
            index_activities(self._backend)
        # What was indexed since (the daily job, a save) is searched too.
        self._backend.get_index_for_model(ActivityPage).refresh()
        return self._backend

    def close(self):
        if self._backend is not None:
            self._backend.es.indices.delete(index=f"{self.prefix}*")


class SearchNode:
    """A node of our own on its own port, so stopping or hanging it troubles nobody."""

    def __init__(self, home, port):
        self.home, self.port = Path(home), port
        self.url = f"http://127.0.0.1:{port}"
        self.environment = {
            **os.environ,
            "SEARCH_NODE_HOME": str(self.home),
            "SEARCH_NODE_PORT": str(port),
        }

    def _script(self, command):
        subprocess.run(
            [ROOT / "bin" / "search-node", command],
            env=self.environment,
            check=True,
            capture_output=True,
            timeout=300,
        )

    @property
    def pid(self):
        pid_file = self.home / "search-node.pid"
        return int(pid_file.read_text()) if pid_file.exists() else None

    def start(self):
        self._script("start")
        if self.pid is None:
            raise RuntimeError(f"Port {self.port} answers with a node that is not ours.")

    def stop(self):
        """kill -TERM, as an operator or the system would, and wait until it is gone."""
        if self.pid:
            os.kill(self.pid, signal.SIGCONT)
            self._script("stop")

    @contextlib.contextmanager
    def hung(self):
        """The node stops answering (kill -STOP) until the block ends, however it ends."""
        os.kill(self.pid, signal.SIGSTOP)
        try:
            yield
        finally:
            os.kill(self.pid, signal.SIGCONT)


class NotANode:
    """A plain web server: every path answers 200 with a web page."""

    class Handler(BaseHTTPRequestHandler):
        def _answer(self):
            body = b"<!doctype html><title>Council intranet</title><p>Hello"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_POST = do_HEAD = do_PUT = _answer

        def log_message(self, *args):
            pass

    def __enter__(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self.Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def timed(call):
    started = time.monotonic()
    result = call()
    return result, time.monotonic() - started
