# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

# @ECLASS: maven-offline.eclass
# @MAINTAINER:
# Jitsi overlay authors <jitsi-overlay@example.org>
# @SUPPORTED_EAPIS: 8
# @BLURB: Build a Maven project without network from artifacts fetched as distfiles
# @DESCRIPTION:
# Every artifact the build needs is named in MAVEN_OFFLINE_ARTIFACTS by the
# repositories it is fetched from and its path in them;
# maven-offline_src_uri turns that into SRC_URI, so each artifact is a distfile
# checksummed in the Manifest.  src_prepare lays those distfiles out as a local
# Maven repository under ${WORKDIR}, and src_compile runs "mvn --offline"
# against it, so Maven never touches the network or ~/.m2.
#
# The distfile of an artifact is its repository path with every "/" replaced
# by "_" (org/foo/bar/1.0/bar-1.0.jar -> org_foo_bar_1.0_bar-1.0.jar).
#
# @EXAMPLE:
# @CODE
# MAVEN_OFFLINE_REPOS=(
# 	central=https://repo.maven.apache.org/maven2
# )
# MAVEN_OFFLINE_ARTIFACTS=(
# 	"central junit/junit/4.13/junit-4.13.jar"
# 	"central junit/junit/4.13/junit-4.13.pom"
# )
#
# inherit maven-offline
#
# SRC_URI="
# 	https://example.org/${P}.tar.gz
# 	$(maven-offline_src_uri)
# "
# @CODE
#
# Repository metadata (maven-metadata.xml) is installed as the local
# repository's own metadata (maven-metadata-local.xml), which Maven consults
# whatever remote repository the POM names.  For timestamped SNAPSHOT files the
# plain -SNAPSHOT name is a copy of the newest one, so a SNAPSHOT dependency
# resolves even when no metadata was recorded for it.  Files are copied, so
# nothing the build packs up can point back into DISTDIR.

case ${EAPI} in
	8) ;;
	*) die "${ECLASS}: EAPI ${EAPI:-0} not supported" ;;
esac

if [[ -z ${_MAVEN_OFFLINE_ECLASS} ]]; then
_MAVEN_OFFLINE_ECLASS=1

# @ECLASS_VARIABLE: MAVEN_OFFLINE_JDK_SLOT
# @PRE_INHERIT
# @DESCRIPTION:
# SLOT of virtual/jdk the project builds with.
: "${MAVEN_OFFLINE_JDK_SLOT:=11}"

# @ECLASS_VARIABLE: MAVEN_OFFLINE_JAVA_HOME
# @USER_VARIABLE
# @DEFAULT_UNSET
# @DESCRIPTION:
# A JDK to build with instead of the slot's java-vm-2 link, e.g. set in
# make.conf to a locally built or unpacked JDK.

# @ECLASS_VARIABLE: MAVEN_OFFLINE_REPOS
# @REQUIRED
# @DESCRIPTION:
# Array of key=URL entries: the Maven repositories artifacts come from.

# @ECLASS_VARIABLE: MAVEN_OFFLINE_ARTIFACTS
# @REQUIRED
# @DESCRIPTION:
# Array of "key[,key...] path" entries: the repositories (tried in order) and
# the repository path of each artifact the build needs.

# @ECLASS_VARIABLE: MAVEN_OFFLINE_PROVIDED
# @DEFAULT_UNSET
# @DESCRIPTION:
# Array of "maven-path file" pairs: artifacts taken from installed packages
# (the file is looked up below ${ESYSROOT}).

# @ECLASS_VARIABLE: MAVEN_OFFLINE_GOALS
# @DESCRIPTION:
# Array of goals (and phases) src_compile runs.  Default: package.

# @ECLASS_VARIABLE: MAVEN_OFFLINE_ARGS
# @DEFAULT_UNSET
# @DESCRIPTION:
# Array of extra arguments for mvn (properties, profiles).

# @ECLASS_VARIABLE: MAVEN_OFFLINE_REPO
# @OUTPUT_VARIABLE
# @DESCRIPTION:
# The local Maven repository built by maven-offline_src_prepare
# (${WORKDIR}/m2-repository).

