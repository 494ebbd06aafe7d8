# shellcheck shell=bash
# Sourced by scripts/test and scripts/uli: make sure .venv exists and has Uli installed
# (editable, with the dev tools), re-installing when pyproject.toml changed.

ULI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ULI_VENV="$ULI_ROOT/.venv"
# Touched after a successful install; older than pyproject.toml means "install again".
ULI_STAMP="$ULI_VENV/.uli-installed"

uli_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
uli_die() { printf '\033[31mERROR: %s\033[0m\n' "$*" >&2; exit 1; }

uli_is_root() { [[ "$(id -u)" == 0 ]]; }

# apt-get install, but only where that is possible (Debian/Ubuntu, as root).
uli_apt_install() {
    command -v apt-get >/dev/null && uli_is_root ||
        uli_die "please install: $* (needs root and apt-get; or install them yourself)"
    uli_say "installing $* with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    # stdout to stderr: callers capture stdout (see uli_find_python)
    { apt-get update -qq && apt-get install -y -qq "$@"; } >&2 ||
        uli_die "apt-get install $* failed"
}

uli_python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }

# Print the first Python >= 3.11 found ($ULI_PYTHON wins), installing python3 if none.
uli_find_python() {
    local candidate
    for candidate in ${ULI_PYTHON:-} python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null && uli_python_ok "$candidate"; then
            echo "$candidate"
            return
        fi
    done
    if ! command -v python3 >/dev/null; then
        uli_apt_install python3 python3-venv
        uli_python_ok python3 && { echo python3; return; }
    fi
    uli_die "Uli needs Python 3.11 or newer; found none (set ULI_PYTHON=/path/to/python3.11)"
}

uli_make_venv() {
    local python
    python="$(uli_find_python)"
    uli_say "creating .venv with $python ($("$python" --version 2>&1))"
    if ! "$python" -m venv "$ULI_VENV" 2>/dev/null; then
        # Debian ships venv's pip bootstrap (ensurepip) separately.
        rm -rf "$ULI_VENV"
        uli_apt_install python3-venv
        "$python" -m venv "$ULI_VENV" || uli_die "$python -m venv failed"
    fi
}

uli_venv() {
    if [[ ! -x "$ULI_VENV/bin/python" ]]; then
        uli_make_venv
    elif ! uli_python_ok "$ULI_VENV/bin/python"; then
        uli_die ".venv has $("$ULI_VENV/bin/python" --version 2>&1); Uli needs 3.11+: rm -rf .venv"
    fi
    if [[ ! -f "$ULI_STAMP" || "$ULI_ROOT/pyproject.toml" -nt "$ULI_STAMP" \
        || ! -x "$ULI_VENV/bin/uli" ]]; then
        uli_say "installing Uli and its dependencies into .venv (pip install -e '.[dev]')"
        "$ULI_VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
            -e "$ULI_ROOT[dev]" || uli_die "pip install -e '.[dev]' failed (see above)"
        touch "$ULI_STAMP"
    fi
}
