#!/bin/sh
# Installs the Debian packages named as arguments that are not installed yet.
# An argument PKG/COMMAND names a package needed only for a command: it is
# skipped when COMMAND is already on the PATH from elsewhere (machines that
# carry NodeSource's nodejs, which bundles npm and conflicts with Debian's
# npm package).  As root it calls apt-get directly, otherwise through sudo.
# Does nothing (and needs no network) when everything is there.
set -eu
missing=""
for arg in "$@"; do
	p=${arg%%/*}
	case $arg in
	*/*) command -v "${arg#*/}" >/dev/null 2>&1 && continue ;;
	esac
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
