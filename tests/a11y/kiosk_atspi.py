#!/usr/bin/env python3
"""Walks the real antre-kiosk over AT-SPI, the way a screen reader (Orca) sees it.

Runs inside an X server and a private D-Bus session (ctest starts it as
`xvfb-run -a dbus-run-session -- python3 kiosk_atspi.py ...`). It starts the AT-SPI bus, makes a throwaway
demo hall, launches antre-kiosk on it with Qt's accessibility bridge on, and checks that:
  * every interactive control on every screen it passes has a name;
  * the clock and the date carry their value in their name;
  * each screen announces itself: its heading takes the focus on entry (a focus event with its name);
  * a ticket can be taken by AT-SPI actions alone, the issued number is an accessible name, and the
    database holds one more ticket afterwards.
Every wait is a poll of the GLib main loop with a deadline; nothing sleeps for a fixed time.
Needs python3-pyatspi, at-spi2-core, dbus (dbus-run-session) and xvfb (see ./dev, PACKAGES).
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

try:
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import Gio, GLib
except (ImportError, ValueError) as error:
    sys.exit(f"kiosk_atspi: PyGObject with Atspi 2.0 is missing ({error}); install python3-pyatspi")

# The demo hall's clock: a Monday morning, when the services used below are open.
NOW = "2026-11-23T09:30:00+07:00"
NUMBER = re.compile(r"^[A-Z]+-?\d+$")
SPOKEN_NUMBER = re.compile(r"\b([A-Z]+-?\d+)$")
TIME = re.compile(r"^\d{1,2}[.:]\d{2}$")
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "slider",
    "link",
    "menu item",
    "page tab",
}


class Failure(Exception):
    pass


failures = []


def check(condition, message):
    if condition:
        print(f"ok: {message}")
    else:
        print(f"FAILED: {message}")
        failures.append(message)
    return condition


def wait_until(what, condition, timeout):
    """Runs the GLib main loop (AT-SPI events arrive through it) until condition() holds or the deadline."""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + timeout
    ticker = GLib.timeout_add(20, lambda: True)  # wakes the loop so the condition is polled
    try:
        while True:
            result = condition()
            if result:
                return result
            if time.monotonic() > deadline:
                raise Failure(f"timed out after {timeout} s waiting for {what}")
            context.iteration(True)
    finally:
        GLib.source_remove(ticker)


def plain(text):
    # Long words get invisible break opportunities on screen; a reader skips them, and so does the test.
    return (text or "").replace("\u200b", "").replace("\u00ad", "").strip()


class Node:
    """What the test needs of one accessible object, read once."""

    def __init__(self, acc, pyatspi):
        self.acc = acc
        self.role = acc.getRoleName()
        self.name = plain(acc.name)
        self.description = plain(acc.description)
        states = acc.getState()
        self.showing = states.contains(pyatspi.STATE_SHOWING)
        self.focused = states.contains(pyatspi.STATE_FOCUSED)

    def __repr__(self):
        return f"[{self.role} '{self.name}' '{self.description}']"


def walk(acc, pyatspi, showing_only):
    nodes = []

    def visit(a, depth):
        if a is None or depth > 40:
            return
        node = Node(a, pyatspi)
        if showing_only and not node.showing and depth > 0:
            return
        nodes.append(node)
        for i in range(a.childCount):
            try:
                visit(a.getChildAtIndex(i), depth + 1)
            except Exception:  # an object that went away while walking (a page rebuilt its tiles)
                pass

    visit(acc, 0)
    return nodes


def run(cli, args, env):
    done = subprocess.run(cli + args, env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise Failure(f"{' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def tickets_today(cli, env):
    status = json.loads(run(cli, ["--json", "status"], env))
    return sum(s["issued_today"] for s in status["services"])


def start_atspi_bus():
    """The AT-SPI bus launcher owns org.a11y.Bus on the session bus; Qt and pyatspi both ask it for the
    accessibility bus. The registry daemon is started on that bus on demand."""
    launcher = next(
        (p for p in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
         if os.access(p, os.X_OK)),
        None,
    )
    if launcher is None:
        raise Failure("at-spi-bus-launcher not found; install at-spi2-core")
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        raise Failure("no D-Bus session; run the test under dbus-run-session")
    process = subprocess.Popen([launcher, "--launch-immediately"])
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)

    def owned():
        reply = session.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                  "NameHasOwner", GLib.Variant("(s)", ("org.a11y.Bus",)), None,
                                  Gio.DBusCallFlags.NONE, 5000, None)
        if process.poll() is not None:
            raise Failure(f"at-spi-bus-launcher exited {process.returncode}")
        return reply.unpack()[0]

    wait_until("the AT-SPI bus (org.a11y.Bus)", owned, 30)
    return process


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--antre", required=True, help="the antre CLI")
    parser.add_argument("--kiosk", required=True, help="the antre-kiosk program")
    parser.add_argument("--demo-config", required=True, help="resources/demo/hall.json (names to look for)")
    parser.add_argument("--keep", action="store_true", help="keep the hall's folder")
    options = parser.parse_args()

    demo = json.load(open(options.demo_config, encoding="utf-8"))
    agency = demo["agencies"][0]
    services = [s for s in demo["services"] if s["agency"] == agency["code"]]
    service = services[0]

    folder = tempfile.mkdtemp(prefix="antre-atspi-")
    db = os.path.join(folder, "hall.db")
    env = dict(os.environ)
    env["ANTRE_NOW"] = NOW
    env.pop("ANTRE_KIOSK_SETTINGS", None)
    cli = [options.antre, "--db", db]
    processes = []
    try:
        processes.append(start_atspi_bus())
        # After the bus is there: pyatspi connects to it on import.
        import pyatspi

        run(cli, ["demo", "--history-days", "0"], env)
        before = tickets_today(cli, env)

        focus_events = []

        def on_focus(event):
            if event.detail1:
                try:
                    focus_events.append(Node(event.source, pyatspi))
                except Exception:
                    pass

        pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")

        kiosk_env = dict(env)
        kiosk_env.update(QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        kiosk = subprocess.Popen(
            [options.kiosk, "--db", db, "--lang", "en", "--size", "1920x1080", "--printer", "pdf",
             "--pdf-dir", os.path.join(folder, "tickets")],
            env=kiosk_env,
        )
        processes.append(kiosk)

        def application():
            if kiosk.poll() is not None:
                raise Failure(f"antre-kiosk exited {kiosk.returncode}")
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is not None and app.name == "antre-kiosk" and app.childCount > 0:
                    return app
            return None

        app = wait_until("antre-kiosk on the AT-SPI desktop", application, 60)
        print(f"found the application {app.name!r} on the AT-SPI desktop")

        def announced(screen, matches):
            """The screen's heading took the focus: a focus event names it (or the tree shows it focused)."""

            def seen():
                for node in focus_events:
                    if matches(node):
                        return node
                for node in walk(app, pyatspi, showing_only=True):
                    if node.focused and matches(node):
                        return node
                return None

            try:
                node = wait_until(f"the {screen} screen to announce itself", seen, 20)
            except Failure as error:
                check(False, f"{error}; focus went to {focus_events[-5:]}")
                return None
            check(True, f"the {screen} screen announces itself: focus on {node}")
            return node

        def controls_named(screen):
            nodes = walk(app, pyatspi, showing_only=True)
            unnamed = [n for n in nodes if n.role in INTERACTIVE and not n.name]
            shown = [n for n in nodes if n.role in INTERACTIVE]
            check(shown and not unnamed,
                  f"{screen}: all {len(shown)} interactive controls have a name" +
                  (f" (unnamed: {unnamed})" if unnamed else ""))
            return nodes

        def press(screen, name):
            def find():
                for node in walk(app, pyatspi, showing_only=True):
                    if node.role in INTERACTIVE and node.name == plain(name):
                        return node
                return None

            node = wait_until(f"a control named {name!r} on the {screen} screen", find, 20)
            action = node.acc.queryAction()
            if not check(action.nActions > 0, f"{screen}: {name!r} has an action ({action.getName(0)!r})"):
                raise Failure(f"{name!r} cannot be pressed over AT-SPI")
            focus_events.clear()
            action.doAction(0)

        # The whole tree, hidden pages included: nothing a reader may reach is nameless.
        everything = walk(app, pyatspi, showing_only=False)
        unnamed = [n for n in everything if n.role in INTERACTIVE and not n.name]
        check(not unnamed, f"every interactive control in the kiosk has a name ({len(everything)} objects)" +
              (f"; unnamed: {unnamed}" if unnamed else ""))

        home = controls_named("home")
        labels = [n for n in home if n.role == "label"]
        clock = [n for n in labels if TIME.match(n.name)]
        check(clock, f"the clock's name is the time (labels: {[n.name for n in labels][:8]})")
        check(any("2026" in n.name for n in labels), "the date's name is the date")
        announced("home", lambda n: n.name == "Please choose an agency")

        press("home", agency["name"])
        announced("services", lambda n: n.name == plain(agency["name"]) and n.role == "label")
        controls_named("services")

        press("services", service["name"])
        announced("confirm", lambda n: n.name == plain(service["name"]) and n.role == "label")
        controls_named("confirm")

        press("confirm", "Take a queue number")
        # The heading takes the focus and speaks the number with it ("Your queue number: K-001").
        heading = announced("ticket", lambda n: n.name.startswith("Your queue number")
                            and bool(SPOKEN_NUMBER.search(n.name)))
        spoken = SPOKEN_NUMBER.search(heading.name).group(1) if heading else None
        ticket = walk(app, pyatspi, showing_only=True)
        numbers = [n for n in ticket if NUMBER.match(n.name)]
        check(numbers, f"an object on the ticket screen is named with the issued number alone "
                       f"(names: {[n.name for n in ticket if n.name][:24]})")
        if numbers:
            number = numbers[0]
            check(number.name.startswith(service["prefix"]),
                  f"the issued number {number.name!r} is the service's ({service['prefix']})")
            check(number.description == "Your queue number",
                  f"the number is described as the queue number ({number.description!r})")
            check(spoken == number.name, f"the heading speaks the same number ({spoken!r})")
        controls_named("ticket")

        def counted():
            count = tickets_today(cli, env)
            return count if count > before else None

        after = wait_until("the ticket in the database", counted, 20)
        check(after == before + 1, f"the database holds one more ticket ({before} -> {after})")
    except Failure as error:
        check(False, str(error))
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
        if options.keep:
            print(f"hall kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)

    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
