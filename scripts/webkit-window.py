#!/usr/bin/python3
"""A bare WebKitGTK browser for WebKitWebDriver: each window holds only a web view.

MiniBrowser's toolbar keeps its windows at least ~447 px wide; this one has no chrome, so the
tour can size its windows to a phone's width. WebKitWebDriver starts it (``webkitgtk:browserOptions``
``binary``) with ``--automation``; it then serves one automation session.
"""
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

NAME = "webkit-window"


def main() -> None:
    if "--automation" not in sys.argv:
        sys.exit(f"{NAME}: meant to be started by WebKitWebDriver with --automation")
    context = WebKit2.WebContext.get_default()
    context.set_automation_allowed(True)
    windows = []

    def new_view(_session):
        view = WebKit2.WebView(web_context=context, is_controlled_by_automation=True)
        window = Gtk.Window()
        window.set_default_size(800, 600)
        window.add(view)
        windows.append(window)

        def closed(*_):
            windows.remove(window)
            window.destroy()
            if not windows:
                Gtk.main_quit()

        view.connect("close", closed)
        window.connect("delete-event", closed)
        window.show_all()
        return view

    def started(_context, session):
        info = WebKit2.ApplicationInfo()
        info.set_name(NAME)
        info.set_version(1, 0, 0)
        session.set_application_info(info)
        session.connect("create-web-view", new_view)

    context.connect("automation-started", started)
    Gtk.main()


main()
