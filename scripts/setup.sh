#!/usr/bin/env bash
# Make sure everything backchat needs is on this machine: the system packages
# (installed with apt-get when we are allowed to, otherwise the exact command is
# printed) and the project's virtual environment in .venv, installed from the
# pinned lock file. Quick when nothing has changed. Used by scripts/run and
# scripts/test; safe to run on its own.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
want_test="${1:-}"   # "test" also installs the test tools

say() { printf 'backchat setup: %s\n' "$*" >&2; }

python_bin() {
  for candidate in "${BACKCHAT_PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      command -v "$candidate"; return 0
    fi
  done
  return 1
}

# System packages: speech out (libespeak-ng1), test audio (espeak-ng, sox),
# the microphone (libportaudio2), the terminal test (tmux), diagrams (graphviz).
system_packages=(libespeak-ng1 libportaudio2)
[ "$want_test" = "test" ] && system_packages+=(espeak-ng sox tmux graphviz)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${system_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi

py="$(python_bin)" || { say "Python 3.11 or newer is needed. Install it with: sudo apt-get install python3"; exit 1; }
if ! "$py" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  missing+=("python3-venv")
fi

if ((${#missing[@]})); then
  if [ "$(id -u)" = "0" ]; then apt=(apt-get); elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then apt=(sudo apt-get); else apt=(); fi
  if ((${#apt[@]})) && [ "${BACKCHAT_NO_APT:-0}" != "1" ]; then
    say "installing system packages: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive "${apt[@]}" update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "missing system packages: ${missing[*]}"
    say "install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    if [[ " ${missing[*]} " == *" python3-venv "* ]]; then exit 1; fi
  fi
fi

# The virtual environment, reinstalled only when pyproject.toml or the lock change.
stamp="$venv/.backchat-installed"
wanted="$(cat "$root/pyproject.toml" "$root/requirements.lock" | sha256sum | cut -c1-16)-$want_test"
if [ ! -x "$venv/bin/python" ]; then
  say "creating the virtual environment in .venv"
  "$py" -m venv "$venv"
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  extras="" ; [ "$want_test" = "test" ] && extras="[test]"
  say "installing backchat${extras} into .venv (pinned by requirements.lock)"
  log="$venv/pip-install.log"
  if ! { "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip &&
         "$venv/bin/python" -m pip install -q --disable-pip-version-check \
           -c "$root/requirements.lock" -e "$root$extras"; } >"$log" 2>&1; then
    cat "$log" >&2
    say "installing the Python packages failed (the log is above and in $log)"
    exit 1
  fi
  printf '%s' "$wanted" > "$stamp"
fi
