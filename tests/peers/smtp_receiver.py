"""A real SMTP receiver for the e-mail tests (aiosmtpd): every mail it accepts is written to
OUTDIR as NNNNNN.eml (written to a temporary name, then renamed, so a reader never sees half a
mail). Usage: smtp_receiver.py PORT OUTDIR [CERT KEY [tls]]; with a certificate it requires
STARTTLS, or with "tls" speaks TLS from the first byte (SMTPS).
Runs until killed."""

import asyncio
import itertools
import os
import signal
import ssl
import sys

from aiosmtpd.controller import Controller


class Keep:
    def __init__(self, outdir):
        self.outdir = outdir
        existing = [int(n.split(".")[0]) for n in os.listdir(outdir) if n.endswith(".eml")]
        self.counter = itertools.count(max(existing, default=0) + 1)

    async def handle_DATA(self, server, session, envelope):
        n = next(self.counter)
        tmp = os.path.join(self.outdir, f".{n:06d}.tmp")
        with open(tmp, "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(tmp, os.path.join(self.outdir, f"{n:06d}.eml"))
        return "250 OK"


def main():
    port, outdir = int(sys.argv[1]), sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    tls = {}
    if len(sys.argv) > 4:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(sys.argv[3], sys.argv[4])
        if len(sys.argv) > 5 and sys.argv[5] == "tls":
            tls = {"ssl_context": ctx}
        else:
            tls = {"tls_context": ctx, "require_starttls": True}
    controller = Controller(Keep(outdir), hostname="127.0.0.1", port=port, auth_require_tls=False, data_size_limit=0, **tls)
    controller.start()
    print("ready", flush=True)
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    controller.stop()


if __name__ == "__main__":
    main()
