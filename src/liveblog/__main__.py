"""``python -m liveblog``: the same command as ``liveblog``."""

from liveblog.cli import main

raise SystemExit(main())
