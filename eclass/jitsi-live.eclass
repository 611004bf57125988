# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

# @ECLASS: jitsi-live.eclass
# @MAINTAINER:
# Jitsi overlay authors <jitsi-overlay@example.org>
# @SUPPORTED_EAPIS: 8
# @BLURB: Live (-9999) Jitsi packages: the upstream stable .deb, verified as apt does
# @DESCRIPTION:
# The -9999 ebuilds install today's upstream stable release without waiting
# for a maintainer to commit it.  In src_unpack (the only phase with network
# access, as for git-r3) this eclass walks apt's own chain of trust:
#
#  1. the archive's key file must hold only keys whose fingerprints are pinned
#     here (the same list as tools/jitsi_overlay/bump/signing.py);
#  2. InRelease must carry a good signature by one of those keys (gpgv);
#  3. the Packages index must match the size and SHA256 that InRelease lists;
#  4. the .deb must match the size and SHA256 that Packages lists.
#
# Every field read from the index is checked against Debian's grammar (the
# same rules as tools/jitsi_overlay/bump/fields.py) before it reaches a path,
# a URL or a command.  Any failure dies before anything is unpacked.
#
# One release for the whole set: the release comes from JITSI_RELEASE, or
# else from what the installed live packages recorded, or else it is the
# newest stable release in the index.  Each package records its release in
# /usr/share/jitsi-meet-server/release/${PN} (jitsi-live_record), which the
# configurator reads to refuse a mixed set.
#
# The ebuild sets MY_PN, the upstream Debian package name.
#
# @EXAMPLE:
# @CODE
# inherit jitsi-live
#
# MY_PN="jicofo"
#
# src_unpack() {
# 	jitsi-live_src_unpack
# }
#
# src_install() {
# 	jitsi-live_record
# 	...
# }
# @CODE

case ${EAPI} in
	8) ;;
	*) die "${ECLASS}: EAPI ${EAPI:-0} not supported" ;;
esac

if [[ -z ${_JITSI_LIVE_ECLASS} ]]; then
_JITSI_LIVE_ECLASS=1

inherit unpacker

PROPERTIES+=" live"
# gpgv verifies, curl fetches; a .deb's data member may be zstd-compressed.
BDEPEND="
	app-arch/zstd
	app-crypt/gnupg
	net-misc/curl
"

# @ECLASS_VARIABLE: JITSI_RELEASE
# @USER_VARIABLE
# @DEFAULT_UNSET
# @DESCRIPTION:
# The upstream stable release to install, e.g. 11146; "newest" for the newest
# stable release in the index.  Unset: the release the installed live Jitsi
# packages recorded, or the newest when none is installed.  Set it in
# make.conf (or a package.env file for every Jitsi package) so that packages
# merged at different times come from the same release.

# @ECLASS_VARIABLE: JITSI_ARCHIVE
# @USER_VARIABLE
# @DESCRIPTION:
# The apt archive (or a mirror of it): an http(s) URL.  A mirror only changes
# where files come from; the pinned keys and every check stay the same.
: "${JITSI_ARCHIVE:=https://download.jitsi.org}"

# @ECLASS_VARIABLE: JITSI_SUITE
# @USER_VARIABLE
# @DESCRIPTION:
# The flat suite directory below JITSI_ARCHIVE that holds InRelease.
: "${JITSI_SUITE:=stable/}"

# @ECLASS_VARIABLE: _JITSI_LIVE_PINS
# @INTERNAL
# @DESCRIPTION:
# Primary-key fingerprints of Jitsi's archive signing keys.  Generated from
# PINNED_FINGERPRINTS in tools/jitsi_overlay/bump/signing.py (a test checks
# that the two lists agree); never a user setting, so that neither make.conf
# nor a mirror can widen it.
_JITSI_LIVE_PINS=(
	66A9CD0595D6AFA247290D3BEF8B479E2DC1389C
	FFD65A0DA2BEBDEB73D44C8BB4D2D216F1FD7806
)

# @ECLASS_VARIABLE: JITSI_LIVE_RECORD_DIR
# @OUTPUT_VARIABLE
# @DESCRIPTION:
# Where each live package records the release it came from.
JITSI_LIVE_RECORD_DIR=/usr/share/jitsi-meet-server/release

