"""A real SMTP server (aiosmtpd): in the test process, to stop and start at will,
or in a process of its own (`python -m tests.smtp_server PORT FILE`), to freeze
with SIGSTOP as a hung mail server."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
from email import message_from_bytes, policy
from pathlib import Path

from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    def __init__(self):
        self.messages = []
        # Called with each message once it is in the inbox, before the sender hears so.
        self.on_message = None
        self.refused = set()  # addresses answered "550 no such user"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return f"550 5.1.1 <{address}>: Recipient address rejected"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        received = {
            "to": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "body": message.get_body(("plain",)).get_content(),
        }
        self.messages.append(received)
        if self.on_message:
            self.on_message(received)
        return "250 Message accepted for delivery"


class SMTPServer:
    def __init__(self):
        self.port = free_port()
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def settings(self):
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": self.port,
            "EMAIL_TIMEOUT": 5,
        }


class SMTPProcess:
    """A mail server in its own process: `hang()` freezes it as a stuck server
    would (connections are accepted by the kernel, nothing answers)."""

    def __init__(self, folder):
        self.port = free_port()
        self.file = Path(folder) / f"smtp-{self.port}.jsonl"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.smtp_server", str(self.port), str(self.file)],
            cwd=Path(__file__).resolve().parent.parent,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        raise RuntimeError("The SMTP server process did not start")

    def hang(self):
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        self.process.send_signal(signal.SIGCONT)

    def stop(self):
        if self.process is not None:
            self.resume()  # a stopped process is not ended by SIGTERM until it runs
            self.process.terminate()
            self.process.wait(timeout=20)
            self.process = None

    @property
    def messages(self):
        if not self.file.exists():
            return []
        return [json.loads(line) for line in self.file.read_text().splitlines() if line]

    def environment(self):
        return {"TEST_SMTP_PORT": str(self.port)}


def serve(port, file):
    inbox = Inbox()

    def write(message):
        with open(file, "a") as out:
            out.write(json.dumps(message) + "\n")

    inbox.on_message = write
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    signal.signal(signal.SIGTERM, lambda *args: (controller.stop(), os._exit(0)))
    while True:
        signal.pause()


if __name__ == "__main__":
    serve(int(sys.argv[1]), sys.argv[2])
