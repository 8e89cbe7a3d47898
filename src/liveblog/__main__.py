"""``python -m liveblog``: the same command as ``liveblog``."""

from liveblog.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
