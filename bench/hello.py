"""The stack's ceiling for bench/http_benchmark.py: the least a WSGI app can do,
served by gunicorn with the same options as the site."""


def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "5")])
    return [b"hello"]
