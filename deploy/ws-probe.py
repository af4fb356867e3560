#!/usr/bin/env python3
"""A tiny Flipover client for the package checks (Python's standard library
only, so that no test dependency has to be in the throwaway root).

  ws-probe.py PORT PIN FPIN start            joins as facilitator, starts the
                                             meeting; prints meeting=… token=… seq=…
  ws-probe.py PORT PIN FPIN resume TOKEN     joins again with TOKEN; prints
                                             meeting=… phase=… seq=…
  ws-probe.py PORT - - page                  fetches the browser voter's page

Exits non-zero with a message on anything unexpected."""
import base64
import json
import os
import socket
import struct
import sys

HOST = "127.0.0.1"


def fail(message):
    sys.exit("ws-probe: " + message)


class Socket:
    def __init__(self, port):
        self.sock = socket.create_connection((HOST, port), timeout=10)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(("GET / HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n" % (HOST, port, key)).encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                fail("the kiosk closed during the WebSocket handshake")
            head += chunk
        if not head.startswith(b"HTTP/1.1 101"):
            fail("no WebSocket upgrade: " + head.split(b"\r\n")[0].decode(errors="replace"))

    def send(self, message):
        payload = json.dumps(message).encode()
        mask = os.urandom(4)
        header = bytes([0x81])
        if len(payload) < 126:
            header += bytes([0x80 | len(payload)])
        else:
            header += bytes([0x80 | 126]) + struct.pack("!H", len(payload))
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def read_exact(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                fail("the kiosk closed the connection")
            data += chunk
        return data

    def receive(self):
        while True:
            first, second = self.read_exact(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack("!H", self.read_exact(2))[0]
            elif length == 127:
                length = struct.unpack("!Q", self.read_exact(8))[0]
            payload = self.read_exact(length)
            opcode = first & 0x0F
            if opcode == 0x9:  # ping: answer, keep reading
                self.sock.sendall(bytes([0x8A, 0x80 | len(payload)]) + b"\0\0\0\0" + payload)
                continue
            if opcode == 0x8:
                fail("the kiosk closed the socket: %r" % payload)
            if opcode == 0x1:
                return json.loads(payload)

    def wait_for(self, kind, message_id=None):
        while True:
            message = self.receive()
            if message.get("type") == "error":
                fail("error %s: %s" % (message.get("code"), message.get("message")))
            if message.get("type") == kind and (message_id is None or message.get("id") == message_id):
                return message


def join(port, pin, fpin, token=None):
    ws = Socket(port)
    hello = {"type": "join", "v": 1, "pin": pin, "facilitatorPin": fpin}
    if token:
        hello["resume"] = token
    ws.send(hello)
    joined = ws.wait_for("joined")
    snapshot = ws.wait_for("snapshot")
    return ws, joined, snapshot


def session_of(snapshot):
    session = snapshot["state"].get("session", {})
    return session.get("meeting", ""), session


def main():
    if len(sys.argv) < 5:
        fail(__doc__)
    port, pin, fpin, action = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    if action == "page":
        sock = socket.create_connection((HOST, port), timeout=10)
        sock.sendall(("GET / HTTP/1.1\r\nHost: %s:%d\r\n\r\n" % (HOST, port)).encode())
        reply = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            reply += chunk
        status = reply.split(b"\r\n")[0].decode(errors="replace")
        if not status.startswith("HTTP/1.1 200") or b"<html" not in reply.lower():
            fail("the browser page did not come: " + status)
        print("page: %s, %d bytes" % (status, len(reply)))
        return
    if action == "start":
        ws, joined, snapshot = join(port, pin, fpin)
        meeting, _ = session_of(snapshot)
        ws.send({"type": "startMeeting", "id": "probe-1"})
        ack = ws.wait_for("ack", "probe-1")
        print("meeting=%s token=%s seq=%d role=%s" % (meeting, joined["token"], ack["seq"], joined["role"]))
        return
    if action == "resume" and len(sys.argv) == 6:
        ws, joined, snapshot = join(port, pin, fpin, sys.argv[5])
        meeting, _ = session_of(snapshot)
        phase = snapshot["state"].get("phase", {})
        print("meeting=%s seq=%d role=%s phase=%s/%s" % (meeting, snapshot["seq"], joined["role"],
                                                        phase.get("index"), phase.get("status")))
        return
    fail(__doc__)


if __name__ == "__main__":
    main()
