"""`python -m cyclades_desktop` starts the desktop application."""

from cyclades_desktop.gui.app import main

raise SystemExit(main())
