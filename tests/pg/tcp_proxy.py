#!/usr/bin/env python3
"""A loopback TCP proxy between Antre and a test PostgreSQL server, for the network fault tests.

    tcp_proxy.py UPSTREAM_PORT [UPSTREAM_HOST]

Listens on 127.0.0.1 at a free port and prints "listening PORT" on stdout when ready. It is steered by
lines on stdin; each command is answered by one line on stdout, "ok ..." or "error ...":

    forward        pass bytes both ways (the start); connections held by a blackhole go on where they
                   stopped, and connections accepted during it are connected to the server now
    refuse         new connections are read up to their startup message, then reset (RST)
    blackhole      nothing is forwarded any more, either way, and nothing is closed: open connections
                   freeze, new ones are accepted and never answered (only the client's timeouts notice)
    reset          resets (RST) every connection open now, whatever the mode
    drop-commit    the next COMMIT a client sends (a simple Query 'Q' with a COMMIT statement: first, or
                   after a ';' as in "NOTIFY antre_changes; COMMIT") reaches the
                   server, but the connection is reset as the server's answer arrives: the transaction
                   is committed and the client does not know
    stats          "ok open=N frozen=N pending=NAMES seen=NAMES": pending names (by application_name)
                   the frozen connections whose client sent something that was not forwarded; seen the
                   connections accepted since the last stats, in order
    quit           stops

Events are printed as they happen: "commit-dropped APP" once the dropped COMMIT was answered by the server,
"abandoned APP" when a client closes a connection that the blackhole never answered (its connect_timeout).

A proxy in user space cannot make a path silent for the client's TCP: its own kernel acknowledges every
segment and keep-alive probe. What the blackhole shows is what the programs do while their server is
silent: a connection attempt ends at libpq's connect_timeout, and a short outage is ridden out. The end of a
long one, when the client's keep-alives give up, is played by "reset" (see docs/TESTING.md).

The client must connect without TLS (sslmode=disable, gssencmode=disable): the COMMIT is read from the
stream. Python 3 standard library only.
"""

import os
import re
import selectors
import socket
import struct
import sys

# A COMMIT statement in a simple query: the whole text, or one of its statements ("NOTIFY x; COMMIT"); not
# the COMMITTED of "BEGIN ISOLATION LEVEL READ COMMITTED".
COMMIT_STATEMENT = re.compile(rb"(?:^|;)\s*COMMIT\b", re.IGNORECASE)

SSL_REQUEST = 80877103
GSS_REQUEST = 80877104
CANCEL_REQUEST = 80877102


