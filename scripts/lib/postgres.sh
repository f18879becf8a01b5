# Shared by pg-start and pg-stop (sourced, not run): where the throwaway test server lives and how to run its tools.
# Settings: STRATUM_PG_PORT (default 55432), STRATUM_PG_DATA (default $TMPDIR/stratum-pg-<port>, outside the repo).

PG_PORT="${STRATUM_PG_PORT:-55432}"
PG_DATA="${STRATUM_PG_DATA:-${TMPDIR:-/tmp}/stratum-pg-${PG_PORT}}"
PG_DATABASE=stratum_test
PG_SUPERUSER=postgres

fail() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

say() {
  echo "$(basename "$0"): $*" >&2
}

# The directory holding initdb and pg_ctl: PATH first, then Debian's versioned folders, newest first.
pg_bin_dir() {
  local initdb
  if initdb="$(command -v initdb)"; then
    dirname "$(readlink -f "$initdb")"
    return
  fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$dir/initdb" ]]; then
      echo "$dir"
      return
    fi
  done
  return 1
}

# PostgreSQL refuses to run as root, so root runs the server tools as the postgres account the package creates.
as_server_user() {
  if [[ "$(id -u)" -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

server_running() {
  [[ -f "$PG_DATA/postmaster.pid" ]] && as_server_user "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1
}

jdbc_url() {
  echo "jdbc:postgresql://localhost:${PG_PORT}/${PG_DATABASE}?user=${PG_SUPERUSER}"
}
