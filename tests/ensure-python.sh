#!/usr/bin/env bash
# The pandas / scikit-learn tests run Debian's python3 with python3-sklearn and python3-pandas;
# install them on a machine that lacks them.
set -euo pipefail
if /usr/bin/python3 -c 'import sklearn, pandas' 2>/dev/null; then exit 0; fi
echo "scikit-learn or pandas missing: installing Debian's python3-sklearn and python3-pandas." >&2
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends python3-sklearn python3-pandas >/dev/null
/usr/bin/python3 -c 'import sklearn, pandas'
