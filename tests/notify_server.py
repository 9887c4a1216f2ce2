"""A local HTTP server that speaks GOV.UK Notify's v2 API, for tests (not a mock object).

It answers what the site uses, as Notify documents it
(docs.notifications.service.gov.uk/rest-api, alphagov/notifications-python-client
DOCUMENTATION.md): POST /v2/notifications/email and /sms (201 with the id,
reference, content and template), GET /v2/notifications/{id}, GET
/v2/notifications?reference=…, the JWT check (HS256 signed with the key's
secret, `iss` the service id, `iat` within 30 seconds), and the documented
errors, `{"errors": [{"error": …, "message": …}], "status_code": …}`:
403 AuthError, 400 ValidationError for a phone number that is not a UK mobile,
400 BadRequestError "Template not found" / "Missing personalisation", 404
NoResultFound, 429 RateLimitError.

Faults on demand: `stop()`/`start()` on the same port (down, then back),
`rate_limit_next` (429s), `drop_after_accept` (the message is accepted, then
the connection closes before the reply).
"""

import json
import os
import re
import signal
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import jwt

from tests.smtp_server import free_port

SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506"
SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0"
API_KEY = f"getconnected_test-{SERVICE_ID}-{SECRET}"
EMAIL_TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a"
SMS_TEMPLATE = "0e4b5a8c-5f6b-4ad5-bd31-3a1c3a5f3b11"
PLACEHOLDER = re.compile(r"\(\(([^)]+)\)\)")


def uk_mobile(number):
    """Notify's check of a UK mobile number; returns (normalised, error message)."""
    digits = re.sub(r"[\s()\-.]", "", number)
    if not re.fullmatch(r"\+?\d+", digits):
        return None, "Must not contain letters or symbols"
    digits = re.sub(r"^(\+44|0044|44)(?=7)", "0", digits)
    if not digits.startswith("07"):
        return None, "Not a UK mobile number"
    if len(digits) < 11:
        return None, "Not enough digits"
    if len(digits) > 11:
        return None, "Too many digits"
    return "+44" + digits[1:], None


class NotifyState:
    def __init__(self, file=None):
        self.templates = {
            EMAIL_TEMPLATE: {"type": "email", "subject": "((subject))", "body": "((body))"},
            SMS_TEMPLATE: {"type": "sms", "subject": None, "body": "((body))"},
        }
        self.notifications = {}  # id → stored notification
        self.rate_limit_next = 0
        self.drop_after_accept = 0
        self.lock = threading.Lock()
        # In its own process (the fault suite), each message taken is also a line of
        # this file: read back by the suite, and kept through a stop and start.
        self.file = file
        if file and os.path.exists(file):
            with open(file) as lines:
                for line in lines:
                    notification = json.loads(line)
                    self.notifications[notification["id"]] = notification

    def sent(self, kind=None):
        return [n for n in self.notifications.values() if kind in (None, n["type"])]


