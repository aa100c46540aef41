"""Words of real posts that found their way into the project.

Real posts are studied for their shape, never copied (README, "Evidence"). A test sentence written to mirror a post
can keep the post's own words without anyone meaning it to; this finds them. It lists every run of ``--words``
words (7 by default) that the change since BASE shares with a post in a private folder:

* the change: lines added to ``src``, ``tests``, ``scripts``, ``bench`` and ``README.md`` since BASE, committed or
  not, new files not yet added included, and the messages of the commits since BASE;
* the posts: every ``*.yaml`` in the folder, each a list of items with ``id`` and ``text``.

    .venv/bin/python scripts/overlap_check.py BASE /path/to/private/posts [--words 7] [--repo DIR]

Exit status 1 when a run is shared (each printed with the post's file and id), 0 when none. Short generic body
phrases (where in the back it hurts, and on which side) will show too: read each, and reword what is the post's own.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PATHS = ("src", "tests", "scripts", "bench", "README.md")


def runs(text: str, n: int) -> set[str]:
    """Every run of ``n`` words in ``text``, lower-cased, punctuation left out."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def shared(ours: str, posts: dict[str, str], n: int) -> dict[str, list[str]]:
    """For each post that shares a run of ``n`` words with ``ours``, the runs it shares."""
    mine = runs(ours, n)
    found = {key: sorted(mine & runs(text, n)) for key, text in posts.items()}
    return {key: hits for key, hits in found.items() if hits}


def change_since(base: str, root: Path) -> str:
    """The added lines and commit messages since ``base``, and the text of new files not yet added."""
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True).stdout

    diff = git("diff", base, "--", *PATHS)
    added = [line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    messages = git("log", "--format=%B", f"{base}..HEAD")
    new_files = [root / name for name in git("ls-files", "--others", "--exclude-standard", "--", *PATHS).split("\n")
                 if name]
    new_text = [path.read_text(encoding="utf-8", errors="replace") for path in new_files if path.is_file()]
    return "\n".join([*added, messages, *new_text])


def posts_in(folder: Path) -> dict[str, str]:
    """Every post of every YAML file in ``folder``, keyed "file id"."""
    out: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(item, dict) and "text" in item:
                out[f"{path.name} {item.get('id', '?')}"] = str(item["text"])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="the commit the change is counted from")
    parser.add_argument("posts", type=Path, help="the private folder of posts (YAML lists of id and text)")
    parser.add_argument("--words", type=int, default=7, help="how many words in a row count as shared (7)")
    parser.add_argument("--repo", type=Path, default=ROOT, help="the repository (this one)")
    args = parser.parse_args(argv)
    if not args.posts.is_dir():
        print(f"overlap_check: no such folder: {args.posts}", file=sys.stderr)
        return 2
    posts = posts_in(args.posts)
    found = shared(change_since(args.base, args.repo), posts, args.words)
    for key, hits in found.items():
        print(f"{key}: {'; '.join(hits[:3])}")
    print(f"{len(posts)} posts checked, {len(found)} share a run of {args.words} words with the change")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