BDEPEND="
	>=dev-java/maven-bin-3.6
	virtual/jdk:${MAVEN_OFFLINE_JDK_SLOT}
"

# @FUNCTION: maven-offline_src_uri
# @DESCRIPTION:
# Print the SRC_URI entries of MAVEN_OFFLINE_ARTIFACTS, one per line.
maven-offline_src_uri() {
	local entry keys key path
	local -A base=()
	for entry in "${MAVEN_OFFLINE_REPOS[@]}"; do
		base[${entry%%=*}]=${entry#*=}
	done
	for entry in "${MAVEN_OFFLINE_ARTIFACTS[@]}"; do
		keys=${entry%% *}
		path=${entry#* }
		for key in ${keys//,/ }; do
			[[ -n ${base[${key}]} ]] ||
				die "${path}: repository ${key} is not in MAVEN_OFFLINE_REPOS"
			echo "${base[${key}]}/${path} -> ${path//\//_}"
		done
	done
}

# @FUNCTION: maven-offline_java_home
# @DESCRIPTION:
# Print the home of the JDK to build with: MAVEN_OFFLINE_JAVA_HOME, else the
# JDK of slot MAVEN_OFFLINE_JDK_SLOT (the links that java-vm-2 creates in
# /usr/lib/jvm); die when none is installed.
maven-offline_java_home() {
	local slot=${MAVEN_OFFLINE_JDK_SLOT} vm
	if [[ -n ${MAVEN_OFFLINE_JAVA_HOME} ]]; then
		[[ -x ${MAVEN_OFFLINE_JAVA_HOME}/bin/javac ]] ||
			die "MAVEN_OFFLINE_JAVA_HOME=${MAVEN_OFFLINE_JAVA_HOME} has no bin/javac"
		echo "${MAVEN_OFFLINE_JAVA_HOME}"
		return 0
	fi
	for vm in openjdk-bin openjdk; do
		if [[ -x ${BROOT}/usr/lib/jvm/${vm}-${slot}/bin/javac ]]; then
			echo "${BROOT}/usr/lib/jvm/${vm}-${slot}"
			return 0
		fi
	done
	die "no JDK ${slot} in ${BROOT}/usr/lib/jvm: emerge virtual/jdk:${slot}"
}

# @FUNCTION: maven-offline_mvn
# @DESCRIPTION:
# Print the Maven launcher: mvn, or the slotted mvn-3.x of dev-java/maven-bin.
maven-offline_mvn() {
	local cmd
	for cmd in mvn mvn-3.9 mvn-3.8 mvn-3.6; do
		if type -P "${cmd}" >/dev/null; then
			echo "${cmd}"
			return 0
		fi
	done
	die "no mvn in PATH: emerge dev-java/maven-bin"
}

# @FUNCTION: maven-offline_src_unpack
# @DESCRIPTION:
# Unpack every distfile that is not a Maven artifact (jars are not unpacked).
maven-offline_src_unpack() {
	local -A artifact=()
	local entry path file
	for entry in "${MAVEN_OFFLINE_ARTIFACTS[@]}"; do
		path=${entry#* }
		artifact[${path//\//_}]=1
	done
	for file in ${A}; do
		[[ -n ${artifact[${file}]} ]] || unpack "${file}"
	done
}

# @FUNCTION: _maven-offline_link
# @INTERNAL
# @USAGE: <source> <maven-path>
# @DESCRIPTION:
# Put one file into the local repository under its Maven path.
_maven-offline_link() {
	local src=${1} path=${2} dest
	[[ -f ${src} ]] || die "Maven artifact ${path} missing: ${src} does not exist"
	dest=${MAVEN_OFFLINE_REPO}/${path}
	# Remote metadata becomes local metadata, read whatever the repository id.
	[[ ${dest##*/} == maven-metadata.xml ]] && dest=${dest%.xml}-local.xml
	mkdir -p "${dest%/*}" || die
	# A copy, not a link: the assembly plugin would archive a link as a link,
	# and the installed jar would point into DISTDIR.
	cp -L "${src}" "${dest}" || die
}

# @FUNCTION: _maven-offline_snapshot_alias
# @INTERNAL
# @USAGE: <maven-path>
# @DESCRIPTION:
# Copy a timestamped SNAPSHOT file to <artifact>-<base>-SNAPSHOT<rest>; called
# in sorted order, so the newest timestamp wins.
_maven-offline_snapshot_alias() {
	local path=${1} dir file base
	dir=${path%/*}
	file=${path##*/}
	[[ ${dir##*/} == *-SNAPSHOT ]] || return 0
	base=${dir##*/}
	base=${base%-SNAPSHOT}
	[[ ${file} =~ ^(.+-${base//./\\.})-[0-9]{8}\.[0-9]{6}-[0-9]+(.*)$ ]] || return 0
	cp "${MAVEN_OFFLINE_REPO}/${path}" \
		"${MAVEN_OFFLINE_REPO}/${dir}/${BASH_REMATCH[1]}-SNAPSHOT${BASH_REMATCH[2]}" || die
}

# @FUNCTION: maven-offline_src_prepare
# @DESCRIPTION:
# Lay out the local Maven repository, then run default src_prepare.
maven-offline_src_prepare() {
	local entry path pair file
	local paths=()
	MAVEN_OFFLINE_REPO=${WORKDIR}/m2-repository
	mkdir -p "${MAVEN_OFFLINE_REPO}" || die
	for entry in "${MAVEN_OFFLINE_ARTIFACTS[@]}"; do
		path=${entry#* }
		paths+=( "${path}" )
		_maven-offline_link "${DISTDIR}/${path//\//_}" "${path}"
	done
	for pair in "${MAVEN_OFFLINE_PROVIDED[@]}"; do
		read -r path file <<<"${pair}" || die
		_maven-offline_link "${ESYSROOT}${file}" "${path}"
	done
	while read -r path; do
		_maven-offline_snapshot_alias "${path}"
	done < <(printf '%s\n' "${paths[@]}" \
		"${MAVEN_OFFLINE_PROVIDED[@]%% *}" | LC_ALL=C sort)

	cat > "${T}/maven-settings.xml" <<-EOF || die
		<settings>
		  <localRepository>${MAVEN_OFFLINE_REPO}</localRepository>
		  <offline>true</offline>
		  <interactiveMode>false</interactiveMode>
		</settings>
	EOF
	default
}

# @FUNCTION: emvn
# @USAGE: [<mvn arguments>...]
# @DESCRIPTION:
# Run Maven offline against the local repository with the slotted JDK.
emvn() {
	: "${MAVEN_OFFLINE_REPO:=${WORKDIR}/m2-repository}"
	local -x JAVA_HOME
	JAVA_HOME=$(maven-offline_java_home) || die
	# Keep the JVM's temporary and performance files inside the sandbox.
	local -x MAVEN_OPTS="-Djava.io.tmpdir=${T} -XX:-UsePerfData ${MAVEN_OPTS}"
	local cmd=(
		"$(maven-offline_mvn)" --batch-mode --offline --no-transfer-progress
		--settings "${T}/maven-settings.xml"
		-Dmaven.repo.local="${MAVEN_OFFLINE_REPO}"
		-Duser.home="${HOME}"
		"${@}"
	)
	echo "${cmd[@]}" >&2
	"${cmd[@]}" || die "mvn ${*} failed"
}

# @FUNCTION: maven-offline_src_compile
# @DESCRIPTION:
# Build the project: tests are skipped (they need the network or services).
maven-offline_src_compile() {
	local goals=( "${MAVEN_OFFLINE_GOALS[@]}" )
	[[ ${#goals[@]} -gt 0 ]] || goals=( package )
	emvn -DskipTests "${MAVEN_OFFLINE_ARGS[@]}" "${goals[@]}"
}

fi

EXPORT_FUNCTIONS src_unpack src_prepare src_compile