def say(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def log(line):
    """With ANTRE_PROXY_LOG set, what happens to each connection goes to stderr."""
    if os.environ.get("ANTRE_PROXY_LOG"):
        sys.stderr.write("tcp_proxy: " + line + "\n")
        sys.stderr.flush()


def hard_close(sock):
    """Closes with RST (SO_LINGER 0), as a dropped path or a killed peer looks to the other side."""
    if sock is None:
        return
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


class ClientStream:
    """Reads the client's side of the protocol: the startup packet(s), then typed messages."""

    def __init__(self):
        self.buffer = b""
        self.startup = True
        self.opaque = False  # TLS was accepted: nothing more can be read
        self.app = "?"

    def feed(self, data):
        """Returns True when the data holds a COMMIT query (the whole message may span reads)."""
        if self.opaque:
            return False
        self.buffer += data
        commit = False
        while True:
            if self.startup:
                if len(self.buffer) < 8:
                    break
                (length,) = struct.unpack("!i", self.buffer[:4])
                if len(self.buffer) < length:
                    break
                (code,) = struct.unpack("!i", self.buffer[4:8])
                body = self.buffer[8:length]
                self.buffer = self.buffer[length:]
                if code in (SSL_REQUEST, GSS_REQUEST, CANCEL_REQUEST):
                    continue
                fields = body.split(b"\0")
                for key, value in zip(fields[0::2], fields[1::2]):
                    if key == b"application_name":
                        self.app = value.decode("utf-8", "replace")
                self.startup = False
                continue
            if len(self.buffer) < 5:
                break
            kind = self.buffer[:1]
            (length,) = struct.unpack("!i", self.buffer[1:5])
            if len(self.buffer) < 1 + length:
                break
            body = self.buffer[5 : 1 + length]
            self.buffer = self.buffer[1 + length :]
            if kind == b"Q" and COMMIT_STATEMENT.search(body):
                commit = True
        return commit

    def startup_read(self):
        return not self.startup


class Connection:
    def __init__(self, proxy, client):
        self.proxy = proxy
        self.client = client
        self.server = None
        self.stream = ClientStream()
        self.to_server = b""  # held while frozen or not yet connected
        self.to_client = b""
        self.frozen = False
        self.pending = False  # a frozen client sent something
        self.awaiting_commit_answer = False
        self.closed = False

    def connect_upstream(self):
        self.server = socket.create_connection((self.proxy.upstream_host, self.proxy.upstream_port))
        self.server.setblocking(False)
        self.proxy.selector.register(self.server, selectors.EVENT_READ, (self, "server"))

    def close(self, rst=True):
        if self.closed:
            return
        log("close %s %s%s" % (self.stream.app, "rst" if rst else "fin", " frozen" if self.frozen else ""))
        self.closed = True
        for sock in (self.client, self.server):
            if sock is None:
                continue
            try:
                self.proxy.selector.unregister(sock)
            except (KeyError, ValueError):
                pass
            if rst:
                hard_close(sock)
            else:
                sock.close()
        self.proxy.connections.discard(self)

    def send_all(self, sock, data):
        # Loopback with small messages: a blocking send of what was read is simplest and cannot deadlock
        # for long, as the other side reads all the time.
        sock.setblocking(True)
        try:
            sock.sendall(data)
        finally:
            sock.setblocking(False)

    def flush(self):
        if self.server is None:
            self.connect_upstream()
        if self.to_server:
            data, self.to_server = self.to_server, b""
            self.send_all(self.server, data)
        if self.to_client:
            data, self.to_client = self.to_client, b""
            self.send_all(self.client, data)
        self.pending = False

    def readable(self, side):
        sock = self.client if side == "client" else self.server
        try:
            data = sock.recv(65536)
        except (ConnectionResetError, OSError):
            data = b""
        if not data:
            log("eof from %s of %s" % (side, self.stream.app))
            if side == "client" and self.frozen and self.server is None:
                say("abandoned " + self.stream.app)
            self.close(rst=False)
            return
        if side == "client":
            commit = self.stream.feed(data)
            if self.proxy.mode == "refuse" and self.stream.startup_read() and self.server is None:
                self.close()
                return
            if self.frozen:
                self.to_server += data
                self.pending = True
                return
            if commit and self.proxy.drop_commit:
                self.proxy.drop_commit = False
                self.awaiting_commit_answer = True
            if self.server is None:
                self.connect_upstream()
            self.send_all(self.server, data)
        else:
            if self.frozen:
                self.to_client += data
                return
            if self.awaiting_commit_answer:
                # The server answered the COMMIT (CommandComplete, ReadyForQuery): it is committed.
                say("commit-dropped " + self.stream.app)
                self.close()
                return
            if self.stream.opaque is False and data[:1] == b"S" and self.stream.startup:
                self.stream.opaque = True
            self.send_all(self.client, data)


class Proxy:
    def __init__(self, upstream_port, upstream_host):
        self.upstream_host = upstream_host
        self.upstream_port = upstream_port
        self.selector = selectors.DefaultSelector()
        self.connections = set()
        self.mode = "forward"
        self.drop_commit = False
        self.seen = []
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(128)
        self.listener.setblocking(False)
        self.selector.register(self.listener, selectors.EVENT_READ, (None, "accept"))
        self.selector.register(sys.stdin, selectors.EVENT_READ, (None, "control"))
        self.running = True

    def accept(self):
        client, _ = self.listener.accept()
        client.setblocking(False)
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = Connection(self, client)
        self.connections.add(conn)
        self.selector.register(client, selectors.EVENT_READ, (conn, "client"))
        log("accept in mode %s" % self.mode)
        if self.mode == "blackhole":
            conn.frozen = True
        elif self.mode == "forward":
            conn.connect_upstream()
        # refuse: the startup message is read (for its application_name), then the connection is reset.

    def command(self, line):
        words = line.split()
        if not words:
            return
        cmd = words[0]
        if cmd == "forward":
            self.mode = "forward"
            for conn in list(self.connections):
                conn.frozen = False
                try:
                    conn.flush()
                except OSError:
                    conn.close()
            say("ok forward")
        elif cmd == "refuse":
            self.mode = "refuse"
            say("ok refuse")
        elif cmd == "blackhole":
            self.mode = "blackhole"
            for conn in self.connections:
                conn.frozen = True
            say("ok blackhole")
        elif cmd == "reset":
            count = len(self.connections)
            for conn in list(self.connections):
                conn.close()
            say("ok reset %d" % count)
        elif cmd == "drop-commit":
            self.drop_commit = True
            say("ok drop-commit")
        elif cmd == "stats":
            frozen = sum(1 for c in self.connections if c.frozen)
            pending = sorted(c.stream.app for c in self.connections if c.pending)
            seen, self.seen = self.seen, []
            say(
                "ok open=%d frozen=%d pending=%s seen=%s"
                % (len(self.connections), frozen, ",".join(pending), ",".join(seen))
            )
        elif cmd == "quit":
            self.running = False
            say("ok quit")
        else:
            say("error unknown command " + cmd)

    def run(self):
        say("listening %d" % self.listener.getsockname()[1])
        control = b""
        while self.running:
            for key, _ in self.selector.select():
                conn, what = key.data
                if what == "accept":
                    self.accept()
                elif what == "control":
                    data = os.read(sys.stdin.fileno(), 4096)
                    if not data:
                        self.running = False  # the test is gone
                        break
                    control += data
                    while b"\n" in control:
                        line, control = control.split(b"\n", 1)
                        self.command(line.decode("utf-8", "replace"))
                elif not conn.closed:
                    had_startup = conn.stream.startup_read()
                    conn.readable(what)
                    if what == "client" and not had_startup and conn.stream.startup_read():
                        self.seen.append(conn.stream.app)
        for conn in list(self.connections):
            conn.close()


def main():
    if len(sys.argv) < 2:
        sys.stderr.write("usage: tcp_proxy.py UPSTREAM_PORT [UPSTREAM_HOST]\n")
        return 2
    host = sys.argv[2] if len(sys.argv) > 2 else "127.0.0.1"
    Proxy(int(sys.argv[1]), host).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
