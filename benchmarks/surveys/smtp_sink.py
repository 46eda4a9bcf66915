#!/usr/bin/env python3
"""A minimal SMTP sink on loopback for the survey benchmark and manual runs: accepts every
message, counts them, and (optionally) appends them to a file. Not a mail server."""
import socketserver
import sys
import threading

COUNT = 0
LOCK = threading.Lock()
OUT = None


class Handler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        global COUNT
        self.reply("220 sink ESMTP")
        data_mode = False
        lines = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if data_mode:
                if line == ".":
                    data_mode = False
                    with LOCK:
                        COUNT += 1
                        if OUT:
                            with open(OUT, "a", encoding="utf-8") as f:
                                f.write("\n".join(lines) + "\n----- END OF MESSAGE -----\n")
                        if COUNT % 1000 == 0:
                            print(COUNT, "messages", flush=True)
                    lines = []
                    self.reply("250 OK")
                else:
                    lines.append(line[1:] if line.startswith("..") else line)
                continue
            verb = line[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 sink")
            elif verb == "DATA":
                data_mode = True
                self.reply("354 go ahead")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 OK")


class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 2525
    OUT = sys.argv[2] if len(sys.argv) > 2 else None
    with Server(("127.0.0.1", port), Handler) as server:
        print("SMTP sink on 127.0.0.1:%d" % port, flush=True)
        server.serve_forever()