class Handler(BaseHTTPRequestHandler):
    server_version = "notify-test"

    def log_message(self, *args):  # quiet: the tests say what matters
        pass

    @property
    def state(self):
        return self.server.state

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def error(self, status, error, message):
        self.reply(
            status, {"errors": [{"error": error, "message": message}], "status_code": status}
        )

    def authorised(self):
        header = self.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            self.error(401, "AuthError", "Unauthorized: authentication token must be provided")
            return False
        token = header.removeprefix("Bearer ")
        try:
            claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_iat": False})
        except jwt.InvalidTokenError:
            self.error(403, "AuthError", "Invalid token: API key not found")
            return False
        if claims.get("iss") != SERVICE_ID:
            self.error(403, "AuthError", "Invalid token: service not found")
            return False
        if abs(time.time() - int(claims.get("iat", 0))) > 30:
            self.error(
                403, "AuthError", "Error: Your system clock must be accurate to within 30 seconds"
            )
            return False
        return True

    def rate_limited(self):
        with self.state.lock:
            if self.state.rate_limit_next <= 0:
                return False
            self.state.rate_limit_next -= 1
        self.error(
            429,
            "RateLimitError",
            "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds",
        )
        return True

    def do_POST(self):
        path = urlsplit(self.path).path
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        if not self.authorised() or self.rate_limited():
            return
        kind = {"/v2/notifications/email": "email", "/v2/notifications/sms": "sms"}.get(path)
        if kind is None:
            return self.error(404, "NoResultFound", "No result found")
        try:
            data = json.loads(raw)
        except ValueError:
            return self.error(400, "ValidationError", "Invalid JSON supplied in POST data")
        recipient_field = "email_address" if kind == "email" else "phone_number"
        recipient = data.get(recipient_field)
        if not isinstance(recipient, str) or not recipient:
            return self.error(400, "ValidationError", f"{recipient_field} is a required property")
        if kind == "sms":
            recipient, problem = uk_mobile(recipient)
            if problem:
                return self.error(400, "ValidationError", f"phone_number {problem}")
        elif not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", recipient):
            return self.error(400, "ValidationError", "email_address Not a valid email address")
        template = self.state.templates.get(data.get("template_id"))
        if template is None or template["type"] != kind:
            return self.error(400, "BadRequestError", "Template not found")
        personalisation = data.get("personalisation") or {}
        needed = PLACEHOLDER.findall((template["subject"] or "") + template["body"])
        missing = [name for name in needed if name not in personalisation]
        if missing:
            return self.error(
                400, "BadRequestError", f"Missing personalisation: {', '.join(missing)}"
            )

        def fill(text):
            return PLACEHOLDER.sub(lambda m: str(personalisation[m[1]]), text) if text else text

        notification = {
            "id": str(uuid.uuid4()),
            "reference": data.get("reference"),
            "type": kind,
            "status": "created",
            recipient_field: recipient,
            "template": {"id": data["template_id"], "version": 1, "uri": ""},
            "body": fill(template["body"]),
            "subject": fill(template["subject"]),
            "personalisation": personalisation,
            "created_at": time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime()),
        }
        with self.state.lock:
            self.state.notifications[notification["id"]] = notification
            if self.state.file:
                with open(self.state.file, "a") as out:
                    out.write(json.dumps(notification) + "\n")
            drop = self.state.drop_after_accept > 0
            self.state.drop_after_accept -= drop
        if drop:  # accepted, but the reply never arrives
            self.close_connection = True
            return
        content = {"body": notification["body"]}
        content.update(
            {
                "subject": notification["subject"],
                "from_email": "getconnected@notifications.service.gov.uk",
            }
            if kind == "email"
            else {"from_number": "GOVUK"}
        )
        self.reply(
            201,
            {
                "id": notification["id"],
                "reference": notification["reference"],
                "content": content,
                "uri": f"{self.server.base_url}/v2/notifications/{notification['id']}",
                "template": notification["template"],
                "scheduled_for": None,
            },
        )

    def do_GET(self):
        url = urlsplit(self.path)
        if not self.authorised() or self.rate_limited():
            return
        if url.path == "/v2/notifications":
            reference = parse_qs(url.query).get("reference", [None])[0]
            found = [
                public(n)
                for n in self.state.notifications.values()
                if reference is None or n["reference"] == reference
            ]
            return self.reply(200, {"notifications": found, "links": {"current": self.path}})
        found = re.fullmatch(r"/v2/notifications/([^/]+)", url.path)
        if not found:
            return self.error(404, "NoResultFound", "No result found")
        try:
            uuid.UUID(found[1])
        except ValueError:
            return self.error(400, "ValidationError", "notification_id is not a valid UUID")
        notification = self.state.notifications.get(found[1])
        if notification is None:
            return self.error(404, "NoResultFound", "No result found")
        self.reply(200, public(notification))


def public(notification):
    return {key: value for key, value in notification.items() if key != "personalisation"}


class NotifyServer:
    """Start, stop and start again on the same port; the messages it took are kept."""

    def __init__(self, port=None, file=None):
        self.port = port or free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.state = NotifyState(file)
        self.httpd = None

    def start(self):
        ThreadingHTTPServer.allow_reuse_address = True
        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.httpd.state, self.httpd.base_url = self.state, self.base_url
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self):
        if self.httpd:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None

    def settings(self):
        return {
            "MESSAGE_SENDER": "notify",
            "NOTIFY_API_KEY": API_KEY,
            "NOTIFY_BASE_URL": self.base_url,
            "NOTIFY_TEMPLATES": {"email": EMAIL_TEMPLATE, "sms": SMS_TEMPLATE},
            "NOTIFY_TIMEOUT": 3,
        }


def serve(port, file):
    """`python -m tests.notify_server PORT FILE`: the server in a process of its own."""
    server = NotifyServer(port, file)
    server.start()
    signal.signal(signal.SIGTERM, lambda *args: (server.stop(), os._exit(0)))
    while True:
        signal.pause()


if __name__ == "__main__":
    serve(int(sys.argv[1]), sys.argv[2])