# @ECLASS_VARIABLE: JITSI_LIVE_RELEASE
# @OUTPUT_VARIABLE
# @DESCRIPTION:
# After jitsi-live_src_unpack: the stable release that was installed.  Also
# JITSI_LIVE_DEB_VERSION, JITSI_LIVE_DEB_SHA256 and JITSI_LIVE_SIGNER (the
# signing key's fingerprint); all of them end up in the vdb as well.

# Size limits (bytes), as in bump/fields.py: apt's MaxReleaseFileSize for
# InRelease, generous bounds for the key file, Packages and a .deb.
_JITSI_LIVE_MAX_RELEASE=$(( 10 << 20 ))
_JITSI_LIVE_MAX_PACKAGES=$(( 64 << 20 ))
_JITSI_LIVE_MAX_KEY=$(( 1 << 20 ))
_JITSI_LIVE_MAX_DEB=$(( 2 << 30 ))
_JITSI_LIVE_MAX_TEXT=512
_JITSI_LIVE_INDEX_FIX="the index is hostile or broken; use another JITSI_ARCHIVE"

# --- grammar of index fields (mirrors tools/jitsi_overlay/bump/fields.py) -----------

# @FUNCTION: _jitsi-live_is_package
# @INTERNAL
# @USAGE: <value>
# @DESCRIPTION:
# True for a Debian package name (Policy 5.6.1).
_jitsi-live_is_package() {
	(( ${#1} <= _JITSI_LIVE_MAX_TEXT )) && [[ ${1} =~ ^[a-z0-9][a-z0-9+.-]+$ ]]
}

# @FUNCTION: _jitsi-live_is_version
# @INTERNAL
# @USAGE: <value>
# @DESCRIPTION:
# True for a Debian version [epoch:]upstream[-revision] (Policy 5.6.12).
_jitsi-live_is_version() {
	local v=${1} rest epoch
	(( ${#v} <= _JITSI_LIVE_MAX_TEXT )) || return 1
	if [[ ${v} == *:* ]]; then
		epoch=${v%%:*}
		rest=${v#*:}
		[[ ${epoch} =~ ^[0-9]{1,9}$ ]] || return 1
	else
		rest=${v}
	fi
	if [[ ${rest} == *-* ]]; then
		[[ ${rest%-*} =~ ^[0-9][A-Za-z0-9.+~-]*$ && ${rest##*-} =~ ^[A-Za-z0-9+.~]+$ ]]
	else
		[[ ${rest} =~ ^[0-9][A-Za-z0-9.+~]*$ ]]
	fi
}

# @FUNCTION: _jitsi-live_is_filename
# @INTERNAL
# @USAGE: <value>
# @DESCRIPTION:
# True for a relative, normalised pool path ending in .deb (a leading "./"
# is allowed; callers drop it).
_jitsi-live_is_filename() {
	local rel=${1#./} part parts
	(( ${#1} <= _JITSI_LIVE_MAX_TEXT )) || return 1
	local base=${rel##*/}
	[[ ${rel} == *.deb ]] && (( ${#base} > 4 )) || return 1
	IFS=/ read -r -a parts <<< "${rel}"
	# A trailing or doubled "/" leaves an empty component, which fails below.
	[[ ${rel} != */ ]] || return 1
	(( ${#parts[@]} <= 16 )) || return 1
	for part in "${parts[@]}"; do
		[[ ${part} =~ ^[A-Za-z0-9][A-Za-z0-9._+~-]*$ ]] || return 1
	done
}

# @FUNCTION: _jitsi-live_is_size
# @INTERNAL
# @USAGE: <value> [limit]
# @DESCRIPTION:
# True for a decimal byte count between 1 and the limit (default: a .deb's).
_jitsi-live_is_size() {
	[[ ${1} =~ ^[0-9]{1,15}$ ]] || return 1
	(( 10#${1} >= 1 && 10#${1} <= ${2:-${_JITSI_LIVE_MAX_DEB}} ))
}

# @FUNCTION: _jitsi-live_is_sha256
# @INTERNAL
# @USAGE: <value>
# @DESCRIPTION:
# True for 64 hexadecimal digits.
_jitsi-live_is_sha256() {
	[[ ${1} =~ ^[0-9a-fA-F]{64}$ ]]
}

# @FUNCTION: _jitsi-live_is_url
# @INTERNAL
# @USAGE: <value>
# @DESCRIPTION:
# True for an http(s) URL without "." or ".." path components.
_jitsi-live_is_url() {
	(( ${#1} <= _JITSI_LIVE_MAX_TEXT )) || return 1
	[[ ${1} =~ ^https?://[A-Za-z0-9][A-Za-z0-9.-]{0,252}(:[0-9]{1,5})?(/[A-Za-z0-9._~+%=,@:-]*)*$ ]] \
		|| return 1
	[[ ${1}/ != */../* && ${1}/ != */./* ]]
}

# @FUNCTION: _jitsi-live_is_suite
# @INTERNAL
# @USAGE: <value>
# @DESCRIPTION:
# True for a relative directory such as "stable/" or "dists/stable/".
_jitsi-live_is_suite() {
	local part parts
	(( ${#1} <= _JITSI_LIVE_MAX_TEXT )) || return 1
	IFS=/ read -r -a parts <<< "${1%/}"
	(( ${#parts[@]} >= 1 )) || return 1
	for part in "${parts[@]}"; do
		[[ ${part} =~ ^[A-Za-z0-9][A-Za-z0-9._+~-]*$ ]] || return 1
	done
}

# @FUNCTION: _jitsi-live_is_release
# @INTERNAL
# @USAGE: <value>
# @DESCRIPTION:
# True for a stable release number such as 11146.
_jitsi-live_is_release() {
	[[ ${1} =~ ^[1-9][0-9]{0,8}$ ]]
}

# @FUNCTION: _jitsi-live_show
# @INTERNAL
# @USAGE: <value>
# @DESCRIPTION:
# Print a value from the index for a message: printable ASCII only, at most
# 90 characters, so a hostile field cannot garble the terminal.
_jitsi-live_show() {
	local v=${1//[^[:print:]]/?}
	v=${v//[^ -~]/?}
	(( ${#v} <= 90 )) || v=${v:0:87}...
	printf '%s' "${v}"
}

# --- trust --------------------------------------------------------------------------

# @FUNCTION: _jitsi-live_pinned
# @INTERNAL
# @USAGE: <fingerprint>
# @DESCRIPTION:
# True when the fingerprint is one of _JITSI_LIVE_PINS.
_jitsi-live_pinned() {
	local pin
	for pin in "${_JITSI_LIVE_PINS[@]}"; do
		[[ ${1^^} == "${pin}" ]] && return 0
	done
	return 1
}

# @FUNCTION: _jitsi-live_fetch
# @INTERNAL
# @USAGE: <url> <destination> <max bytes>
# @DESCRIPTION:
# Download one file with curl, refusing anything larger than the limit.
_jitsi-live_fetch() {
	local url=${1} dest=${2} max=${3}
	_jitsi-live_is_url "${url}" || die "jitsi-live: refusing to fetch '${url}': not an http(s) URL"
	einfo "Fetching ${url}"
	curl --fail --silent --show-error --location --max-redirs 5 \
		--proto '=http,https' --proto-redir '=http,https' \
		--connect-timeout 30 --retry 2 --max-filesize "${max}" \
		--output "${dest}" -- "${url}" \
		|| die "jitsi-live: cannot download '${url}' (curl exit ${?}): check JITSI_ARCHIVE and the network"
	local got
	got=$(stat -c %s -- "${dest}") || die
	(( got <= max )) || die "jitsi-live: '${url}' is ${got} bytes, more than the ${max} allowed: ${_JITSI_LIVE_INDEX_FIX}"
}

# @FUNCTION: _jitsi-live_check_file
# @INTERNAL
# @USAGE: <file> <size> <sha256> <what> <against>
# @DESCRIPTION:
# Die unless the file has exactly this size and SHA256.
_jitsi-live_check_file() {
	local file=${1} size=${2} sha=${3,,} what=${4} against=${5} got
	got=$(stat -c %s -- "${file}") || die
	[[ ${got} == "${size}" ]] \
		|| die "jitsi-live: ${what} is ${got} bytes but ${against} says ${size}: the archive or mirror is inconsistent or tampered with; retry later or use another JITSI_ARCHIVE"
	got=$(sha256sum -- "${file}") || die
	got=${got%% *}
	[[ ${got} == "${sha}" ]] \
		|| die "jitsi-live: ${what} has SHA256 ${got} but ${against} says ${sha}: the archive or mirror is inconsistent or tampered with; retry later or use another JITSI_ARCHIVE"
}

# @FUNCTION: _jitsi-live_keyring
# @INTERNAL
# @USAGE: <key file> <url> <keyring out>
# @DESCRIPTION:
# Accept the archive's key file only if every primary key in it is pinned;
# write those keys as a binary keyring for gpgv.
_jitsi-live_keyring() {
	local key=${1} url=${2} out=${3} home=${T}/jitsi-live/gnupg
	local colons line fpr primary=0 fprs=() f
	mkdir -p -m 0700 "${home}" || die
	colons=$(gpg --homedir "${home}" --batch --no-autostart --with-colons \
		--show-keys -- "${key}" 2>/dev/null) \
		|| die "jitsi-live: '${url}' is not an OpenPGP key file: the archive or mirror is broken; use another JITSI_ARCHIVE"
	while IFS= read -r line; do
		IFS=: read -r -a f <<< "${line}"
		case ${f[0]} in
			pub) primary=1 ;;
			sub) primary=0 ;;
			fpr)
				if (( primary )); then
					fprs+=( "${f[9]^^}" )
					primary=0
				fi
				;;
		esac
	done <<< "${colons}"
	(( ${#fprs[@]} )) || die "jitsi-live: '${url}' holds no key: the archive or mirror is broken"
	for fpr in "${fprs[@]}"; do
		[[ ${fpr} =~ ^[0-9A-F]{40}$ ]] && _jitsi-live_pinned "${fpr}" \
			|| die "jitsi-live: signing key ${fpr} from '${url}' is not pinned: if Jitsi rotated its key, verify the new one out of band and update the overlay (PINNED_FINGERPRINTS in tools/jitsi_overlay/bump/signing.py, then eclass/jitsi-live.eclass)"
	done
	# gpgv wants binary keys; the file holds only pinned keys (checked above).
	if grep -q -e '^-----BEGIN PGP PUBLIC KEY BLOCK-----' -- "${key}"; then
		gpg --homedir "${home}" --batch --no-autostart --yes --output "${out}" \
			--dearmor -- "${key}" 2>"${T}/jitsi-live/gpg.log" \
			|| die "jitsi-live: gpg cannot read '${url}': $(tail -n 1 "${T}/jitsi-live/gpg.log")"
	else
		cp -- "${key}" "${out}" || die
	fi
}

# @FUNCTION: _jitsi-live_verify
# @INTERNAL
# @USAGE: <keyring> <InRelease> <url> <Release out>
# @DESCRIPTION:
# Verify a clearsigned InRelease with gpgv; write the signed text only.
# Sets JITSI_LIVE_SIGNER to the signing primary key.
_jitsi-live_verify() {
	local keyring=${1} in=${2} url=${3} out=${4} home=${T}/jitsi-live/gpgv
	local status line good= primary= headers
	mkdir -p -m 0700 "${home}" || die
	# Exactly one clearsigned message, starting at the first line: no text that
	# could pass for index data outside the signature.
	headers=$(grep -c -e '^-----BEGIN PGP SIGNED MESSAGE-----$' -- "${in}")
	[[ ${headers} == 1 && $(head -n 1 -- "${in}") == "-----BEGIN PGP SIGNED MESSAGE-----" ]] \
		|| die "jitsi-live: '${url}' is not one clearsigned message: ${_JITSI_LIVE_INDEX_FIX}"
	status=$(gpgv --homedir "${home}" --status-fd 1 --keyring "${keyring}" \
		--output "${out}" -- "${in}" 2>"${T}/jitsi-live/gpgv.log") \
		|| die "jitsi-live: bad or unverifiable signature on '${url}': the index was tampered with or signed by a key that is not pinned (gpgv says: $(tail -n 1 "${T}/jitsi-live/gpgv.log"))"
	while IFS= read -r line; do
		case ${line} in
			"[GNUPG:] GOODSIG "*) good=1 ;;
			"[GNUPG:] VALIDSIG "*) primary=${line##* } ;;
			"[GNUPG:] BADSIG "*|"[GNUPG:] ERRSIG "*|"[GNUPG:] EXPSIG "*|\
			"[GNUPG:] EXPKEYSIG "*|"[GNUPG:] REVKEYSIG "*)
				die "jitsi-live: signature on '${url}' is not acceptable (${line#\[GNUPG:\] }): the key expired or was revoked, or the index was tampered with"
				;;
		esac
	done <<< "${status}"
	[[ -n ${good} && -n ${primary} ]] && _jitsi-live_pinned "${primary}" \
		|| die "jitsi-live: '${url}' is signed by ${primary:-no key}, which is not pinned"
	JITSI_LIVE_SIGNER=${primary^^}
}

# @FUNCTION: _jitsi-live_release_field
# @INTERNAL
# @USAGE: <Release> <field>
# @DESCRIPTION:
# Print a single-line field of a Release file.
_jitsi-live_release_field() {
	FIELD=${2} LC_ALL=C awk -F': *' '
		tolower($1) == tolower(ENVIRON["FIELD"]) && $0 !~ /^[ \t]/ {
			sub(/^[^:]*: */, ""); print; exit
		}' "${1}" || die
}

# @FUNCTION: _jitsi-live_check_valid_until
# @INTERNAL
# @USAGE: <Release> <url>
# @DESCRIPTION:
# Refuse an expired Release, as apt does: a replayed old index still carries
# a good signature.
_jitsi-live_check_valid_until() {
	local until stamp
	until=$(_jitsi-live_release_field "${1}" Valid-Until)
	[[ -z ${until} ]] && return 0
	[[ ${until} =~ ^[A-Za-z]{3},\ [0-9]{1,2}\ [A-Za-z]{3}\ [0-9]{4}\ [0-9]{2}:[0-9]{2}:[0-9]{2}\ (UTC|GMT|[+-][0-9]{4})$ ]] \
		|| die "jitsi-live: '${2}' has an unreadable Valid-Until '${until}': ${_JITSI_LIVE_INDEX_FIX}"
	stamp=$(LC_ALL=C date -d "${until}" +%s) || die "jitsi-live: cannot read Valid-Until '${until}'"
	(( stamp >= $(date +%s) )) \
		|| die "jitsi-live: '${2}' expired on ${until}: the mirror is stale or replays an old index; use an up-to-date JITSI_ARCHIVE"
}

# @FUNCTION: _jitsi-live_packages
# @INTERNAL
# @USAGE: <Release> <suite url> <download dir>
# @DESCRIPTION:
# Fetch the Packages index that the signed Release lists (xz, gz or plain),
# check its size and SHA256 and write it uncompressed to <dir>/Packages.
_jitsi-live_packages() {
	local release=${1} base=${2} dl=${3} name entry hash size
	local -A listed=()
	while read -r hash size name; do
		case ${name} in
			Packages|Packages.gz|Packages.xz) ;;
			*) continue ;;
		esac
		_jitsi-live_is_sha256 "${hash}" && _jitsi-live_is_size "${size}" "${_JITSI_LIVE_MAX_PACKAGES}" \
			|| die "jitsi-live: the signed Release lists ${name} with SHA256 '$(_jitsi-live_show "${hash}")' and size '$(_jitsi-live_show "${size}")': ${_JITSI_LIVE_INDEX_FIX}"
		[[ -z ${listed[${name}]} ]] \
			|| die "jitsi-live: the signed Release lists ${name} twice: ${_JITSI_LIVE_INDEX_FIX}"
		listed[${name}]="${hash} ${size}"
	done < <(LC_ALL=C awk '
		/^[^ \t]/ { in_sha = ($0 ~ /^SHA256:[ \t]*$/); next }
		in_sha { print }' "${release}" || die)
	for name in Packages.xz Packages.gz Packages; do
		entry=${listed[${name}]}
		[[ -n ${entry} ]] || continue
		read -r hash size <<< "${entry}"
		_jitsi-live_fetch "${base}${name}" "${dl}/${name}.download" "${size}"
		_jitsi-live_check_file "${dl}/${name}.download" "${size}" "${hash}" "'${base}${name}'" \
			"the signed Release"
		case ${name} in
			*.xz) xz -dc -- "${dl}/${name}.download" ;;
			*.gz) gzip -dc -- "${dl}/${name}.download" ;;
			*) cat -- "${dl}/${name}.download" ;;
		esac | head -c "$(( _JITSI_LIVE_MAX_PACKAGES + 1 ))" > "${dl}/Packages"
		[[ ${PIPESTATUS[0]} == 0 || ${PIPESTATUS[0]} == 141 ]] \
			|| die "jitsi-live: cannot decompress '${base}${name}'"
		(( $(stat -c %s -- "${dl}/Packages") <= _JITSI_LIVE_MAX_PACKAGES )) \
			|| die "jitsi-live: '${base}${name}' unpacks to more than ${_JITSI_LIVE_MAX_PACKAGES} bytes: ${_JITSI_LIVE_INDEX_FIX}"
		return 0
	done
	die "jitsi-live: the signed Release of '${base}' lists no Packages index with a SHA256: use an archive whose Release carries SHA256 sums"
}

# @FUNCTION: _jitsi-live_stanzas
# @INTERNAL
# @USAGE: <Packages> <package> [version]
# @DESCRIPTION:
# Print "Version Filename Size SHA256 relations", separated by the ASCII unit
# separator (\037, replaced inside values; tabs would collapse), for each
# stanza of the package (of that version only, if given).  Values are raw:
# the caller validates them.  A field given twice in a stanza is printed as
# the marker "!duplicate".
_jitsi-live_stanzas() {
	WANT_PACKAGE=${2} WANT_VERSION=${3} LC_ALL=C awk '
		function flush(   rel) {
			if (f["package"] == ENVIRON["WANT_PACKAGE"] &&
			    (ENVIRON["WANT_VERSION"] == "" || f["version"] == ENVIRON["WANT_VERSION"])) {
				rel = f["pre-depends"] ", " f["depends"] ", " f["recommends"]
				printf "%s\037%s\037%s\037%s\037%s\n", f["version"], f["filename"], f["size"], f["sha256"], rel
			}
			split("", f); last = ""
		}
		/^[ \t]*$/ { flush(); next }
		/^[ \t]/ { if (last != "" && f[last] != "!duplicate") f[last] = f[last] " " $0; next }
		{
			i = index($0, ":")
			if (i < 2) { last = ""; next }
			name = tolower(substr($0, 1, i - 1))
			value = substr($0, i + 1)
			gsub(/^[ \t]+|[ \t]+$/, "", value)
			gsub(/[\t\037]/, " ", value)
			# Decide before assigning: awk may create f[name] first.
			dup = (name in f)
			f[name] = dup ? "!duplicate" : value
			last = name
		}
		END { flush() }' "${1}" || die
}

# @FUNCTION: _jitsi-live_pick_release
# @INTERNAL
# @USAGE: <Packages> <wanted: number or "newest">
# @DESCRIPTION:
# Print the release number to install, from the jitsi-meet meta stanzas.
_jitsi-live_pick_release() {
	local packages=${1} want=${2} version rest newest= found=
	while IFS=$'\037' read -r version rest; do
		[[ ${version} =~ ^2\.0\.([1-9][0-9]{0,8})-1$ ]] || continue
		if [[ ${want} == newest ]]; then
			(( BASH_REMATCH[1] > newest )) && newest=${BASH_REMATCH[1]}
		elif [[ ${BASH_REMATCH[1]} == "${want}" ]]; then
			found=${want}
		fi
	done < <(_jitsi-live_stanzas "${packages}" jitsi-meet)
	if [[ ${want} == newest ]]; then
		[[ -n ${newest} ]] || die "jitsi-live: the index offers no jitsi-meet 2.0.N-1 release: check JITSI_ARCHIVE and JITSI_SUITE"
		echo "${newest}"
	else
		[[ -n ${found} ]] || die "jitsi-live: release ${want} is not offered by ${_JITSI_LIVE_BASE} (newest offered: $(_jitsi-live_pick_release "${packages}" newest)): set JITSI_RELEASE to an offered release and re-emerge the whole set"
		echo "${found}"
	fi
}

# @FUNCTION: _jitsi-live_pinned_version
# @INTERNAL
# @USAGE: <Packages> <release> <deb package>
# @DESCRIPTION:
# Print the exact version of the package that jitsi-meet 2.0.<release>-1 pins.
_jitsi-live_pinned_version() {
	local packages=${1} release=${2} deb=${3} meta="2.0.${2}-1"
	local lines rel item alt name ver found=()
	[[ ${deb} == jitsi-meet ]] && { echo "${meta}"; return 0; }
	lines=$(_jitsi-live_stanzas "${packages}" jitsi-meet "${meta}")
	[[ -n ${lines} ]] || die "jitsi-live: the index has no jitsi-meet ${meta} stanza: ${_JITSI_LIVE_INDEX_FIX}"
	[[ ${lines} != *$'\n'* ]] \
		|| die "jitsi-live: the index has several jitsi-meet ${meta} stanzas: ${_JITSI_LIVE_INDEX_FIX}"
	IFS=$'\037' read -r _ _ _ _ rel <<< "${lines}"
	[[ ${rel} != *'!duplicate'* ]] \
		|| die "jitsi-live: jitsi-meet ${meta} repeats a dependency field: ${_JITSI_LIVE_INDEX_FIX}"
	local -a items alts
	# "name (= version)", optionally with an architecture qualifier.
	local re='^[[:space:]]*([a-z0-9][a-z0-9+.-]+)(:[a-z0-9-]+)?[[:space:]]*[(][[:space:]]*=[[:space:]]*([^[:space:]()]+)[[:space:]]*[)][[:space:]]*$'
	IFS=, read -r -a items <<< "${rel}"
	for item in "${items[@]}"; do
		IFS='|' read -r -a alts <<< "${item}"
		for alt in "${alts[@]}"; do
			[[ ${alt} =~ ${re} ]] || continue
			name=${BASH_REMATCH[1]} ver=${BASH_REMATCH[3]}
			[[ ${name} == "${deb}" ]] || continue
			_jitsi-live_is_version "${ver}" \
				|| die "jitsi-live: jitsi-meet ${meta} pins ${deb} to version '$(_jitsi-live_show "${ver}")', which is not a Debian version: ${_JITSI_LIVE_INDEX_FIX}"
			found+=( "${ver}" )
		done
	done
	(( ${#found[@]} == 1 )) \
		|| die "jitsi-live: jitsi-meet ${meta} pins ${#found[@]} exact versions of ${deb} (expected one): the meta package changed shape; update the overlay"
	echo "${found[0]}"
}

# --- phases -------------------------------------------------------------------------

# @FUNCTION: jitsi-live_wanted_release
# @DESCRIPTION:
# Print the release this merge must install: JITSI_RELEASE, else the one
# the installed live Jitsi packages recorded, else "newest".
jitsi-live_wanted_release() {
	local want=${JITSI_RELEASE} f line rel pkg first= list=()
	if [[ -n ${want} ]]; then
		[[ ${want} == newest ]] || _jitsi-live_is_release "${want}" \
			|| die "jitsi-live: JITSI_RELEASE='${want}' is not a stable release: set it to a number such as 11146, to 'newest', or leave it unset"
		echo "${want}"
		return 0
	fi
	for f in "${EROOT}${JITSI_LIVE_RECORD_DIR}"/*; do
		[[ -f ${f} ]] || continue
		pkg=${f##*/}
		rel=
		while IFS= read -r line; do
			[[ ${line} =~ ^JITSI_RELEASE=\"([1-9][0-9]{0,8})\"$ ]] && rel=${BASH_REMATCH[1]}
		done < "${f}"
		[[ -n ${rel} ]] || die "jitsi-live: ${f} names no release: re-emerge net-im/${pkg}"
		list+=( "${pkg} ${rel}" )
		: "${first:=${rel}}"
		[[ ${rel} == "${first}" ]] \
			|| die "jitsi-live: the installed Jitsi packages come from different releases (${list[*]}): set JITSI_RELEASE to one release and re-emerge them"
	done
	echo "${first:-newest}"
}

# @FUNCTION: jitsi-live_pkg_setup
# @DESCRIPTION:
# Decide the release (it reads the installed set's records in EROOT, which
# only pkg_* phases may do).
jitsi-live_pkg_setup() {
	_JITSI_LIVE_WANT=$(jitsi-live_wanted_release) || die
	einfo "Jitsi release: ${_JITSI_LIVE_WANT}"
}

# @FUNCTION: jitsi-live_src_unpack
# @DESCRIPTION:
# Fetch and verify the index and this package's .deb, then unpack it into
# WORKDIR.  Nothing is unpacked unless every check passed.
jitsi-live_src_unpack() {
	[[ -n ${MY_PN} ]] || die "${ECLASS}: set MY_PN to the upstream Debian package name"
	_jitsi-live_is_package "${MY_PN}" || die "${ECLASS}: MY_PN='${MY_PN}' is not a Debian package name"
	local want=${_JITSI_LIVE_WANT:-$(jitsi-live_wanted_release)}
	local archive=${JITSI_ARCHIVE%/} suite=${JITSI_SUITE#/}
	suite=${suite%/}/
	_jitsi-live_is_url "${archive}" \
		|| die "jitsi-live: JITSI_ARCHIVE='${JITSI_ARCHIVE}' is not an http(s) URL: use e.g. https://download.jitsi.org"
	_jitsi-live_is_suite "${suite}" \
		|| die "jitsi-live: JITSI_SUITE='${JITSI_SUITE}' is not a relative directory: use e.g. stable/"
	local base=${archive}/${suite} dl=${T}/jitsi-live
	_JITSI_LIVE_BASE=${base}
	mkdir -p "${dl}" || die

	_jitsi-live_fetch "${archive}/jitsi-key.gpg.key" "${dl}/key" "${_JITSI_LIVE_MAX_KEY}"
	_jitsi-live_keyring "${dl}/key" "${archive}/jitsi-key.gpg.key" "${dl}/keyring.gpg"
	_jitsi-live_fetch "${base}InRelease" "${dl}/InRelease" "${_JITSI_LIVE_MAX_RELEASE}"
	_jitsi-live_verify "${dl}/keyring.gpg" "${dl}/InRelease" "${base}InRelease" "${dl}/Release"
	einfo "${base}InRelease: good signature by pinned key ${JITSI_LIVE_SIGNER}"
	_jitsi-live_check_valid_until "${dl}/Release" "${base}InRelease"
	_jitsi-live_packages "${dl}/Release" "${base}" "${dl}"

	local release version lines filename size sha256 rel
	release=$(_jitsi-live_pick_release "${dl}/Packages" "${want}") || die
	version=$(_jitsi-live_pinned_version "${dl}/Packages" "${release}" "${MY_PN}") || die
	lines=$(_jitsi-live_stanzas "${dl}/Packages" "${MY_PN}" "${version}") || die
	[[ -n ${lines} ]] \
		|| die "jitsi-live: jitsi-meet 2.0.${release}-1 needs ${MY_PN} ${version}, which ${base} does not offer: the mirror is incomplete; use another JITSI_ARCHIVE"
	# The same stanza may appear twice; two different ones are ambiguous.
	[[ $(sort -u <<< "${lines}" | wc -l) == 1 ]] \
		|| die "jitsi-live: the index has several different ${MY_PN} ${version} stanzas: ${_JITSI_LIVE_INDEX_FIX}"
	IFS=$'\037' read -r _ filename size sha256 rel <<< "${lines%%$'\n'*}"
	_jitsi-live_is_filename "${filename}" \
		|| die "jitsi-live: ${MY_PN} ${version} has Filename '$(_jitsi-live_show "${filename}")', which is not a relative pool path ending in .deb: ${_JITSI_LIVE_INDEX_FIX}"
	_jitsi-live_is_size "${size}" \
		|| die "jitsi-live: ${MY_PN} ${version} has Size '$(_jitsi-live_show "${size}")', which is not a size in bytes between 1 and ${_JITSI_LIVE_MAX_DEB}: ${_JITSI_LIVE_INDEX_FIX}"
	_jitsi-live_is_sha256 "${sha256}" \
		|| die "jitsi-live: ${MY_PN} ${version} has SHA256 '$(_jitsi-live_show "${sha256}")', which is not 64 hexadecimal digits: ${_JITSI_LIVE_INDEX_FIX}"
	filename=${filename#./}
	size=$(( 10#${size} ))

	local deb=${dl}/${filename##*/}
	_jitsi-live_fetch "${archive}/${filename}" "${deb}" "${size}"
	_jitsi-live_check_file "${deb}" "${size}" "${sha256}" "'${archive}/${filename}'" \
		"the signed Packages index"
	einfo "${MY_PN} ${version} (release ${release}) matches the signed index"

	JITSI_LIVE_RELEASE=${release}
	JITSI_LIVE_DEB_VERSION=${version}
	JITSI_LIVE_DEB_SHA256=${sha256,,}
	cd "${WORKDIR}" || die
	unpack_deb "${deb}"
}

# @FUNCTION: jitsi-live_record
# @DESCRIPTION:
# Install the record of the release this package came from (call it in
# src_install).  The configurator reads these to refuse a mixed set.
jitsi-live_record() {
	[[ -n ${JITSI_LIVE_RELEASE} ]] || die "${FUNCNAME}: call jitsi-live_src_unpack first"
	insinto "${JITSI_LIVE_RECORD_DIR}"
	newins - "${PN}" <<-EOF
		# Written by jitsi-live.eclass: the upstream release ${CATEGORY}/${PN} came from.
		JITSI_RELEASE="${JITSI_LIVE_RELEASE}"
		DEB_PACKAGE="${MY_PN}"
		DEB_VERSION="${JITSI_LIVE_DEB_VERSION}"
		DEB_SHA256="${JITSI_LIVE_DEB_SHA256}"
		SIGNER="${JITSI_LIVE_SIGNER}"
	EOF
}

fi

EXPORT_FUNCTIONS pkg_setup src_unpack
