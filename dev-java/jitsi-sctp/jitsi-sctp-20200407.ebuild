# Copyright 2026 Jitsi overlay authors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

MAVEN_OFFLINE_JDK_SLOT=11
EGIT_REPO_URI="https://github.com/mstyura/jitsi-sctp.git"
# Pinned: the jars must match what jicofo and the bridge of stable 4548 expect.
EGIT_COMMIT="f379da2db581aec326a0c4a06aaf4555b58b3f95"

inherit git-r3 maven-offline

DESCRIPTION="SCTP for Java (usrsctp JNI jars) used by Jitsi stable 4548"
HOMEPAGE="https://github.com/jitsi/jitsi-sctp"
SRC_URI="
	https://repo.maven.apache.org/maven2/antlr/antlr/2.7.2/antlr-2.7.2.jar -> antlr_antlr_2.7.2_antlr-2.7.2.jar
	https://repo.maven.apache.org/maven2/antlr/antlr/2.7.2/antlr-2.7.2.pom -> antlr_antlr_2.7.2_antlr-2.7.2.pom
	https://repo.maven.apache.org/maven2/avalon-framework/avalon-framework/4.1.3/avalon-framework-4.1.3.pom -> avalon-framework_avalon-framework_4.1.3_avalon-framework-4.1.3.pom
	https://repo.maven.apache.org/maven2/backport-util-concurrent/backport-util-concurrent/3.1/backport-util-concurrent-3.1.jar -> backport-util-concurrent_backport-util-concurrent_3.1_backport-util-concurrent-3.1.jar
	https://repo.maven.apache.org/maven2/backport-util-concurrent/backport-util-concurrent/3.1/backport-util-concurrent-3.1.pom -> backport-util-concurrent_backport-util-concurrent_3.1_backport-util-concurrent-3.1.pom
	https://repo.maven.apache.org/maven2/classworlds/classworlds/1.1-alpha-2/classworlds-1.1-alpha-2.jar -> classworlds_classworlds_1.1-alpha-2_classworlds-1.1-alpha-2.jar
	https://repo.maven.apache.org/maven2/classworlds/classworlds/1.1-alpha-2/classworlds-1.1-alpha-2.pom -> classworlds_classworlds_1.1-alpha-2_classworlds-1.1-alpha-2.pom
	https://repo.maven.apache.org/maven2/classworlds/classworlds/1.1/classworlds-1.1.jar -> classworlds_classworlds_1.1_classworlds-1.1.jar
	https://repo.maven.apache.org/maven2/classworlds/classworlds/1.1/classworlds-1.1.pom -> classworlds_classworlds_1.1_classworlds-1.1.pom
	https://repo.maven.apache.org/maven2/com/fasterxml/jackson/core/jackson-annotations/2.9.0/jackson-annotations-2.9.0.jar -> com_fasterxml_jackson_core_jackson-annotations_2.9.0_jackson-annotations-2.9.0.jar
	https://repo.maven.apache.org/maven2/com/fasterxml/jackson/core/jackson-annotations/2.9.0/jackson-annotations-2.9.0.pom -> com_fasterxml_jackson_core_jackson-annotations_2.9.0_jackson-annotations-2.9.0.pom
	https://repo.maven.apache.org/maven2/com/fasterxml/jackson/core/jackson-core/2.9.9/jackson-core-2.9.9.jar -> com_fasterxml_jackson_core_jackson-core_2.9.9_jackson-core-2.9.9.jar
	https://repo.maven.apache.org/maven2/com/fasterxml/jackson/core/jackson-core/2.9.9/jackson-core-2.9.9.pom -> com_fasterxml_jackson_core_jackson-core_2.9.9_jackson-core-2.9.9.pom
	https://repo.maven.apache.org/maven2/com/fasterxml/jackson/core/jackson-databind/2.9.9.3/jackson-databind-2.9.9.3.jar -> com_fasterxml_jackson_core_jackson-databind_2.9.9.3_jackson-databind-2.9.9.3.jar
	https://repo.maven.apache.org/maven2/com/fasterxml/jackson/core/jackson-databind/2.9.9.3/jackson-databind-2.9.9.3.pom -> com_fasterxml_jackson_core_jackson-databind_2.9.9.3_jackson-databind-2.9.9.3.pom
	https://repo.maven.apache.org/maven2/com/fasterxml/jackson/jackson-base/2.9.9/jackson-base-2.9.9.pom -> com_fasterxml_jackson_jackson-base_2.9.9_jackson-base-2.9.9.pom
	https://repo.maven.apache.org/maven2/com/fasterxml/jackson/jackson-bom/2.9.9/jackson-bom-2.9.9.pom -> com_fasterxml_jackson_jackson-bom_2.9.9_jackson-bom-2.9.9.pom
	https://repo.maven.apache.org/maven2/com/fasterxml/jackson/jackson-parent/2.9.0/jackson-parent-2.9.0.pom -> com_fasterxml_jackson_jackson-parent_2.9.0_jackson-parent-2.9.0.pom
	https://repo.maven.apache.org/maven2/com/fasterxml/jackson/jackson-parent/2.9.1.2/jackson-parent-2.9.1.2.pom -> com_fasterxml_jackson_jackson-parent_2.9.1.2_jackson-parent-2.9.1.2.pom
	https://repo.maven.apache.org/maven2/com/fasterxml/oss-parent/28/oss-parent-28.pom -> com_fasterxml_oss-parent_28_oss-parent-28.pom
	https://repo.maven.apache.org/maven2/com/fasterxml/oss-parent/34/oss-parent-34.pom -> com_fasterxml_oss-parent_34_oss-parent-34.pom
	https://repo.maven.apache.org/maven2/com/google/code/findbugs/jsr305/2.0.1/jsr305-2.0.1.pom -> com_google_code_findbugs_jsr305_2.0.1_jsr305-2.0.1.pom
	https://repo.maven.apache.org/maven2/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar -> com_google_code_findbugs_jsr305_3.0.2_jsr305-3.0.2.jar
	https://repo.maven.apache.org/maven2/com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.pom -> com_google_code_findbugs_jsr305_3.0.2_jsr305-3.0.2.pom
	https://repo.maven.apache.org/maven2/com/google/collections/google-collections/1.0/google-collections-1.0.jar -> com_google_collections_google-collections_1.0_google-collections-1.0.jar
	https://repo.maven.apache.org/maven2/com/google/collections/google-collections/1.0/google-collections-1.0.pom -> com_google_collections_google-collections_1.0_google-collections-1.0.pom
	https://repo.maven.apache.org/maven2/com/google/errorprone/error_prone_annotations/2.3.2/error_prone_annotations-2.3.2.jar -> com_google_errorprone_error_prone_annotations_2.3.2_error_prone_annotations-2.3.2.jar
	https://repo.maven.apache.org/maven2/com/google/errorprone/error_prone_annotations/2.3.2/error_prone_annotations-2.3.2.pom -> com_google_errorprone_error_prone_annotations_2.3.2_error_prone_annotations-2.3.2.pom
	https://repo.maven.apache.org/maven2/com/google/errorprone/error_prone_parent/2.3.2/error_prone_parent-2.3.2.pom -> com_google_errorprone_error_prone_parent_2.3.2_error_prone_parent-2.3.2.pom
	https://repo.maven.apache.org/maven2/com/google/google/1/google-1.pom -> com_google_google_1_google-1.pom
	https://repo.maven.apache.org/maven2/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar -> com_google_guava_failureaccess_1.0.1_failureaccess-1.0.1.jar
	https://repo.maven.apache.org/maven2/com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.pom -> com_google_guava_failureaccess_1.0.1_failureaccess-1.0.1.pom
	https://repo.maven.apache.org/maven2/com/google/guava/guava-parent/26.0-android/guava-parent-26.0-android.pom -> com_google_guava_guava-parent_26.0-android_guava-parent-26.0-android.pom
	https://repo.maven.apache.org/maven2/com/google/guava/guava-parent/28.0-jre/guava-parent-28.0-jre.pom -> com_google_guava_guava-parent_28.0-jre_guava-parent-28.0-jre.pom
	https://repo.maven.apache.org/maven2/com/google/guava/guava/28.0-jre/guava-28.0-jre.jar -> com_google_guava_guava_28.0-jre_guava-28.0-jre.jar
	https://repo.maven.apache.org/maven2/com/google/guava/guava/28.0-jre/guava-28.0-jre.pom -> com_google_guava_guava_28.0-jre_guava-28.0-jre.pom
	https://repo.maven.apache.org/maven2/com/google/guava/listenablefuture/9999.0-empty-to-avoid-conflict-with-guava/listenablefuture-9999.0-empty-to-avoid-conflict-with-guava.jar -> com_google_guava_listenablefuture_9999.0-empty-to-avoid-conflict-with-guava_listenablefuture-9999.0-empty-to-avoid-conflict-with-guava.jar
	https://repo.maven.apache.org/maven2/com/google/guava/listenablefuture/9999.0-empty-to-avoid-conflict-with-guava/listenablefuture-9999.0-empty-to-avoid-conflict-with-guava.pom -> com_google_guava_listenablefuture_9999.0-empty-to-avoid-conflict-with-guava_listenablefuture-9999.0-empty-to-avoid-conflict-with-guava.pom
	https://repo.maven.apache.org/maven2/com/google/j2objc/j2objc-annotations/1.3/j2objc-annotations-1.3.jar -> com_google_j2objc_j2objc-annotations_1.3_j2objc-annotations-1.3.jar
	https://repo.maven.apache.org/maven2/com/google/j2objc/j2objc-annotations/1.3/j2objc-annotations-1.3.pom -> com_google_j2objc_j2objc-annotations_1.3_j2objc-annotations-1.3.pom
	https://repo.maven.apache.org/maven2/com/googlecode/javaewah/JavaEWAH/1.1.6/JavaEWAH-1.1.6.jar -> com_googlecode_javaewah_JavaEWAH_1.1.6_JavaEWAH-1.1.6.jar
	https://repo.maven.apache.org/maven2/com/googlecode/javaewah/JavaEWAH/1.1.6/JavaEWAH-1.1.6.pom -> com_googlecode_javaewah_JavaEWAH_1.1.6_JavaEWAH-1.1.6.pom
	https://repo.maven.apache.org/maven2/com/jcraft/jsch/0.1.54/jsch-0.1.54.jar -> com_jcraft_jsch_0.1.54_jsch-0.1.54.jar
	https://repo.maven.apache.org/maven2/com/jcraft/jsch/0.1.54/jsch-0.1.54.pom -> com_jcraft_jsch_0.1.54_jsch-0.1.54.pom
	https://repo.maven.apache.org/maven2/com/jcraft/jzlib/1.1.1/jzlib-1.1.1.jar -> com_jcraft_jzlib_1.1.1_jzlib-1.1.1.jar
	https://repo.maven.apache.org/maven2/com/jcraft/jzlib/1.1.1/jzlib-1.1.1.pom -> com_jcraft_jzlib_1.1.1_jzlib-1.1.1.pom
	https://repo.maven.apache.org/maven2/com/thoughtworks/qdox/qdox/2.0-M9/qdox-2.0-M9.jar -> com_thoughtworks_qdox_qdox_2.0-M9_qdox-2.0-M9.jar
	https://repo.maven.apache.org/maven2/com/thoughtworks/qdox/qdox/2.0-M9/qdox-2.0-M9.pom -> com_thoughtworks_qdox_qdox_2.0-M9_qdox-2.0-M9.pom
	https://repo.maven.apache.org/maven2/commons-beanutils/commons-beanutils/1.6/commons-beanutils-1.6.pom -> commons-beanutils_commons-beanutils_1.6_commons-beanutils-1.6.pom
	https://repo.maven.apache.org/maven2/commons-beanutils/commons-beanutils/1.7.0/commons-beanutils-1.7.0.jar -> commons-beanutils_commons-beanutils_1.7.0_commons-beanutils-1.7.0.jar
	https://repo.maven.apache.org/maven2/commons-beanutils/commons-beanutils/1.7.0/commons-beanutils-1.7.0.pom -> commons-beanutils_commons-beanutils_1.7.0_commons-beanutils-1.7.0.pom
	https://repo.maven.apache.org/maven2/commons-chain/commons-chain/1.1/commons-chain-1.1.jar -> commons-chain_commons-chain_1.1_commons-chain-1.1.jar
	https://repo.maven.apache.org/maven2/commons-chain/commons-chain/1.1/commons-chain-1.1.pom -> commons-chain_commons-chain_1.1_commons-chain-1.1.pom
	https://repo.maven.apache.org/maven2/commons-cli/commons-cli/1.0/commons-cli-1.0.jar -> commons-cli_commons-cli_1.0_commons-cli-1.0.jar
	https://repo.maven.apache.org/maven2/commons-cli/commons-cli/1.0/commons-cli-1.0.pom -> commons-cli_commons-cli_1.0_commons-cli-1.0.pom
	https://repo.maven.apache.org/maven2/commons-cli/commons-cli/1.2/commons-cli-1.2.jar -> commons-cli_commons-cli_1.2_commons-cli-1.2.jar
	https://repo.maven.apache.org/maven2/commons-cli/commons-cli/1.2/commons-cli-1.2.pom -> commons-cli_commons-cli_1.2_commons-cli-1.2.pom
	https://repo.maven.apache.org/maven2/commons-codec/commons-codec/1.11/commons-codec-1.11.jar -> commons-codec_commons-codec_1.11_commons-codec-1.11.jar
	https://repo.maven.apache.org/maven2/commons-codec/commons-codec/1.11/commons-codec-1.11.pom -> commons-codec_commons-codec_1.11_commons-codec-1.11.pom
	https://repo.maven.apache.org/maven2/commons-codec/commons-codec/1.3/commons-codec-1.3.pom -> commons-codec_commons-codec_1.3_commons-codec-1.3.pom
	https://repo.maven.apache.org/maven2/commons-codec/commons-codec/1.6/commons-codec-1.6.jar -> commons-codec_commons-codec_1.6_commons-codec-1.6.jar
	https://repo.maven.apache.org/maven2/commons-codec/commons-codec/1.6/commons-codec-1.6.pom -> commons-codec_commons-codec_1.6_commons-codec-1.6.pom
	https://repo.maven.apache.org/maven2/commons-collections/commons-collections/2.0/commons-collections-2.0.pom -> commons-collections_commons-collections_2.0_commons-collections-2.0.pom
	https://repo.maven.apache.org/maven2/commons-collections/commons-collections/2.1/commons-collections-2.1.pom -> commons-collections_commons-collections_2.1_commons-collections-2.1.pom
	https://repo.maven.apache.org/maven2/commons-collections/commons-collections/3.1/commons-collections-3.1.pom -> commons-collections_commons-collections_3.1_commons-collections-3.1.pom
	https://repo.maven.apache.org/maven2/commons-collections/commons-collections/3.2.1/commons-collections-3.2.1.pom -> commons-collections_commons-collections_3.2.1_commons-collections-3.2.1.pom
	https://repo.maven.apache.org/maven2/commons-collections/commons-collections/3.2.2/commons-collections-3.2.2.jar -> commons-collections_commons-collections_3.2.2_commons-collections-3.2.2.jar
	https://repo.maven.apache.org/maven2/commons-collections/commons-collections/3.2.2/commons-collections-3.2.2.pom -> commons-collections_commons-collections_3.2.2_commons-collections-3.2.2.pom
	https://repo.maven.apache.org/maven2/commons-collections/commons-collections/3.2/commons-collections-3.2.pom -> commons-collections_commons-collections_3.2_commons-collections-3.2.pom
	https://repo.maven.apache.org/maven2/commons-digester/commons-digester/1.6/commons-digester-1.6.pom -> commons-digester_commons-digester_1.6_commons-digester-1.6.pom
	https://repo.maven.apache.org/maven2/commons-digester/commons-digester/1.8/commons-digester-1.8.jar -> commons-digester_commons-digester_1.8_commons-digester-1.8.jar
	https://repo.maven.apache.org/maven2/commons-digester/commons-digester/1.8/commons-digester-1.8.pom -> commons-digester_commons-digester_1.8_commons-digester-1.8.pom
	https://repo.maven.apache.org/maven2/commons-io/commons-io/2.4/commons-io-2.4.pom -> commons-io_commons-io_2.4_commons-io-2.4.pom
	https://repo.maven.apache.org/maven2/commons-io/commons-io/2.5/commons-io-2.5.jar -> commons-io_commons-io_2.5_commons-io-2.5.jar
	https://repo.maven.apache.org/maven2/commons-io/commons-io/2.5/commons-io-2.5.pom -> commons-io_commons-io_2.5_commons-io-2.5.pom
	https://repo.maven.apache.org/maven2/commons-io/commons-io/2.6/commons-io-2.6.jar -> commons-io_commons-io_2.6_commons-io-2.6.jar
	https://repo.maven.apache.org/maven2/commons-io/commons-io/2.6/commons-io-2.6.pom -> commons-io_commons-io_2.6_commons-io-2.6.pom
	https://repo.maven.apache.org/maven2/commons-lang/commons-lang/2.4/commons-lang-2.4.pom -> commons-lang_commons-lang_2.4_commons-lang-2.4.pom
	https://repo.maven.apache.org/maven2/commons-lang/commons-lang/2.6/commons-lang-2.6.jar -> commons-lang_commons-lang_2.6_commons-lang-2.6.jar
	https://repo.maven.apache.org/maven2/commons-lang/commons-lang/2.6/commons-lang-2.6.pom -> commons-lang_commons-lang_2.6_commons-lang-2.6.pom
	https://repo.maven.apache.org/maven2/commons-logging/commons-logging/1.0.3/commons-logging-1.0.3.pom -> commons-logging_commons-logging_1.0.3_commons-logging-1.0.3.pom
	https://repo.maven.apache.org/maven2/commons-logging/commons-logging/1.0.4/commons-logging-1.0.4.pom -> commons-logging_commons-logging_1.0.4_commons-logging-1.0.4.pom
	https://repo.maven.apache.org/maven2/commons-logging/commons-logging/1.0/commons-logging-1.0.pom -> commons-logging_commons-logging_1.0_commons-logging-1.0.pom
	https://repo.maven.apache.org/maven2/commons-logging/commons-logging/1.1.1/commons-logging-1.1.1.pom -> commons-logging_commons-logging_1.1.1_commons-logging-1.1.1.pom
	https://repo.maven.apache.org/maven2/commons-logging/commons-logging/1.1/commons-logging-1.1.pom -> commons-logging_commons-logging_1.1_commons-logging-1.1.pom
	https://repo.maven.apache.org/maven2/commons-logging/commons-logging/1.2/commons-logging-1.2.jar -> commons-logging_commons-logging_1.2_commons-logging-1.2.jar
	https://repo.maven.apache.org/maven2/commons-logging/commons-logging/1.2/commons-logging-1.2.pom -> commons-logging_commons-logging_1.2_commons-logging-1.2.pom
	https://repo.maven.apache.org/maven2/commons-validator/commons-validator/1.3.1/commons-validator-1.3.1.jar -> commons-validator_commons-validator_1.3.1_commons-validator-1.3.1.jar
	https://repo.maven.apache.org/maven2/commons-validator/commons-validator/1.3.1/commons-validator-1.3.1.pom -> commons-validator_commons-validator_1.3.1_commons-validator-1.3.1.pom
	https://repo.maven.apache.org/maven2/dom4j/dom4j/1.1/dom4j-1.1.pom -> dom4j_dom4j_1.1_dom4j-1.1.pom
	https://repo.maven.apache.org/maven2/javax/annotation/jsr250-api/1.0/jsr250-api-1.0.jar -> javax_annotation_jsr250-api_1.0_jsr250-api-1.0.jar
	https://repo.maven.apache.org/maven2/javax/annotation/jsr250-api/1.0/jsr250-api-1.0.pom -> javax_annotation_jsr250-api_1.0_jsr250-api-1.0.pom
	https://repo.maven.apache.org/maven2/javax/enterprise/cdi-api/1.0/cdi-api-1.0.jar -> javax_enterprise_cdi-api_1.0_cdi-api-1.0.jar
	https://repo.maven.apache.org/maven2/javax/enterprise/cdi-api/1.0/cdi-api-1.0.pom -> javax_enterprise_cdi-api_1.0_cdi-api-1.0.pom
	https://repo.maven.apache.org/maven2/javax/inject/javax.inject/1/javax.inject-1.jar -> javax_inject_javax.inject_1_javax.inject-1.jar
	https://repo.maven.apache.org/maven2/javax/inject/javax.inject/1/javax.inject-1.pom -> javax_inject_javax.inject_1_javax.inject-1.pom
	https://repo.maven.apache.org/maven2/javax/servlet/servlet-api/2.3/servlet-api-2.3.pom -> javax_servlet_servlet-api_2.3_servlet-api-2.3.pom
	https://repo.maven.apache.org/maven2/joda-time/joda-time/2.10.3/joda-time-2.10.3.jar -> joda-time_joda-time_2.10.3_joda-time-2.10.3.jar
	https://repo.maven.apache.org/maven2/joda-time/joda-time/2.10.3/joda-time-2.10.3.pom -> joda-time_joda-time_2.10.3_joda-time-2.10.3.pom
	https://repo.maven.apache.org/maven2/junit/junit/3.8.1/junit-3.8.1.jar -> junit_junit_3.8.1_junit-3.8.1.jar
	https://repo.maven.apache.org/maven2/junit/junit/3.8.1/junit-3.8.1.pom -> junit_junit_3.8.1_junit-3.8.1.pom
	https://repo.maven.apache.org/maven2/junit/junit/4.12/junit-4.12.jar -> junit_junit_4.12_junit-4.12.jar
	https://repo.maven.apache.org/maven2/junit/junit/4.12/junit-4.12.pom -> junit_junit_4.12_junit-4.12.pom
	https://repo.maven.apache.org/maven2/kr/motd/maven/os-maven-plugin/1.6.1/os-maven-plugin-1.6.1.jar -> kr_motd_maven_os-maven-plugin_1.6.1_os-maven-plugin-1.6.1.jar
	https://repo.maven.apache.org/maven2/kr/motd/maven/os-maven-plugin/1.6.1/os-maven-plugin-1.6.1.pom -> kr_motd_maven_os-maven-plugin_1.6.1_os-maven-plugin-1.6.1.pom
	https://repo.maven.apache.org/maven2/log4j/log4j/1.2.12/log4j-1.2.12.pom -> log4j_log4j_1.2.12_log4j-1.2.12.pom
	https://repo.maven.apache.org/maven2/logkit/logkit/1.0.1/logkit-1.0.1.pom -> logkit_logkit_1.0.1_logkit-1.0.1.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/10/apache-10.pom -> org_apache_apache_10_apache-10.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/11/apache-11.pom -> org_apache_apache_11_apache-11.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/13/apache-13.pom -> org_apache_apache_13_apache-13.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/15/apache-15.pom -> org_apache_apache_15_apache-15.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/16/apache-16.pom -> org_apache_apache_16_apache-16.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/17/apache-17.pom -> org_apache_apache_17_apache-17.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/18/apache-18.pom -> org_apache_apache_18_apache-18.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/19/apache-19.pom -> org_apache_apache_19_apache-19.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/2/apache-2.pom -> org_apache_apache_2_apache-2.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/21/apache-21.pom -> org_apache_apache_21_apache-21.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/23/apache-23.pom -> org_apache_apache_23_apache-23.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/3/apache-3.pom -> org_apache_apache_3_apache-3.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/4/apache-4.pom -> org_apache_apache_4_apache-4.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/5/apache-5.pom -> org_apache_apache_5_apache-5.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/6/apache-6.pom -> org_apache_apache_6_apache-6.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/7/apache-7.pom -> org_apache_apache_7_apache-7.pom
	https://repo.maven.apache.org/maven2/org/apache/apache/9/apache-9.pom -> org_apache_apache_9_apache-9.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-compress/1.19/commons-compress-1.19.jar -> org_apache_commons_commons-compress_1.19_commons-compress-1.19.jar
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-compress/1.19/commons-compress-1.19.pom -> org_apache_commons_commons-compress_1.19_commons-compress-1.19.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-compress/1.20/commons-compress-1.20.jar -> org_apache_commons_commons-compress_1.20_commons-compress-1.20.jar
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-compress/1.20/commons-compress-1.20.pom -> org_apache_commons_commons-compress_1.20_commons-compress-1.20.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-exec/1.3/commons-exec-1.3.jar -> org_apache_commons_commons-exec_1.3_commons-exec-1.3.jar
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-exec/1.3/commons-exec-1.3.pom -> org_apache_commons_commons-exec_1.3_commons-exec-1.3.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-lang3/3.5/commons-lang3-3.5.jar -> org_apache_commons_commons-lang3_3.5_commons-lang3-3.5.jar
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-lang3/3.5/commons-lang3-3.5.pom -> org_apache_commons_commons-lang3_3.5_commons-lang3-3.5.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-lang3/3.8.1/commons-lang3-3.8.1.pom -> org_apache_commons_commons-lang3_3.8.1_commons-lang3-3.8.1.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-parent/11/commons-parent-11.pom -> org_apache_commons_commons-parent_11_commons-parent-11.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-parent/17/commons-parent-17.pom -> org_apache_commons_commons-parent_17_commons-parent-17.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-parent/22/commons-parent-22.pom -> org_apache_commons_commons-parent_22_commons-parent-22.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-parent/25/commons-parent-25.pom -> org_apache_commons_commons-parent_25_commons-parent-25.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-parent/34/commons-parent-34.pom -> org_apache_commons_commons-parent_34_commons-parent-34.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-parent/35/commons-parent-35.pom -> org_apache_commons_commons-parent_35_commons-parent-35.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-parent/39/commons-parent-39.pom -> org_apache_commons_commons-parent_39_commons-parent-39.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-parent/41/commons-parent-41.pom -> org_apache_commons_commons-parent_41_commons-parent-41.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-parent/42/commons-parent-42.pom -> org_apache_commons_commons-parent_42_commons-parent-42.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-parent/47/commons-parent-47.pom -> org_apache_commons_commons-parent_47_commons-parent-47.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-parent/48/commons-parent-48.pom -> org_apache_commons_commons-parent_48_commons-parent-48.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-parent/5/commons-parent-5.pom -> org_apache_commons_commons-parent_5_commons-parent-5.pom
	https://repo.maven.apache.org/maven2/org/apache/commons/commons-parent/9/commons-parent-9.pom -> org_apache_commons_commons-parent_9_commons-parent-9.pom
	https://repo.maven.apache.org/maven2/org/apache/geronimo/genesis/genesis-default-flava/2.0/genesis-default-flava-2.0.pom -> org_apache_geronimo_genesis_genesis-default-flava_2.0_genesis-default-flava-2.0.pom
	https://repo.maven.apache.org/maven2/org/apache/geronimo/genesis/genesis-java5-flava/2.0/genesis-java5-flava-2.0.pom -> org_apache_geronimo_genesis_genesis-java5-flava_2.0_genesis-java5-flava-2.0.pom
	https://repo.maven.apache.org/maven2/org/apache/geronimo/genesis/genesis/2.0/genesis-2.0.pom -> org_apache_geronimo_genesis_genesis_2.0_genesis-2.0.pom
	https://repo.maven.apache.org/maven2/org/apache/httpcomponents/httpclient/4.0.2/httpclient-4.0.2.pom -> org_apache_httpcomponents_httpclient_4.0.2_httpclient-4.0.2.pom
	https://repo.maven.apache.org/maven2/org/apache/httpcomponents/httpclient/4.5.8/httpclient-4.5.8.jar -> org_apache_httpcomponents_httpclient_4.5.8_httpclient-4.5.8.jar
	https://repo.maven.apache.org/maven2/org/apache/httpcomponents/httpclient/4.5.8/httpclient-4.5.8.pom -> org_apache_httpcomponents_httpclient_4.5.8_httpclient-4.5.8.pom
	https://repo.maven.apache.org/maven2/org/apache/httpcomponents/httpcomponents-client/4.0.2/httpcomponents-client-4.0.2.pom -> org_apache_httpcomponents_httpcomponents-client_4.0.2_httpcomponents-client-4.0.2.pom
	https://repo.maven.apache.org/maven2/org/apache/httpcomponents/httpcomponents-client/4.5.8/httpcomponents-client-4.5.8.pom -> org_apache_httpcomponents_httpcomponents-client_4.5.8_httpcomponents-client-4.5.8.pom
	https://repo.maven.apache.org/maven2/org/apache/httpcomponents/httpcomponents-core/4.0.1/httpcomponents-core-4.0.1.pom -> org_apache_httpcomponents_httpcomponents-core_4.0.1_httpcomponents-core-4.0.1.pom
	https://repo.maven.apache.org/maven2/org/apache/httpcomponents/httpcomponents-core/4.4.11/httpcomponents-core-4.4.11.pom -> org_apache_httpcomponents_httpcomponents-core_4.4.11_httpcomponents-core-4.4.11.pom
	https://repo.maven.apache.org/maven2/org/apache/httpcomponents/httpcomponents-parent/11/httpcomponents-parent-11.pom -> org_apache_httpcomponents_httpcomponents-parent_11_httpcomponents-parent-11.pom
	https://repo.maven.apache.org/maven2/org/apache/httpcomponents/httpcore/4.0.1/httpcore-4.0.1.pom -> org_apache_httpcomponents_httpcore_4.0.1_httpcore-4.0.1.pom
	https://repo.maven.apache.org/maven2/org/apache/httpcomponents/httpcore/4.4.11/httpcore-4.4.11.jar -> org_apache_httpcomponents_httpcore_4.4.11_httpcore-4.4.11.jar
	https://repo.maven.apache.org/maven2/org/apache/httpcomponents/httpcore/4.4.11/httpcore-4.4.11.pom -> org_apache_httpcomponents_httpcore_4.4.11_httpcore-4.4.11.pom
	https://repo.maven.apache.org/maven2/org/apache/httpcomponents/project/4.0/project-4.0.pom -> org_apache_httpcomponents_project_4.0_project-4.0.pom
	https://repo.maven.apache.org/maven2/org/apache/httpcomponents/project/4.1/project-4.1.pom -> org_apache_httpcomponents_project_4.1_project-4.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-core/1.7/doxia-core-1.7.pom -> org_apache_maven_doxia_doxia-core_1.7_doxia-core-1.7.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-core/1.9/doxia-core-1.9.jar -> org_apache_maven_doxia_doxia-core_1.9_doxia-core-1.9.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-core/1.9/doxia-core-1.9.pom -> org_apache_maven_doxia_doxia-core_1.9_doxia-core-1.9.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-decoration-model/1.7.4/doxia-decoration-model-1.7.4.jar -> org_apache_maven_doxia_doxia-decoration-model_1.7.4_doxia-decoration-model-1.7.4.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-decoration-model/1.7.4/doxia-decoration-model-1.7.4.pom -> org_apache_maven_doxia_doxia-decoration-model_1.7.4_doxia-decoration-model-1.7.4.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-decoration-model/1.9/doxia-decoration-model-1.9.pom -> org_apache_maven_doxia_doxia-decoration-model_1.9_doxia-decoration-model-1.9.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-logging-api/1.1/doxia-logging-api-1.1.jar -> org_apache_maven_doxia_doxia-logging-api_1.1_doxia-logging-api-1.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-logging-api/1.1/doxia-logging-api-1.1.pom -> org_apache_maven_doxia_doxia-logging-api_1.1_doxia-logging-api-1.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-logging-api/1.7/doxia-logging-api-1.7.pom -> org_apache_maven_doxia_doxia-logging-api_1.7_doxia-logging-api-1.7.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-logging-api/1.9/doxia-logging-api-1.9.jar -> org_apache_maven_doxia_doxia-logging-api_1.9_doxia-logging-api-1.9.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-logging-api/1.9/doxia-logging-api-1.9.pom -> org_apache_maven_doxia_doxia-logging-api_1.9_doxia-logging-api-1.9.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-module-xhtml/1.7/doxia-module-xhtml-1.7.pom -> org_apache_maven_doxia_doxia-module-xhtml_1.7_doxia-module-xhtml-1.7.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-module-xhtml/1.9/doxia-module-xhtml-1.9.jar -> org_apache_maven_doxia_doxia-module-xhtml_1.9_doxia-module-xhtml-1.9.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-module-xhtml/1.9/doxia-module-xhtml-1.9.pom -> org_apache_maven_doxia_doxia-module-xhtml_1.9_doxia-module-xhtml-1.9.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-module-xhtml5/1.9/doxia-module-xhtml5-1.9.jar -> org_apache_maven_doxia_doxia-module-xhtml5_1.9_doxia-module-xhtml5-1.9.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-module-xhtml5/1.9/doxia-module-xhtml5-1.9.pom -> org_apache_maven_doxia_doxia-module-xhtml5_1.9_doxia-module-xhtml5-1.9.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-modules/1.7/doxia-modules-1.7.pom -> org_apache_maven_doxia_doxia-modules_1.7_doxia-modules-1.7.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-modules/1.9/doxia-modules-1.9.pom -> org_apache_maven_doxia_doxia-modules_1.9_doxia-modules-1.9.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-sink-api/1.0-alpha-7/doxia-sink-api-1.0-alpha-7.jar -> org_apache_maven_doxia_doxia-sink-api_1.0-alpha-7_doxia-sink-api-1.0-alpha-7.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-sink-api/1.0-alpha-7/doxia-sink-api-1.0-alpha-7.pom -> org_apache_maven_doxia_doxia-sink-api_1.0-alpha-7_doxia-sink-api-1.0-alpha-7.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-sink-api/1.0/doxia-sink-api-1.0.pom -> org_apache_maven_doxia_doxia-sink-api_1.0_doxia-sink-api-1.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-sink-api/1.1/doxia-sink-api-1.1.jar -> org_apache_maven_doxia_doxia-sink-api_1.1_doxia-sink-api-1.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-sink-api/1.1/doxia-sink-api-1.1.pom -> org_apache_maven_doxia_doxia-sink-api_1.1_doxia-sink-api-1.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-sink-api/1.7/doxia-sink-api-1.7.pom -> org_apache_maven_doxia_doxia-sink-api_1.7_doxia-sink-api-1.7.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-sink-api/1.9/doxia-sink-api-1.9.jar -> org_apache_maven_doxia_doxia-sink-api_1.9_doxia-sink-api-1.9.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-sink-api/1.9/doxia-sink-api-1.9.pom -> org_apache_maven_doxia_doxia-sink-api_1.9_doxia-sink-api-1.9.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-site-renderer/1.7.4/doxia-site-renderer-1.7.4.pom -> org_apache_maven_doxia_doxia-site-renderer_1.7.4_doxia-site-renderer-1.7.4.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-site-renderer/1.9/doxia-site-renderer-1.9.jar -> org_apache_maven_doxia_doxia-site-renderer_1.9_doxia-site-renderer-1.9.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-site-renderer/1.9/doxia-site-renderer-1.9.pom -> org_apache_maven_doxia_doxia-site-renderer_1.9_doxia-site-renderer-1.9.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-sitetools/1.7.4/doxia-sitetools-1.7.4.pom -> org_apache_maven_doxia_doxia-sitetools_1.7.4_doxia-sitetools-1.7.4.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-sitetools/1.9/doxia-sitetools-1.9.pom -> org_apache_maven_doxia_doxia-sitetools_1.9_doxia-sitetools-1.9.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-skin-model/1.7.4/doxia-skin-model-1.7.4.pom -> org_apache_maven_doxia_doxia-skin-model_1.7.4_doxia-skin-model-1.7.4.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-skin-model/1.9/doxia-skin-model-1.9.jar -> org_apache_maven_doxia_doxia-skin-model_1.9_doxia-skin-model-1.9.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia-skin-model/1.9/doxia-skin-model-1.9.pom -> org_apache_maven_doxia_doxia-skin-model_1.9_doxia-skin-model-1.9.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia/1.0-alpha-7/doxia-1.0-alpha-7.pom -> org_apache_maven_doxia_doxia_1.0-alpha-7_doxia-1.0-alpha-7.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia/1.0/doxia-1.0.pom -> org_apache_maven_doxia_doxia_1.0_doxia-1.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia/1.1/doxia-1.1.pom -> org_apache_maven_doxia_doxia_1.1_doxia-1.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia/1.7/doxia-1.7.pom -> org_apache_maven_doxia_doxia_1.7_doxia-1.7.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/doxia/doxia/1.9/doxia-1.9.pom -> org_apache_maven_doxia_doxia_1.9_doxia-1.9.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-aether-provider/3.0/maven-aether-provider-3.0.jar -> org_apache_maven_maven-aether-provider_3.0_maven-aether-provider-3.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-aether-provider/3.0/maven-aether-provider-3.0.pom -> org_apache_maven_maven-aether-provider_3.0_maven-aether-provider-3.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-archiver/3.5.0/maven-archiver-3.5.0.jar -> org_apache_maven_maven-archiver_3.5.0_maven-archiver-3.5.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-archiver/3.5.0/maven-archiver-3.5.0.pom -> org_apache_maven_maven-archiver_3.5.0_maven-archiver-3.5.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-artifact-manager/2.0.6/maven-artifact-manager-2.0.6.jar -> org_apache_maven_maven-artifact-manager_2.0.6_maven-artifact-manager-2.0.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-artifact-manager/2.0.6/maven-artifact-manager-2.0.6.pom -> org_apache_maven_maven-artifact-manager_2.0.6_maven-artifact-manager-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-artifact-manager/2.2.1/maven-artifact-manager-2.2.1.jar -> org_apache_maven_maven-artifact-manager_2.2.1_maven-artifact-manager-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-artifact-manager/2.2.1/maven-artifact-manager-2.2.1.pom -> org_apache_maven_maven-artifact-manager_2.2.1_maven-artifact-manager-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-artifact/2.0.5/maven-artifact-2.0.5.pom -> org_apache_maven_maven-artifact_2.0.5_maven-artifact-2.0.5.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-artifact/2.0.6/maven-artifact-2.0.6.jar -> org_apache_maven_maven-artifact_2.0.6_maven-artifact-2.0.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-artifact/2.0.6/maven-artifact-2.0.6.pom -> org_apache_maven_maven-artifact_2.0.6_maven-artifact-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-artifact/2.2.1/maven-artifact-2.2.1.jar -> org_apache_maven_maven-artifact_2.2.1_maven-artifact-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-artifact/2.2.1/maven-artifact-2.2.1.pom -> org_apache_maven_maven-artifact_2.2.1_maven-artifact-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-artifact/3.0/maven-artifact-3.0.jar -> org_apache_maven_maven-artifact_3.0_maven-artifact-3.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-artifact/3.0/maven-artifact-3.0.pom -> org_apache_maven_maven-artifact_3.0_maven-artifact-3.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-artifact/3.5.3/maven-artifact-3.5.3.jar -> org_apache_maven_maven-artifact_3.5.3_maven-artifact-3.5.3.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-artifact/3.5.3/maven-artifact-3.5.3.pom -> org_apache_maven_maven-artifact_3.5.3_maven-artifact-3.5.3.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-compat/3.0/maven-compat-3.0.jar -> org_apache_maven_maven-compat_3.0_maven-compat-3.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-compat/3.0/maven-compat-3.0.pom -> org_apache_maven_maven-compat_3.0_maven-compat-3.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-core/2.0.6/maven-core-2.0.6.jar -> org_apache_maven_maven-core_2.0.6_maven-core-2.0.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-core/2.0.6/maven-core-2.0.6.pom -> org_apache_maven_maven-core_2.0.6_maven-core-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-core/2.2.1/maven-core-2.2.1.jar -> org_apache_maven_maven-core_2.2.1_maven-core-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-core/2.2.1/maven-core-2.2.1.pom -> org_apache_maven_maven-core_2.2.1_maven-core-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-core/3.0/maven-core-3.0.jar -> org_apache_maven_maven-core_3.0_maven-core-3.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-core/3.0/maven-core-3.0.pom -> org_apache_maven_maven-core_3.0_maven-core-3.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-error-diagnostics/2.0.6/maven-error-diagnostics-2.0.6.jar -> org_apache_maven_maven-error-diagnostics_2.0.6_maven-error-diagnostics-2.0.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-error-diagnostics/2.0.6/maven-error-diagnostics-2.0.6.pom -> org_apache_maven_maven-error-diagnostics_2.0.6_maven-error-diagnostics-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-error-diagnostics/2.2.1/maven-error-diagnostics-2.2.1.jar -> org_apache_maven_maven-error-diagnostics_2.2.1_maven-error-diagnostics-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-error-diagnostics/2.2.1/maven-error-diagnostics-2.2.1.pom -> org_apache_maven_maven-error-diagnostics_2.2.1_maven-error-diagnostics-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-model-builder/3.0/maven-model-builder-3.0.jar -> org_apache_maven_maven-model-builder_3.0_maven-model-builder-3.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-model-builder/3.0/maven-model-builder-3.0.pom -> org_apache_maven_maven-model-builder_3.0_maven-model-builder-3.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-model/2.0.5/maven-model-2.0.5.pom -> org_apache_maven_maven-model_2.0.5_maven-model-2.0.5.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-model/2.0.6/maven-model-2.0.6.jar -> org_apache_maven_maven-model_2.0.6_maven-model-2.0.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-model/2.0.6/maven-model-2.0.6.pom -> org_apache_maven_maven-model_2.0.6_maven-model-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-model/2.2.1/maven-model-2.2.1.jar -> org_apache_maven_maven-model_2.2.1_maven-model-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-model/2.2.1/maven-model-2.2.1.pom -> org_apache_maven_maven-model_2.2.1_maven-model-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-model/3.0/maven-model-3.0.jar -> org_apache_maven_maven-model_3.0_maven-model-3.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-model/3.0/maven-model-3.0.pom -> org_apache_maven_maven-model_3.0_maven-model-3.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-model/3.5.3/maven-model-3.5.3.jar -> org_apache_maven_maven-model_3.5.3_maven-model-3.5.3.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-model/3.5.3/maven-model-3.5.3.pom -> org_apache_maven_maven-model_3.5.3_maven-model-3.5.3.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-monitor/2.0.6/maven-monitor-2.0.6.jar -> org_apache_maven_maven-monitor_2.0.6_maven-monitor-2.0.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-monitor/2.0.6/maven-monitor-2.0.6.pom -> org_apache_maven_maven-monitor_2.0.6_maven-monitor-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-monitor/2.2.1/maven-monitor-2.2.1.jar -> org_apache_maven_maven-monitor_2.2.1_maven-monitor-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-monitor/2.2.1/maven-monitor-2.2.1.pom -> org_apache_maven_maven-monitor_2.2.1_maven-monitor-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-parent/10/maven-parent-10.pom -> org_apache_maven_maven-parent_10_maven-parent-10.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-parent/11/maven-parent-11.pom -> org_apache_maven_maven-parent_11_maven-parent-11.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-parent/15/maven-parent-15.pom -> org_apache_maven_maven-parent_15_maven-parent-15.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-parent/16/maven-parent-16.pom -> org_apache_maven_maven-parent_16_maven-parent-16.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-parent/21/maven-parent-21.pom -> org_apache_maven_maven-parent_21_maven-parent-21.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-parent/22/maven-parent-22.pom -> org_apache_maven_maven-parent_22_maven-parent-22.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-parent/23/maven-parent-23.pom -> org_apache_maven_maven-parent_23_maven-parent-23.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-parent/25/maven-parent-25.pom -> org_apache_maven_maven-parent_25_maven-parent-25.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-parent/26/maven-parent-26.pom -> org_apache_maven_maven-parent_26_maven-parent-26.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-parent/27/maven-parent-27.pom -> org_apache_maven_maven-parent_27_maven-parent-27.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-parent/30/maven-parent-30.pom -> org_apache_maven_maven-parent_30_maven-parent-30.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-parent/31/maven-parent-31.pom -> org_apache_maven_maven-parent_31_maven-parent-31.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-parent/33/maven-parent-33.pom -> org_apache_maven_maven-parent_33_maven-parent-33.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-parent/34/maven-parent-34.pom -> org_apache_maven_maven-parent_34_maven-parent-34.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-parent/5/maven-parent-5.pom -> org_apache_maven_maven-parent_5_maven-parent-5.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-api/2.0.6/maven-plugin-api-2.0.6.jar -> org_apache_maven_maven-plugin-api_2.0.6_maven-plugin-api-2.0.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-api/2.0.6/maven-plugin-api-2.0.6.pom -> org_apache_maven_maven-plugin-api_2.0.6_maven-plugin-api-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-api/2.2.1/maven-plugin-api-2.2.1.jar -> org_apache_maven_maven-plugin-api_2.2.1_maven-plugin-api-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-api/2.2.1/maven-plugin-api-2.2.1.pom -> org_apache_maven_maven-plugin-api_2.2.1_maven-plugin-api-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-api/3.0/maven-plugin-api-3.0.jar -> org_apache_maven_maven-plugin-api_3.0_maven-plugin-api-3.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-api/3.0/maven-plugin-api-3.0.pom -> org_apache_maven_maven-plugin-api_3.0_maven-plugin-api-3.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-api/3.5.3/maven-plugin-api-3.5.3.jar -> org_apache_maven_maven-plugin-api_3.5.3_maven-plugin-api-3.5.3.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-api/3.5.3/maven-plugin-api-3.5.3.pom -> org_apache_maven_maven-plugin-api_3.5.3_maven-plugin-api-3.5.3.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-descriptor/2.0.6/maven-plugin-descriptor-2.0.6.jar -> org_apache_maven_maven-plugin-descriptor_2.0.6_maven-plugin-descriptor-2.0.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-descriptor/2.0.6/maven-plugin-descriptor-2.0.6.pom -> org_apache_maven_maven-plugin-descriptor_2.0.6_maven-plugin-descriptor-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-descriptor/2.2.1/maven-plugin-descriptor-2.2.1.jar -> org_apache_maven_maven-plugin-descriptor_2.2.1_maven-plugin-descriptor-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-descriptor/2.2.1/maven-plugin-descriptor-2.2.1.pom -> org_apache_maven_maven-plugin-descriptor_2.2.1_maven-plugin-descriptor-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-parameter-documenter/2.0.6/maven-plugin-parameter-documenter-2.0.6.jar -> org_apache_maven_maven-plugin-parameter-documenter_2.0.6_maven-plugin-parameter-documenter-2.0.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-parameter-documenter/2.0.6/maven-plugin-parameter-documenter-2.0.6.pom -> org_apache_maven_maven-plugin-parameter-documenter_2.0.6_maven-plugin-parameter-documenter-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-parameter-documenter/2.2.1/maven-plugin-parameter-documenter-2.2.1.jar -> org_apache_maven_maven-plugin-parameter-documenter_2.2.1_maven-plugin-parameter-documenter-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-parameter-documenter/2.2.1/maven-plugin-parameter-documenter-2.2.1.pom -> org_apache_maven_maven-plugin-parameter-documenter_2.2.1_maven-plugin-parameter-documenter-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-registry/2.0.6/maven-plugin-registry-2.0.6.jar -> org_apache_maven_maven-plugin-registry_2.0.6_maven-plugin-registry-2.0.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-registry/2.0.6/maven-plugin-registry-2.0.6.pom -> org_apache_maven_maven-plugin-registry_2.0.6_maven-plugin-registry-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-registry/2.2.1/maven-plugin-registry-2.2.1.jar -> org_apache_maven_maven-plugin-registry_2.2.1_maven-plugin-registry-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-plugin-registry/2.2.1/maven-plugin-registry-2.2.1.pom -> org_apache_maven_maven-plugin-registry_2.2.1_maven-plugin-registry-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-profile/2.0.6/maven-profile-2.0.6.jar -> org_apache_maven_maven-profile_2.0.6_maven-profile-2.0.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-profile/2.0.6/maven-profile-2.0.6.pom -> org_apache_maven_maven-profile_2.0.6_maven-profile-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-profile/2.2.1/maven-profile-2.2.1.jar -> org_apache_maven_maven-profile_2.2.1_maven-profile-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-profile/2.2.1/maven-profile-2.2.1.pom -> org_apache_maven_maven-profile_2.2.1_maven-profile-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-project/2.0.6/maven-project-2.0.6.jar -> org_apache_maven_maven-project_2.0.6_maven-project-2.0.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-project/2.0.6/maven-project-2.0.6.pom -> org_apache_maven_maven-project_2.0.6_maven-project-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-project/2.2.1/maven-project-2.2.1.jar -> org_apache_maven_maven-project_2.2.1_maven-project-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-project/2.2.1/maven-project-2.2.1.pom -> org_apache_maven_maven-project_2.2.1_maven-project-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-repository-metadata/2.0.6/maven-repository-metadata-2.0.6.jar -> org_apache_maven_maven-repository-metadata_2.0.6_maven-repository-metadata-2.0.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-repository-metadata/2.0.6/maven-repository-metadata-2.0.6.pom -> org_apache_maven_maven-repository-metadata_2.0.6_maven-repository-metadata-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-repository-metadata/2.2.1/maven-repository-metadata-2.2.1.jar -> org_apache_maven_maven-repository-metadata_2.2.1_maven-repository-metadata-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-repository-metadata/2.2.1/maven-repository-metadata-2.2.1.pom -> org_apache_maven_maven-repository-metadata_2.2.1_maven-repository-metadata-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-repository-metadata/3.0/maven-repository-metadata-3.0.jar -> org_apache_maven_maven-repository-metadata_3.0_maven-repository-metadata-3.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-repository-metadata/3.0/maven-repository-metadata-3.0.pom -> org_apache_maven_maven-repository-metadata_3.0_maven-repository-metadata-3.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-settings-builder/3.0/maven-settings-builder-3.0.jar -> org_apache_maven_maven-settings-builder_3.0_maven-settings-builder-3.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-settings-builder/3.0/maven-settings-builder-3.0.pom -> org_apache_maven_maven-settings-builder_3.0_maven-settings-builder-3.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-settings/2.0.6/maven-settings-2.0.6.jar -> org_apache_maven_maven-settings_2.0.6_maven-settings-2.0.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-settings/2.0.6/maven-settings-2.0.6.pom -> org_apache_maven_maven-settings_2.0.6_maven-settings-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-settings/2.2.1/maven-settings-2.2.1.jar -> org_apache_maven_maven-settings_2.2.1_maven-settings-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-settings/2.2.1/maven-settings-2.2.1.pom -> org_apache_maven_maven-settings_2.2.1_maven-settings-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-settings/3.0/maven-settings-3.0.jar -> org_apache_maven_maven-settings_3.0_maven-settings-3.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-settings/3.0/maven-settings-3.0.pom -> org_apache_maven_maven-settings_3.0_maven-settings-3.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-toolchain/2.2.1/maven-toolchain-2.2.1.jar -> org_apache_maven_maven-toolchain_2.2.1_maven-toolchain-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-toolchain/2.2.1/maven-toolchain-2.2.1.pom -> org_apache_maven_maven-toolchain_2.2.1_maven-toolchain-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-toolchain/3.0-alpha-2/maven-toolchain-3.0-alpha-2.jar -> org_apache_maven_maven-toolchain_3.0-alpha-2_maven-toolchain-3.0-alpha-2.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/maven-toolchain/3.0-alpha-2/maven-toolchain-3.0-alpha-2.pom -> org_apache_maven_maven-toolchain_3.0-alpha-2_maven-toolchain-3.0-alpha-2.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven/2.0.5/maven-2.0.5.pom -> org_apache_maven_maven_2.0.5_maven-2.0.5.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven/2.0.6/maven-2.0.6.pom -> org_apache_maven_maven_2.0.6_maven-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven/2.2.1/maven-2.2.1.pom -> org_apache_maven_maven_2.2.1_maven-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven/3.0-alpha-2/maven-3.0-alpha-2.pom -> org_apache_maven_maven_3.0-alpha-2_maven-3.0-alpha-2.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven/3.0/maven-3.0.pom -> org_apache_maven_maven_3.0_maven-3.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/maven/3.5.3/maven-3.5.3.pom -> org_apache_maven_maven_3.5.3_maven-3.5.3.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-assembly-plugin/3.2.0/maven-assembly-plugin-3.2.0.jar -> org_apache_maven_plugins_maven-assembly-plugin_3.2.0_maven-assembly-plugin-3.2.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-assembly-plugin/3.2.0/maven-assembly-plugin-3.2.0.pom -> org_apache_maven_plugins_maven-assembly-plugin_3.2.0_maven-assembly-plugin-3.2.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-clean-plugin/3.1.0/maven-clean-plugin-3.1.0.jar -> org_apache_maven_plugins_maven-clean-plugin_3.1.0_maven-clean-plugin-3.1.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-clean-plugin/3.1.0/maven-clean-plugin-3.1.0.pom -> org_apache_maven_plugins_maven-clean-plugin_3.1.0_maven-clean-plugin-3.1.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-compiler-plugin/3.8.1/maven-compiler-plugin-3.8.1.jar -> org_apache_maven_plugins_maven-compiler-plugin_3.8.1_maven-compiler-plugin-3.8.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-compiler-plugin/3.8.1/maven-compiler-plugin-3.8.1.pom -> org_apache_maven_plugins_maven-compiler-plugin_3.8.1_maven-compiler-plugin-3.8.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-dependency-plugin/3.1.2/maven-dependency-plugin-3.1.2.jar -> org_apache_maven_plugins_maven-dependency-plugin_3.1.2_maven-dependency-plugin-3.1.2.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-dependency-plugin/3.1.2/maven-dependency-plugin-3.1.2.pom -> org_apache_maven_plugins_maven-dependency-plugin_3.1.2_maven-dependency-plugin-3.1.2.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-install-plugin/2.4/maven-install-plugin-2.4.jar -> org_apache_maven_plugins_maven-install-plugin_2.4_maven-install-plugin-2.4.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-install-plugin/2.4/maven-install-plugin-2.4.pom -> org_apache_maven_plugins_maven-install-plugin_2.4_maven-install-plugin-2.4.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-jar-plugin/3.2.0/maven-jar-plugin-3.2.0.jar -> org_apache_maven_plugins_maven-jar-plugin_3.2.0_maven-jar-plugin-3.2.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-jar-plugin/3.2.0/maven-jar-plugin-3.2.0.pom -> org_apache_maven_plugins_maven-jar-plugin_3.2.0_maven-jar-plugin-3.2.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-plugins/23/maven-plugins-23.pom -> org_apache_maven_plugins_maven-plugins_23_maven-plugins-23.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-plugins/31/maven-plugins-31.pom -> org_apache_maven_plugins_maven-plugins_31_maven-plugins-31.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-plugins/33/maven-plugins-33.pom -> org_apache_maven_plugins_maven-plugins_33_maven-plugins-33.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-plugins/34/maven-plugins-34.pom -> org_apache_maven_plugins_maven-plugins_34_maven-plugins-34.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-resources-plugin/2.6/maven-resources-plugin-2.6.jar -> org_apache_maven_plugins_maven-resources-plugin_2.6_maven-resources-plugin-2.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-resources-plugin/2.6/maven-resources-plugin-2.6.pom -> org_apache_maven_plugins_maven-resources-plugin_2.6_maven-resources-plugin-2.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-surefire-plugin/3.0.0-M4/maven-surefire-plugin-3.0.0-M4.jar -> org_apache_maven_plugins_maven-surefire-plugin_3.0.0-M4_maven-surefire-plugin-3.0.0-M4.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-surefire-plugin/3.0.0-M4/maven-surefire-plugin-3.0.0-M4.pom -> org_apache_maven_plugins_maven-surefire-plugin_3.0.0-M4_maven-surefire-plugin-3.0.0-M4.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/reporting/maven-reporting-api/2.0.6/maven-reporting-api-2.0.6.jar -> org_apache_maven_reporting_maven-reporting-api_2.0.6_maven-reporting-api-2.0.6.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/reporting/maven-reporting-api/2.0.6/maven-reporting-api-2.0.6.pom -> org_apache_maven_reporting_maven-reporting-api_2.0.6_maven-reporting-api-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/reporting/maven-reporting-api/2.2.1/maven-reporting-api-2.2.1.jar -> org_apache_maven_reporting_maven-reporting-api_2.2.1_maven-reporting-api-2.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/reporting/maven-reporting-api/2.2.1/maven-reporting-api-2.2.1.pom -> org_apache_maven_reporting_maven-reporting-api_2.2.1_maven-reporting-api-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/reporting/maven-reporting-api/3.0/maven-reporting-api-3.0.jar -> org_apache_maven_reporting_maven-reporting-api_3.0_maven-reporting-api-3.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/reporting/maven-reporting-api/3.0/maven-reporting-api-3.0.pom -> org_apache_maven_reporting_maven-reporting-api_3.0_maven-reporting-api-3.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/reporting/maven-reporting-impl/3.0.0/maven-reporting-impl-3.0.0.jar -> org_apache_maven_reporting_maven-reporting-impl_3.0.0_maven-reporting-impl-3.0.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/reporting/maven-reporting-impl/3.0.0/maven-reporting-impl-3.0.0.pom -> org_apache_maven_reporting_maven-reporting-impl_3.0.0_maven-reporting-impl-3.0.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/reporting/maven-reporting/2.0.6/maven-reporting-2.0.6.pom -> org_apache_maven_reporting_maven-reporting_2.0.6_maven-reporting-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/reporting/maven-reporting/2.2.1/maven-reporting-2.2.1.pom -> org_apache_maven_reporting_maven-reporting_2.2.1_maven-reporting-2.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/file-management/3.0.0/file-management-3.0.0.jar -> org_apache_maven_shared_file-management_3.0.0_file-management-3.0.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/file-management/3.0.0/file-management-3.0.0.pom -> org_apache_maven_shared_file-management_3.0.0_file-management-3.0.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-artifact-transfer/0.11.0/maven-artifact-transfer-0.11.0.jar -> org_apache_maven_shared_maven-artifact-transfer_0.11.0_maven-artifact-transfer-0.11.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-artifact-transfer/0.11.0/maven-artifact-transfer-0.11.0.pom -> org_apache_maven_shared_maven-artifact-transfer_0.11.0_maven-artifact-transfer-0.11.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-common-artifact-filters/3.0.1/maven-common-artifact-filters-3.0.1.pom -> org_apache_maven_shared_maven-common-artifact-filters_3.0.1_maven-common-artifact-filters-3.0.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-common-artifact-filters/3.1.0/maven-common-artifact-filters-3.1.0.jar -> org_apache_maven_shared_maven-common-artifact-filters_3.1.0_maven-common-artifact-filters-3.1.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-common-artifact-filters/3.1.0/maven-common-artifact-filters-3.1.0.pom -> org_apache_maven_shared_maven-common-artifact-filters_3.1.0_maven-common-artifact-filters-3.1.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-dependency-analyzer/1.11.1/maven-dependency-analyzer-1.11.1.jar -> org_apache_maven_shared_maven-dependency-analyzer_1.11.1_maven-dependency-analyzer-1.11.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-dependency-analyzer/1.11.1/maven-dependency-analyzer-1.11.1.pom -> org_apache_maven_shared_maven-dependency-analyzer_1.11.1_maven-dependency-analyzer-1.11.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-dependency-tree/3.0.1/maven-dependency-tree-3.0.1.jar -> org_apache_maven_shared_maven-dependency-tree_3.0.1_maven-dependency-tree-3.0.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-dependency-tree/3.0.1/maven-dependency-tree-3.0.1.pom -> org_apache_maven_shared_maven-dependency-tree_3.0.1_maven-dependency-tree-3.0.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-filtering/1.1/maven-filtering-1.1.jar -> org_apache_maven_shared_maven-filtering_1.1_maven-filtering-1.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-filtering/1.1/maven-filtering-1.1.pom -> org_apache_maven_shared_maven-filtering_1.1_maven-filtering-1.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-filtering/3.1.1/maven-filtering-3.1.1.jar -> org_apache_maven_shared_maven-filtering_3.1.1_maven-filtering-3.1.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-filtering/3.1.1/maven-filtering-3.1.1.pom -> org_apache_maven_shared_maven-filtering_3.1.1_maven-filtering-3.1.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-components/15/maven-shared-components-15.pom -> org_apache_maven_shared_maven-shared-components_15_maven-shared-components-15.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-components/17/maven-shared-components-17.pom -> org_apache_maven_shared_maven-shared-components_17_maven-shared-components-17.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-components/18/maven-shared-components-18.pom -> org_apache_maven_shared_maven-shared-components_18_maven-shared-components-18.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-components/19/maven-shared-components-19.pom -> org_apache_maven_shared_maven-shared-components_19_maven-shared-components-19.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-components/21/maven-shared-components-21.pom -> org_apache_maven_shared_maven-shared-components_21_maven-shared-components-21.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-components/22/maven-shared-components-22.pom -> org_apache_maven_shared_maven-shared-components_22_maven-shared-components-22.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-components/30/maven-shared-components-30.pom -> org_apache_maven_shared_maven-shared-components_30_maven-shared-components-30.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-components/33/maven-shared-components-33.pom -> org_apache_maven_shared_maven-shared-components_33_maven-shared-components-33.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-incremental/1.1/maven-shared-incremental-1.1.jar -> org_apache_maven_shared_maven-shared-incremental_1.1_maven-shared-incremental-1.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-incremental/1.1/maven-shared-incremental-1.1.pom -> org_apache_maven_shared_maven-shared-incremental_1.1_maven-shared-incremental-1.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-io/3.0.0/maven-shared-io-3.0.0.jar -> org_apache_maven_shared_maven-shared-io_3.0.0_maven-shared-io-3.0.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-io/3.0.0/maven-shared-io-3.0.0.pom -> org_apache_maven_shared_maven-shared-io_3.0.0_maven-shared-io-3.0.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-utils/0.1/maven-shared-utils-0.1.pom -> org_apache_maven_shared_maven-shared-utils_0.1_maven-shared-utils-0.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-utils/3.0.0/maven-shared-utils-3.0.0.pom -> org_apache_maven_shared_maven-shared-utils_3.0.0_maven-shared-utils-3.0.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-utils/3.1.0/maven-shared-utils-3.1.0.jar -> org_apache_maven_shared_maven-shared-utils_3.1.0_maven-shared-utils-3.1.0.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-utils/3.1.0/maven-shared-utils-3.1.0.pom -> org_apache_maven_shared_maven-shared-utils_3.1.0_maven-shared-utils-3.1.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-utils/3.2.0/maven-shared-utils-3.2.0.pom -> org_apache_maven_shared_maven-shared-utils_3.2.0_maven-shared-utils-3.2.0.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-utils/3.2.1/maven-shared-utils-3.2.1.jar -> org_apache_maven_shared_maven-shared-utils_3.2.1_maven-shared-utils-3.2.1.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/shared/maven-shared-utils/3.2.1/maven-shared-utils-3.2.1.pom -> org_apache_maven_shared_maven-shared-utils_3.2.1_maven-shared-utils-3.2.1.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/surefire/maven-surefire-common/3.0.0-M4/maven-surefire-common-3.0.0-M4.jar -> org_apache_maven_surefire_maven-surefire-common_3.0.0-M4_maven-surefire-common-3.0.0-M4.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/surefire/maven-surefire-common/3.0.0-M4/maven-surefire-common-3.0.0-M4.pom -> org_apache_maven_surefire_maven-surefire-common_3.0.0-M4_maven-surefire-common-3.0.0-M4.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/surefire/surefire-api/3.0.0-M4/surefire-api-3.0.0-M4.jar -> org_apache_maven_surefire_surefire-api_3.0.0-M4_surefire-api-3.0.0-M4.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/surefire/surefire-api/3.0.0-M4/surefire-api-3.0.0-M4.pom -> org_apache_maven_surefire_surefire-api_3.0.0-M4_surefire-api-3.0.0-M4.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/surefire/surefire-booter/3.0.0-M4/surefire-booter-3.0.0-M4.jar -> org_apache_maven_surefire_surefire-booter_3.0.0-M4_surefire-booter-3.0.0-M4.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/surefire/surefire-booter/3.0.0-M4/surefire-booter-3.0.0-M4.pom -> org_apache_maven_surefire_surefire-booter_3.0.0-M4_surefire-booter-3.0.0-M4.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/surefire/surefire-extensions-api/3.0.0-M4/surefire-extensions-api-3.0.0-M4.jar -> org_apache_maven_surefire_surefire-extensions-api_3.0.0-M4_surefire-extensions-api-3.0.0-M4.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/surefire/surefire-extensions-api/3.0.0-M4/surefire-extensions-api-3.0.0-M4.pom -> org_apache_maven_surefire_surefire-extensions-api_3.0.0-M4_surefire-extensions-api-3.0.0-M4.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/surefire/surefire-logger-api/3.0.0-M4/surefire-logger-api-3.0.0-M4.jar -> org_apache_maven_surefire_surefire-logger-api_3.0.0-M4_surefire-logger-api-3.0.0-M4.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/surefire/surefire-logger-api/3.0.0-M4/surefire-logger-api-3.0.0-M4.pom -> org_apache_maven_surefire_surefire-logger-api_3.0.0-M4_surefire-logger-api-3.0.0-M4.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/surefire/surefire/3.0.0-M4/surefire-3.0.0-M4.pom -> org_apache_maven_surefire_surefire_3.0.0-M4_surefire-3.0.0-M4.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/wagon/wagon-provider-api/1.0-beta-6/wagon-provider-api-1.0-beta-6.pom -> org_apache_maven_wagon_wagon-provider-api_1.0-beta-6_wagon-provider-api-1.0-beta-6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/wagon/wagon-provider-api/2.10/wagon-provider-api-2.10.jar -> org_apache_maven_wagon_wagon-provider-api_2.10_wagon-provider-api-2.10.jar
	https://repo.maven.apache.org/maven2/org/apache/maven/wagon/wagon-provider-api/2.10/wagon-provider-api-2.10.pom -> org_apache_maven_wagon_wagon-provider-api_2.10_wagon-provider-api-2.10.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/wagon/wagon/1.0-beta-6/wagon-1.0-beta-6.pom -> org_apache_maven_wagon_wagon_1.0-beta-6_wagon-1.0-beta-6.pom
	https://repo.maven.apache.org/maven2/org/apache/maven/wagon/wagon/2.10/wagon-2.10.pom -> org_apache_maven_wagon_wagon_2.10_wagon-2.10.pom
	https://repo.maven.apache.org/maven2/org/apache/struts/struts-core/1.3.8/struts-core-1.3.8.jar -> org_apache_struts_struts-core_1.3.8_struts-core-1.3.8.jar
	https://repo.maven.apache.org/maven2/org/apache/struts/struts-core/1.3.8/struts-core-1.3.8.pom -> org_apache_struts_struts-core_1.3.8_struts-core-1.3.8.pom
	https://repo.maven.apache.org/maven2/org/apache/struts/struts-master/4/struts-master-4.pom -> org_apache_struts_struts-master_4_struts-master-4.pom
	https://repo.maven.apache.org/maven2/org/apache/struts/struts-parent/1.3.8/struts-parent-1.3.8.pom -> org_apache_struts_struts-parent_1.3.8_struts-parent-1.3.8.pom
	https://repo.maven.apache.org/maven2/org/apache/struts/struts-taglib/1.3.8/struts-taglib-1.3.8.jar -> org_apache_struts_struts-taglib_1.3.8_struts-taglib-1.3.8.jar
	https://repo.maven.apache.org/maven2/org/apache/struts/struts-taglib/1.3.8/struts-taglib-1.3.8.pom -> org_apache_struts_struts-taglib_1.3.8_struts-taglib-1.3.8.pom
	https://repo.maven.apache.org/maven2/org/apache/struts/struts-tiles/1.3.8/struts-tiles-1.3.8.jar -> org_apache_struts_struts-tiles_1.3.8_struts-tiles-1.3.8.jar
	https://repo.maven.apache.org/maven2/org/apache/struts/struts-tiles/1.3.8/struts-tiles-1.3.8.pom -> org_apache_struts_struts-tiles_1.3.8_struts-tiles-1.3.8.pom
	https://repo.maven.apache.org/maven2/org/apache/velocity/velocity-tools/2.0/velocity-tools-2.0.jar -> org_apache_velocity_velocity-tools_2.0_velocity-tools-2.0.jar
	https://repo.maven.apache.org/maven2/org/apache/velocity/velocity-tools/2.0/velocity-tools-2.0.pom -> org_apache_velocity_velocity-tools_2.0_velocity-tools-2.0.pom
	https://repo.maven.apache.org/maven2/org/apache/velocity/velocity/1.6.2/velocity-1.6.2.pom -> org_apache_velocity_velocity_1.6.2_velocity-1.6.2.pom
	https://repo.maven.apache.org/maven2/org/apache/velocity/velocity/1.7/velocity-1.7.jar -> org_apache_velocity_velocity_1.7_velocity-1.7.jar
	https://repo.maven.apache.org/maven2/org/apache/velocity/velocity/1.7/velocity-1.7.pom -> org_apache_velocity_velocity_1.7_velocity-1.7.pom
	https://repo.maven.apache.org/maven2/org/apache/xbean/xbean-reflect/3.7/xbean-reflect-3.7.jar -> org_apache_xbean_xbean-reflect_3.7_xbean-reflect-3.7.jar
	https://repo.maven.apache.org/maven2/org/apache/xbean/xbean-reflect/3.7/xbean-reflect-3.7.pom -> org_apache_xbean_xbean-reflect_3.7_xbean-reflect-3.7.pom
	https://repo.maven.apache.org/maven2/org/apache/xbean/xbean/3.7/xbean-3.7.pom -> org_apache_xbean_xbean_3.7_xbean-3.7.pom
	https://repo.maven.apache.org/maven2/org/checkerframework/checker-qual/2.8.1/checker-qual-2.8.1.jar -> org_checkerframework_checker-qual_2.8.1_checker-qual-2.8.1.jar
	https://repo.maven.apache.org/maven2/org/checkerframework/checker-qual/2.8.1/checker-qual-2.8.1.pom -> org_checkerframework_checker-qual_2.8.1_checker-qual-2.8.1.pom
	https://repo.maven.apache.org/maven2/org/codehaus/mojo/animal-sniffer-annotations/1.17/animal-sniffer-annotations-1.17.jar -> org_codehaus_mojo_animal-sniffer-annotations_1.17_animal-sniffer-annotations-1.17.jar
	https://repo.maven.apache.org/maven2/org/codehaus/mojo/animal-sniffer-annotations/1.17/animal-sniffer-annotations-1.17.pom -> org_codehaus_mojo_animal-sniffer-annotations_1.17_animal-sniffer-annotations-1.17.pom
	https://repo.maven.apache.org/maven2/org/codehaus/mojo/animal-sniffer-parent/1.17/animal-sniffer-parent-1.17.pom -> org_codehaus_mojo_animal-sniffer-parent_1.17_animal-sniffer-parent-1.17.pom
	https://repo.maven.apache.org/maven2/org/codehaus/mojo/exec-maven-plugin/1.6.0/exec-maven-plugin-1.6.0.jar -> org_codehaus_mojo_exec-maven-plugin_1.6.0_exec-maven-plugin-1.6.0.jar
	https://repo.maven.apache.org/maven2/org/codehaus/mojo/exec-maven-plugin/1.6.0/exec-maven-plugin-1.6.0.pom -> org_codehaus_mojo_exec-maven-plugin_1.6.0_exec-maven-plugin-1.6.0.pom
	https://repo.maven.apache.org/maven2/org/codehaus/mojo/mojo-parent/40/mojo-parent-40.pom -> org_codehaus_mojo_mojo-parent_40_mojo-parent-40.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-archiver/4.2.0/plexus-archiver-4.2.0.pom -> org_codehaus_plexus_plexus-archiver_4.2.0_plexus-archiver-4.2.0.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-archiver/4.2.1/plexus-archiver-4.2.1.jar -> org_codehaus_plexus_plexus-archiver_4.2.1_plexus-archiver-4.2.1.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-archiver/4.2.1/plexus-archiver-4.2.1.pom -> org_codehaus_plexus_plexus-archiver_4.2.1_plexus-archiver-4.2.1.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-archiver/4.2.2/plexus-archiver-4.2.2.jar -> org_codehaus_plexus_plexus-archiver_4.2.2_plexus-archiver-4.2.2.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-archiver/4.2.2/plexus-archiver-4.2.2.pom -> org_codehaus_plexus_plexus-archiver_4.2.2_plexus-archiver-4.2.2.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-classworlds/1.2-alpha-9/plexus-classworlds-1.2-alpha-9.pom -> org_codehaus_plexus_plexus-classworlds_1.2-alpha-9_plexus-classworlds-1.2-alpha-9.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-classworlds/2.2.3/plexus-classworlds-2.2.3.jar -> org_codehaus_plexus_plexus-classworlds_2.2.3_plexus-classworlds-2.2.3.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-classworlds/2.2.3/plexus-classworlds-2.2.3.pom -> org_codehaus_plexus_plexus-classworlds_2.2.3_plexus-classworlds-2.2.3.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-classworlds/2.5.1/plexus-classworlds-2.5.1.pom -> org_codehaus_plexus_plexus-classworlds_2.5.1_plexus-classworlds-2.5.1.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-classworlds/2.5.2/plexus-classworlds-2.5.2.jar -> org_codehaus_plexus_plexus-classworlds_2.5.2_plexus-classworlds-2.5.2.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-classworlds/2.5.2/plexus-classworlds-2.5.2.pom -> org_codehaus_plexus_plexus-classworlds_2.5.2_plexus-classworlds-2.5.2.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-compiler-api/2.8.4/plexus-compiler-api-2.8.4.jar -> org_codehaus_plexus_plexus-compiler-api_2.8.4_plexus-compiler-api-2.8.4.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-compiler-api/2.8.4/plexus-compiler-api-2.8.4.pom -> org_codehaus_plexus_plexus-compiler-api_2.8.4_plexus-compiler-api-2.8.4.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-compiler-javac/2.8.4/plexus-compiler-javac-2.8.4.jar -> org_codehaus_plexus_plexus-compiler-javac_2.8.4_plexus-compiler-javac-2.8.4.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-compiler-javac/2.8.4/plexus-compiler-javac-2.8.4.pom -> org_codehaus_plexus_plexus-compiler-javac_2.8.4_plexus-compiler-javac-2.8.4.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-compiler-manager/2.8.4/plexus-compiler-manager-2.8.4.jar -> org_codehaus_plexus_plexus-compiler-manager_2.8.4_plexus-compiler-manager-2.8.4.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-compiler-manager/2.8.4/plexus-compiler-manager-2.8.4.pom -> org_codehaus_plexus_plexus-compiler-manager_2.8.4_plexus-compiler-manager-2.8.4.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-compiler/2.8.4/plexus-compiler-2.8.4.pom -> org_codehaus_plexus_plexus-compiler_2.8.4_plexus-compiler-2.8.4.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-compilers/2.8.4/plexus-compilers-2.8.4.pom -> org_codehaus_plexus_plexus-compilers_2.8.4_plexus-compilers-2.8.4.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-component-annotations/1.5.4/plexus-component-annotations-1.5.4.pom -> org_codehaus_plexus_plexus-component-annotations_1.5.4_plexus-component-annotations-1.5.4.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-component-annotations/1.5.5/plexus-component-annotations-1.5.5.jar -> org_codehaus_plexus_plexus-component-annotations_1.5.5_plexus-component-annotations-1.5.5.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-component-annotations/1.5.5/plexus-component-annotations-1.5.5.pom -> org_codehaus_plexus_plexus-component-annotations_1.5.5_plexus-component-annotations-1.5.5.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-component-annotations/1.7.1/plexus-component-annotations-1.7.1.jar -> org_codehaus_plexus_plexus-component-annotations_1.7.1_plexus-component-annotations-1.7.1.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-component-annotations/1.7.1/plexus-component-annotations-1.7.1.pom -> org_codehaus_plexus_plexus-component-annotations_1.7.1_plexus-component-annotations-1.7.1.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-component-annotations/2.0.0/plexus-component-annotations-2.0.0.jar -> org_codehaus_plexus_plexus-component-annotations_2.0.0_plexus-component-annotations-2.0.0.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-component-annotations/2.0.0/plexus-component-annotations-2.0.0.pom -> org_codehaus_plexus_plexus-component-annotations_2.0.0_plexus-component-annotations-2.0.0.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-components/1.1.12/plexus-components-1.1.12.pom -> org_codehaus_plexus_plexus-components_1.1.12_plexus-components-1.1.12.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-components/1.1.14/plexus-components-1.1.14.pom -> org_codehaus_plexus_plexus-components_1.1.14_plexus-components-1.1.14.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-components/1.1.15/plexus-components-1.1.15.pom -> org_codehaus_plexus_plexus-components_1.1.15_plexus-components-1.1.15.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-components/1.1.18/plexus-components-1.1.18.pom -> org_codehaus_plexus_plexus-components_1.1.18_plexus-components-1.1.18.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-components/1.1.7/plexus-components-1.1.7.pom -> org_codehaus_plexus_plexus-components_1.1.7_plexus-components-1.1.7.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-components/1.3.1/plexus-components-1.3.1.pom -> org_codehaus_plexus_plexus-components_1.3.1_plexus-components-1.3.1.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-components/4.0/plexus-components-4.0.pom -> org_codehaus_plexus_plexus-components_4.0_plexus-components-4.0.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-container-default/1.0-alpha-30/plexus-container-default-1.0-alpha-30.pom -> org_codehaus_plexus_plexus-container-default_1.0-alpha-30_plexus-container-default-1.0-alpha-30.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-container-default/1.0-alpha-8/plexus-container-default-1.0-alpha-8.pom -> org_codehaus_plexus_plexus-container-default_1.0-alpha-8_plexus-container-default-1.0-alpha-8.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-container-default/1.0-alpha-9-stable-1/plexus-container-default-1.0-alpha-9-stable-1.jar -> org_codehaus_plexus_plexus-container-default_1.0-alpha-9-stable-1_plexus-container-default-1.0-alpha-9-stable-1.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-container-default/1.0-alpha-9-stable-1/plexus-container-default-1.0-alpha-9-stable-1.pom -> org_codehaus_plexus_plexus-container-default_1.0-alpha-9-stable-1_plexus-container-default-1.0-alpha-9-stable-1.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-container-default/1.7.1/plexus-container-default-1.7.1.jar -> org_codehaus_plexus_plexus-container-default_1.7.1_plexus-container-default-1.7.1.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-container-default/1.7.1/plexus-container-default-1.7.1.pom -> org_codehaus_plexus_plexus-container-default_1.7.1_plexus-container-default-1.7.1.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-containers/1.0-alpha-30/plexus-containers-1.0-alpha-30.pom -> org_codehaus_plexus_plexus-containers_1.0-alpha-30_plexus-containers-1.0-alpha-30.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-containers/1.0.3/plexus-containers-1.0.3.pom -> org_codehaus_plexus_plexus-containers_1.0.3_plexus-containers-1.0.3.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-containers/1.5.4/plexus-containers-1.5.4.pom -> org_codehaus_plexus_plexus-containers_1.5.4_plexus-containers-1.5.4.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-containers/1.5.5/plexus-containers-1.5.5.pom -> org_codehaus_plexus_plexus-containers_1.5.5_plexus-containers-1.5.5.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-containers/1.7.1/plexus-containers-1.7.1.pom -> org_codehaus_plexus_plexus-containers_1.7.1_plexus-containers-1.7.1.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-containers/2.0.0/plexus-containers-2.0.0.pom -> org_codehaus_plexus_plexus-containers_2.0.0_plexus-containers-2.0.0.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-digest/1.0/plexus-digest-1.0.jar -> org_codehaus_plexus_plexus-digest_1.0_plexus-digest-1.0.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-digest/1.0/plexus-digest-1.0.pom -> org_codehaus_plexus_plexus-digest_1.0_plexus-digest-1.0.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-i18n/1.0-beta-10/plexus-i18n-1.0-beta-10.jar -> org_codehaus_plexus_plexus-i18n_1.0-beta-10_plexus-i18n-1.0-beta-10.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-i18n/1.0-beta-10/plexus-i18n-1.0-beta-10.pom -> org_codehaus_plexus_plexus-i18n_1.0-beta-10_plexus-i18n-1.0-beta-10.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-i18n/1.0-beta-7/plexus-i18n-1.0-beta-7.pom -> org_codehaus_plexus_plexus-i18n_1.0-beta-7_plexus-i18n-1.0-beta-7.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-interactivity-api/1.0-alpha-4/plexus-interactivity-api-1.0-alpha-4.jar -> org_codehaus_plexus_plexus-interactivity-api_1.0-alpha-4_plexus-interactivity-api-1.0-alpha-4.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-interactivity-api/1.0-alpha-4/plexus-interactivity-api-1.0-alpha-4.pom -> org_codehaus_plexus_plexus-interactivity-api_1.0-alpha-4_plexus-interactivity-api-1.0-alpha-4.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-interpolation/1.11/plexus-interpolation-1.11.jar -> org_codehaus_plexus_plexus-interpolation_1.11_plexus-interpolation-1.11.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-interpolation/1.11/plexus-interpolation-1.11.pom -> org_codehaus_plexus_plexus-interpolation_1.11_plexus-interpolation-1.11.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-interpolation/1.12/plexus-interpolation-1.12.pom -> org_codehaus_plexus_plexus-interpolation_1.12_plexus-interpolation-1.12.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-interpolation/1.13/plexus-interpolation-1.13.jar -> org_codehaus_plexus_plexus-interpolation_1.13_plexus-interpolation-1.13.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-interpolation/1.13/plexus-interpolation-1.13.pom -> org_codehaus_plexus_plexus-interpolation_1.13_plexus-interpolation-1.13.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-interpolation/1.14/plexus-interpolation-1.14.jar -> org_codehaus_plexus_plexus-interpolation_1.14_plexus-interpolation-1.14.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-interpolation/1.14/plexus-interpolation-1.14.pom -> org_codehaus_plexus_plexus-interpolation_1.14_plexus-interpolation-1.14.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-interpolation/1.22/plexus-interpolation-1.22.pom -> org_codehaus_plexus_plexus-interpolation_1.22_plexus-interpolation-1.22.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-interpolation/1.25/plexus-interpolation-1.25.jar -> org_codehaus_plexus_plexus-interpolation_1.25_plexus-interpolation-1.25.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-interpolation/1.25/plexus-interpolation-1.25.pom -> org_codehaus_plexus_plexus-interpolation_1.25_plexus-interpolation-1.25.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-io/3.2.0/plexus-io-3.2.0.jar -> org_codehaus_plexus_plexus-io_3.2.0_plexus-io-3.2.0.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-io/3.2.0/plexus-io-3.2.0.pom -> org_codehaus_plexus_plexus-io_3.2.0_plexus-io-3.2.0.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-java/0.9.10/plexus-java-0.9.10.jar -> org_codehaus_plexus_plexus-java_0.9.10_plexus-java-0.9.10.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-java/0.9.10/plexus-java-0.9.10.pom -> org_codehaus_plexus_plexus-java_0.9.10_plexus-java-0.9.10.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-java/1.0.3/plexus-java-1.0.3.jar -> org_codehaus_plexus_plexus-java_1.0.3_plexus-java-1.0.3.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-java/1.0.3/plexus-java-1.0.3.pom -> org_codehaus_plexus_plexus-java_1.0.3_plexus-java-1.0.3.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-languages/0.9.10/plexus-languages-0.9.10.pom -> org_codehaus_plexus_plexus-languages_0.9.10_plexus-languages-0.9.10.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-languages/1.0.3/plexus-languages-1.0.3.pom -> org_codehaus_plexus_plexus-languages_1.0.3_plexus-languages-1.0.3.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/1.0.4/plexus-utils-1.0.4.pom -> org_codehaus_plexus_plexus-utils_1.0.4_plexus-utils-1.0.4.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/1.1/plexus-utils-1.1.jar -> org_codehaus_plexus_plexus-utils_1.1_plexus-utils-1.1.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/1.1/plexus-utils-1.1.pom -> org_codehaus_plexus_plexus-utils_1.1_plexus-utils-1.1.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/1.4.1/plexus-utils-1.4.1.pom -> org_codehaus_plexus_plexus-utils_1.4.1_plexus-utils-1.4.1.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/1.4.2/plexus-utils-1.4.2.pom -> org_codehaus_plexus_plexus-utils_1.4.2_plexus-utils-1.4.2.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/1.4.5/plexus-utils-1.4.5.pom -> org_codehaus_plexus_plexus-utils_1.4.5_plexus-utils-1.4.5.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/1.5.1/plexus-utils-1.5.1.pom -> org_codehaus_plexus_plexus-utils_1.5.1_plexus-utils-1.5.1.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/1.5.15/plexus-utils-1.5.15.pom -> org_codehaus_plexus_plexus-utils_1.5.15_plexus-utils-1.5.15.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/1.5.5/plexus-utils-1.5.5.pom -> org_codehaus_plexus_plexus-utils_1.5.5_plexus-utils-1.5.5.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/1.5.8/plexus-utils-1.5.8.pom -> org_codehaus_plexus_plexus-utils_1.5.8_plexus-utils-1.5.8.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/2.0.4/plexus-utils-2.0.4.jar -> org_codehaus_plexus_plexus-utils_2.0.4_plexus-utils-2.0.4.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/2.0.4/plexus-utils-2.0.4.pom -> org_codehaus_plexus_plexus-utils_2.0.4_plexus-utils-2.0.4.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/2.0.5/plexus-utils-2.0.5.jar -> org_codehaus_plexus_plexus-utils_2.0.5_plexus-utils-2.0.5.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/2.0.5/plexus-utils-2.0.5.pom -> org_codehaus_plexus_plexus-utils_2.0.5_plexus-utils-2.0.5.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/3.0.15/plexus-utils-3.0.15.pom -> org_codehaus_plexus_plexus-utils_3.0.15_plexus-utils-3.0.15.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/3.0.17/plexus-utils-3.0.17.pom -> org_codehaus_plexus_plexus-utils_3.0.17_plexus-utils-3.0.17.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/3.0.20/plexus-utils-3.0.20.jar -> org_codehaus_plexus_plexus-utils_3.0.20_plexus-utils-3.0.20.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/3.0.20/plexus-utils-3.0.20.pom -> org_codehaus_plexus_plexus-utils_3.0.20_plexus-utils-3.0.20.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/3.0.22/plexus-utils-3.0.22.pom -> org_codehaus_plexus_plexus-utils_3.0.22_plexus-utils-3.0.22.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/3.0.24/plexus-utils-3.0.24.pom -> org_codehaus_plexus_plexus-utils_3.0.24_plexus-utils-3.0.24.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/3.0.5/plexus-utils-3.0.5.jar -> org_codehaus_plexus_plexus-utils_3.0.5_plexus-utils-3.0.5.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/3.0.5/plexus-utils-3.0.5.pom -> org_codehaus_plexus_plexus-utils_3.0.5_plexus-utils-3.0.5.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/3.1.0/plexus-utils-3.1.0.jar -> org_codehaus_plexus_plexus-utils_3.1.0_plexus-utils-3.1.0.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/3.1.0/plexus-utils-3.1.0.pom -> org_codehaus_plexus_plexus-utils_3.1.0_plexus-utils-3.1.0.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/3.1.1/plexus-utils-3.1.1.pom -> org_codehaus_plexus_plexus-utils_3.1.1_plexus-utils-3.1.1.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/3.3.0/plexus-utils-3.3.0.jar -> org_codehaus_plexus_plexus-utils_3.3.0_plexus-utils-3.3.0.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-utils/3.3.0/plexus-utils-3.3.0.pom -> org_codehaus_plexus_plexus-utils_3.3.0_plexus-utils-3.3.0.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-velocity/1.2/plexus-velocity-1.2.jar -> org_codehaus_plexus_plexus-velocity_1.2_plexus-velocity-1.2.jar
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus-velocity/1.2/plexus-velocity-1.2.pom -> org_codehaus_plexus_plexus-velocity_1.2_plexus-velocity-1.2.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus/1.0.10/plexus-1.0.10.pom -> org_codehaus_plexus_plexus_1.0.10_plexus-1.0.10.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus/1.0.11/plexus-1.0.11.pom -> org_codehaus_plexus_plexus_1.0.11_plexus-1.0.11.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus/1.0.4/plexus-1.0.4.pom -> org_codehaus_plexus_plexus_1.0.4_plexus-1.0.4.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus/1.0.8/plexus-1.0.8.pom -> org_codehaus_plexus_plexus_1.0.8_plexus-1.0.8.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus/2.0.2/plexus-2.0.2.pom -> org_codehaus_plexus_plexus_2.0.2_plexus-2.0.2.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus/2.0.3/plexus-2.0.3.pom -> org_codehaus_plexus_plexus_2.0.3_plexus-2.0.3.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus/2.0.5/plexus-2.0.5.pom -> org_codehaus_plexus_plexus_2.0.5_plexus-2.0.5.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus/2.0.6/plexus-2.0.6.pom -> org_codehaus_plexus_plexus_2.0.6_plexus-2.0.6.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus/2.0.7/plexus-2.0.7.pom -> org_codehaus_plexus_plexus_2.0.7_plexus-2.0.7.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus/3.1/plexus-3.1.pom -> org_codehaus_plexus_plexus_3.1_plexus-3.1.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus/3.3.1/plexus-3.3.1.pom -> org_codehaus_plexus_plexus_3.3.1_plexus-3.3.1.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus/4.0/plexus-4.0.pom -> org_codehaus_plexus_plexus_4.0_plexus-4.0.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus/5.1/plexus-5.1.pom -> org_codehaus_plexus_plexus_5.1_plexus-5.1.pom
	https://repo.maven.apache.org/maven2/org/codehaus/plexus/plexus/6.1/plexus-6.1.pom -> org_codehaus_plexus_plexus_6.1_plexus-6.1.pom
	https://repo.maven.apache.org/maven2/org/eclipse/aether/aether-util/0.9.0.M2/aether-util-0.9.0.M2.jar -> org_eclipse_aether_aether-util_0.9.0.M2_aether-util-0.9.0.M2.jar
	https://repo.maven.apache.org/maven2/org/eclipse/aether/aether-util/0.9.0.M2/aether-util-0.9.0.M2.pom -> org_eclipse_aether_aether-util_0.9.0.M2_aether-util-0.9.0.M2.pom
	https://repo.maven.apache.org/maven2/org/eclipse/aether/aether/0.9.0.M2/aether-0.9.0.M2.pom -> org_eclipse_aether_aether_0.9.0.M2_aether-0.9.0.M2.pom
	https://repo.maven.apache.org/maven2/org/eclipse/jgit/org.eclipse.jgit-parent/5.2.2.201904231744-r/org.eclipse.jgit-parent-5.2.2.201904231744-r.pom -> org_eclipse_jgit_org.eclipse.jgit-parent_5.2.2.201904231744-r_org.eclipse.jgit-parent-5.2.2.201904231744-r.pom
	https://repo.maven.apache.org/maven2/org/eclipse/jgit/org.eclipse.jgit/5.2.2.201904231744-r/org.eclipse.jgit-5.2.2.201904231744-r.jar -> org_eclipse_jgit_org.eclipse.jgit_5.2.2.201904231744-r_org.eclipse.jgit-5.2.2.201904231744-r.jar
	https://repo.maven.apache.org/maven2/org/eclipse/jgit/org.eclipse.jgit/5.2.2.201904231744-r/org.eclipse.jgit-5.2.2.201904231744-r.pom -> org_eclipse_jgit_org.eclipse.jgit_5.2.2.201904231744-r_org.eclipse.jgit-5.2.2.201904231744-r.pom
	https://repo.maven.apache.org/maven2/org/eclipse/sisu/org.eclipse.sisu.inject/0.3.3/org.eclipse.sisu.inject-0.3.3.jar -> org_eclipse_sisu_org.eclipse.sisu.inject_0.3.3_org.eclipse.sisu.inject-0.3.3.jar
	https://repo.maven.apache.org/maven2/org/eclipse/sisu/org.eclipse.sisu.inject/0.3.3/org.eclipse.sisu.inject-0.3.3.pom -> org_eclipse_sisu_org.eclipse.sisu.inject_0.3.3_org.eclipse.sisu.inject-0.3.3.pom
	https://repo.maven.apache.org/maven2/org/eclipse/sisu/org.eclipse.sisu.plexus/0.3.3/org.eclipse.sisu.plexus-0.3.3.jar -> org_eclipse_sisu_org.eclipse.sisu.plexus_0.3.3_org.eclipse.sisu.plexus-0.3.3.jar
	https://repo.maven.apache.org/maven2/org/eclipse/sisu/org.eclipse.sisu.plexus/0.3.3/org.eclipse.sisu.plexus-0.3.3.pom -> org_eclipse_sisu_org.eclipse.sisu.plexus_0.3.3_org.eclipse.sisu.plexus-0.3.3.pom
	https://repo.maven.apache.org/maven2/org/eclipse/sisu/sisu-inject/0.3.3/sisu-inject-0.3.3.pom -> org_eclipse_sisu_sisu-inject_0.3.3_sisu-inject-0.3.3.pom
	https://repo.maven.apache.org/maven2/org/eclipse/sisu/sisu-plexus/0.3.3/sisu-plexus-0.3.3.pom -> org_eclipse_sisu_sisu-plexus_0.3.3_sisu-plexus-0.3.3.pom
	https://repo.maven.apache.org/maven2/org/hamcrest/hamcrest-core/1.3/hamcrest-core-1.3.jar -> org_hamcrest_hamcrest-core_1.3_hamcrest-core-1.3.jar
	https://repo.maven.apache.org/maven2/org/hamcrest/hamcrest-core/1.3/hamcrest-core-1.3.pom -> org_hamcrest_hamcrest-core_1.3_hamcrest-core-1.3.pom
	https://repo.maven.apache.org/maven2/org/hamcrest/hamcrest-parent/1.3/hamcrest-parent-1.3.pom -> org_hamcrest_hamcrest-parent_1.3_hamcrest-parent-1.3.pom
	https://repo.maven.apache.org/maven2/org/iq80/snappy/snappy/0.4/snappy-0.4.jar -> org_iq80_snappy_snappy_0.4_snappy-0.4.jar
	https://repo.maven.apache.org/maven2/org/iq80/snappy/snappy/0.4/snappy-0.4.pom -> org_iq80_snappy_snappy_0.4_snappy-0.4.pom
	https://repo.maven.apache.org/maven2/org/jboss/weld/weld-api-bom/1.0/weld-api-bom-1.0.pom -> org_jboss_weld_weld-api-bom_1.0_weld-api-bom-1.0.pom
	https://repo.maven.apache.org/maven2/org/jboss/weld/weld-api-parent/1.0/weld-api-parent-1.0.pom -> org_jboss_weld_weld-api-parent_1.0_weld-api-parent-1.0.pom
	https://repo.maven.apache.org/maven2/org/jboss/weld/weld-parent/6/weld-parent-6.pom -> org_jboss_weld_weld-parent_6_weld-parent-6.pom
	https://repo.maven.apache.org/maven2/org/ow2/asm/asm/6.2/asm-6.2.jar -> org_ow2_asm_asm_6.2_asm-6.2.jar
	https://repo.maven.apache.org/maven2/org/ow2/asm/asm/6.2/asm-6.2.pom -> org_ow2_asm_asm_6.2_asm-6.2.pom
	https://repo.maven.apache.org/maven2/org/ow2/asm/asm/7.0/asm-7.0.jar -> org_ow2_asm_asm_7.0_asm-7.0.jar
	https://repo.maven.apache.org/maven2/org/ow2/asm/asm/7.0/asm-7.0.pom -> org_ow2_asm_asm_7.0_asm-7.0.pom
	https://repo.maven.apache.org/maven2/org/ow2/asm/asm/7.3.1/asm-7.3.1.jar -> org_ow2_asm_asm_7.3.1_asm-7.3.1.jar
	https://repo.maven.apache.org/maven2/org/ow2/asm/asm/7.3.1/asm-7.3.1.pom -> org_ow2_asm_asm_7.3.1_asm-7.3.1.pom
	https://repo.maven.apache.org/maven2/org/ow2/ow2/1.5/ow2-1.5.pom -> org_ow2_ow2_1.5_ow2-1.5.pom
	https://repo.maven.apache.org/maven2/org/slf4j/jcl-over-slf4j/1.5.6/jcl-over-slf4j-1.5.6.jar -> org_slf4j_jcl-over-slf4j_1.5.6_jcl-over-slf4j-1.5.6.jar
	https://repo.maven.apache.org/maven2/org/slf4j/jcl-over-slf4j/1.5.6/jcl-over-slf4j-1.5.6.pom -> org_slf4j_jcl-over-slf4j_1.5.6_jcl-over-slf4j-1.5.6.pom
	https://repo.maven.apache.org/maven2/org/slf4j/slf4j-api/1.5.6/slf4j-api-1.5.6.jar -> org_slf4j_slf4j-api_1.5.6_slf4j-api-1.5.6.jar
	https://repo.maven.apache.org/maven2/org/slf4j/slf4j-api/1.5.6/slf4j-api-1.5.6.pom -> org_slf4j_slf4j-api_1.5.6_slf4j-api-1.5.6.pom
	https://repo.maven.apache.org/maven2/org/slf4j/slf4j-api/1.7.2/slf4j-api-1.7.2.jar -> org_slf4j_slf4j-api_1.7.2_slf4j-api-1.7.2.jar
	https://repo.maven.apache.org/maven2/org/slf4j/slf4j-api/1.7.2/slf4j-api-1.7.2.pom -> org_slf4j_slf4j-api_1.7.2_slf4j-api-1.7.2.pom
	https://repo.maven.apache.org/maven2/org/slf4j/slf4j-api/1.7.5/slf4j-api-1.7.5.jar -> org_slf4j_slf4j-api_1.7.5_slf4j-api-1.7.5.jar
	https://repo.maven.apache.org/maven2/org/slf4j/slf4j-api/1.7.5/slf4j-api-1.7.5.pom -> org_slf4j_slf4j-api_1.7.5_slf4j-api-1.7.5.pom
	https://repo.maven.apache.org/maven2/org/slf4j/slf4j-jdk14/1.5.6/slf4j-jdk14-1.5.6.jar -> org_slf4j_slf4j-jdk14_1.5.6_slf4j-jdk14-1.5.6.jar
	https://repo.maven.apache.org/maven2/org/slf4j/slf4j-jdk14/1.5.6/slf4j-jdk14-1.5.6.pom -> org_slf4j_slf4j-jdk14_1.5.6_slf4j-jdk14-1.5.6.pom
	https://repo.maven.apache.org/maven2/org/slf4j/slf4j-parent/1.5.6/slf4j-parent-1.5.6.pom -> org_slf4j_slf4j-parent_1.5.6_slf4j-parent-1.5.6.pom
	https://repo.maven.apache.org/maven2/org/slf4j/slf4j-parent/1.7.2/slf4j-parent-1.7.2.pom -> org_slf4j_slf4j-parent_1.7.2_slf4j-parent-1.7.2.pom
	https://repo.maven.apache.org/maven2/org/slf4j/slf4j-parent/1.7.5/slf4j-parent-1.7.5.pom -> org_slf4j_slf4j-parent_1.7.5_slf4j-parent-1.7.5.pom
	https://repo.maven.apache.org/maven2/org/sonatype/aether/aether-api/1.7/aether-api-1.7.jar -> org_sonatype_aether_aether-api_1.7_aether-api-1.7.jar
	https://repo.maven.apache.org/maven2/org/sonatype/aether/aether-api/1.7/aether-api-1.7.pom -> org_sonatype_aether_aether-api_1.7_aether-api-1.7.pom
	https://repo.maven.apache.org/maven2/org/sonatype/aether/aether-impl/1.7/aether-impl-1.7.jar -> org_sonatype_aether_aether-impl_1.7_aether-impl-1.7.jar
	https://repo.maven.apache.org/maven2/org/sonatype/aether/aether-impl/1.7/aether-impl-1.7.pom -> org_sonatype_aether_aether-impl_1.7_aether-impl-1.7.pom
	https://repo.maven.apache.org/maven2/org/sonatype/aether/aether-parent/1.7/aether-parent-1.7.pom -> org_sonatype_aether_aether-parent_1.7_aether-parent-1.7.pom
	https://repo.maven.apache.org/maven2/org/sonatype/aether/aether-spi/1.7/aether-spi-1.7.jar -> org_sonatype_aether_aether-spi_1.7_aether-spi-1.7.jar
	https://repo.maven.apache.org/maven2/org/sonatype/aether/aether-spi/1.7/aether-spi-1.7.pom -> org_sonatype_aether_aether-spi_1.7_aether-spi-1.7.pom
	https://repo.maven.apache.org/maven2/org/sonatype/aether/aether-util/1.7/aether-util-1.7.jar -> org_sonatype_aether_aether-util_1.7_aether-util-1.7.jar
	https://repo.maven.apache.org/maven2/org/sonatype/aether/aether-util/1.7/aether-util-1.7.pom -> org_sonatype_aether_aether-util_1.7_aether-util-1.7.pom
	https://repo.maven.apache.org/maven2/org/sonatype/forge/forge-parent/10/forge-parent-10.pom -> org_sonatype_forge_forge-parent_10_forge-parent-10.pom
	https://repo.maven.apache.org/maven2/org/sonatype/forge/forge-parent/3/forge-parent-3.pom -> org_sonatype_forge_forge-parent_3_forge-parent-3.pom
	https://repo.maven.apache.org/maven2/org/sonatype/forge/forge-parent/4/forge-parent-4.pom -> org_sonatype_forge_forge-parent_4_forge-parent-4.pom
	https://repo.maven.apache.org/maven2/org/sonatype/forge/forge-parent/5/forge-parent-5.pom -> org_sonatype_forge_forge-parent_5_forge-parent-5.pom
	https://repo.maven.apache.org/maven2/org/sonatype/forge/forge-parent/6/forge-parent-6.pom -> org_sonatype_forge_forge-parent_6_forge-parent-6.pom
	https://repo.maven.apache.org/maven2/org/sonatype/oss/oss-parent/5/oss-parent-5.pom -> org_sonatype_oss_oss-parent_5_oss-parent-5.pom
	https://repo.maven.apache.org/maven2/org/sonatype/oss/oss-parent/6/oss-parent-6.pom -> org_sonatype_oss_oss-parent_6_oss-parent-6.pom
	https://repo.maven.apache.org/maven2/org/sonatype/oss/oss-parent/7/oss-parent-7.pom -> org_sonatype_oss_oss-parent_7_oss-parent-7.pom
	https://repo.maven.apache.org/maven2/org/sonatype/oss/oss-parent/9/oss-parent-9.pom -> org_sonatype_oss_oss-parent_9_oss-parent-9.pom
	https://repo.maven.apache.org/maven2/org/sonatype/plexus/plexus-build-api/0.0.4/plexus-build-api-0.0.4.jar -> org_sonatype_plexus_plexus-build-api_0.0.4_plexus-build-api-0.0.4.jar
	https://repo.maven.apache.org/maven2/org/sonatype/plexus/plexus-build-api/0.0.4/plexus-build-api-0.0.4.pom -> org_sonatype_plexus_plexus-build-api_0.0.4_plexus-build-api-0.0.4.pom
	https://repo.maven.apache.org/maven2/org/sonatype/plexus/plexus-build-api/0.0.7/plexus-build-api-0.0.7.jar -> org_sonatype_plexus_plexus-build-api_0.0.7_plexus-build-api-0.0.7.jar
	https://repo.maven.apache.org/maven2/org/sonatype/plexus/plexus-build-api/0.0.7/plexus-build-api-0.0.7.pom -> org_sonatype_plexus_plexus-build-api_0.0.7_plexus-build-api-0.0.7.pom
	https://repo.maven.apache.org/maven2/org/sonatype/plexus/plexus-cipher/1.4/plexus-cipher-1.4.jar -> org_sonatype_plexus_plexus-cipher_1.4_plexus-cipher-1.4.jar
	https://repo.maven.apache.org/maven2/org/sonatype/plexus/plexus-cipher/1.4/plexus-cipher-1.4.pom -> org_sonatype_plexus_plexus-cipher_1.4_plexus-cipher-1.4.pom
	https://repo.maven.apache.org/maven2/org/sonatype/plexus/plexus-sec-dispatcher/1.3/plexus-sec-dispatcher-1.3.jar -> org_sonatype_plexus_plexus-sec-dispatcher_1.3_plexus-sec-dispatcher-1.3.jar
	https://repo.maven.apache.org/maven2/org/sonatype/plexus/plexus-sec-dispatcher/1.3/plexus-sec-dispatcher-1.3.pom -> org_sonatype_plexus_plexus-sec-dispatcher_1.3_plexus-sec-dispatcher-1.3.pom
	https://repo.maven.apache.org/maven2/org/sonatype/sisu/inject/guice-bean/1.4.2/guice-bean-1.4.2.pom -> org_sonatype_sisu_inject_guice-bean_1.4.2_guice-bean-1.4.2.pom
	https://repo.maven.apache.org/maven2/org/sonatype/sisu/inject/guice-plexus/1.4.2/guice-plexus-1.4.2.pom -> org_sonatype_sisu_inject_guice-plexus_1.4.2_guice-plexus-1.4.2.pom
	https://repo.maven.apache.org/maven2/org/sonatype/sisu/sisu-guice/2.1.7/sisu-guice-2.1.7-noaop.jar -> org_sonatype_sisu_sisu-guice_2.1.7_sisu-guice-2.1.7-noaop.jar
	https://repo.maven.apache.org/maven2/org/sonatype/sisu/sisu-guice/2.1.7/sisu-guice-2.1.7.pom -> org_sonatype_sisu_sisu-guice_2.1.7_sisu-guice-2.1.7.pom
	https://repo.maven.apache.org/maven2/org/sonatype/sisu/sisu-inject-bean/1.4.2/sisu-inject-bean-1.4.2.jar -> org_sonatype_sisu_sisu-inject-bean_1.4.2_sisu-inject-bean-1.4.2.jar
	https://repo.maven.apache.org/maven2/org/sonatype/sisu/sisu-inject-bean/1.4.2/sisu-inject-bean-1.4.2.pom -> org_sonatype_sisu_sisu-inject-bean_1.4.2_sisu-inject-bean-1.4.2.pom
	https://repo.maven.apache.org/maven2/org/sonatype/sisu/sisu-inject-plexus/1.4.2/sisu-inject-plexus-1.4.2.jar -> org_sonatype_sisu_sisu-inject-plexus_1.4.2_sisu-inject-plexus-1.4.2.jar
	https://repo.maven.apache.org/maven2/org/sonatype/sisu/sisu-inject-plexus/1.4.2/sisu-inject-plexus-1.4.2.pom -> org_sonatype_sisu_sisu-inject-plexus_1.4.2_sisu-inject-plexus-1.4.2.pom
	https://repo.maven.apache.org/maven2/org/sonatype/sisu/sisu-inject/1.4.2/sisu-inject-1.4.2.pom -> org_sonatype_sisu_sisu-inject_1.4.2_sisu-inject-1.4.2.pom
	https://repo.maven.apache.org/maven2/org/sonatype/sisu/sisu-parent/1.4.2/sisu-parent-1.4.2.pom -> org_sonatype_sisu_sisu-parent_1.4.2_sisu-parent-1.4.2.pom
	https://repo.maven.apache.org/maven2/org/sonatype/spice/spice-parent/10/spice-parent-10.pom -> org_sonatype_spice_spice-parent_10_spice-parent-10.pom
	https://repo.maven.apache.org/maven2/org/sonatype/spice/spice-parent/12/spice-parent-12.pom -> org_sonatype_spice_spice-parent_12_spice-parent-12.pom
	https://repo.maven.apache.org/maven2/org/sonatype/spice/spice-parent/15/spice-parent-15.pom -> org_sonatype_spice_spice-parent_15_spice-parent-15.pom
	https://repo.maven.apache.org/maven2/org/sonatype/spice/spice-parent/17/spice-parent-17.pom -> org_sonatype_spice_spice-parent_17_spice-parent-17.pom
	https://repo.maven.apache.org/maven2/org/tukaani/xz/1.8/xz-1.8.jar -> org_tukaani_xz_1.8_xz-1.8.jar
	https://repo.maven.apache.org/maven2/org/tukaani/xz/1.8/xz-1.8.pom -> org_tukaani_xz_1.8_xz-1.8.pom
	https://repo.maven.apache.org/maven2/oro/oro/2.0.8/oro-2.0.8.jar -> oro_oro_2.0.8_oro-2.0.8.jar
	https://repo.maven.apache.org/maven2/oro/oro/2.0.8/oro-2.0.8.pom -> oro_oro_2.0.8_oro-2.0.8.pom
	https://repo.maven.apache.org/maven2/pl/project13/maven/git-commit-id-plugin/3.0.1/git-commit-id-plugin-3.0.1.jar -> pl_project13_maven_git-commit-id-plugin_3.0.1_git-commit-id-plugin-3.0.1.jar
	https://repo.maven.apache.org/maven2/pl/project13/maven/git-commit-id-plugin/3.0.1/git-commit-id-plugin-3.0.1.pom -> pl_project13_maven_git-commit-id-plugin_3.0.1_git-commit-id-plugin-3.0.1.pom
	https://repo.maven.apache.org/maven2/sslext/sslext/1.2-0/sslext-1.2-0.jar -> sslext_sslext_1.2-0_sslext-1.2-0.jar
	https://repo.maven.apache.org/maven2/sslext/sslext/1.2-0/sslext-1.2-0.pom -> sslext_sslext_1.2-0_sslext-1.2-0.pom
	https://repo.maven.apache.org/maven2/xml-apis/xml-apis/1.0.b2/xml-apis-1.0.b2.pom -> xml-apis_xml-apis_1.0.b2_xml-apis-1.0.b2.pom
	https://repo.maven.apache.org/maven2/xmlunit/xmlunit/1.5/xmlunit-1.5.pom -> xmlunit_xmlunit_1.5_xmlunit-1.5.pom
"

LICENSE="Apache-2.0 BSD"
SLOT="0"
KEYWORDS="~amd64"
RESTRICT="mirror"

BDEPEND="
	dev-build/cmake
	dev-java/dom4j:1
"

# Maven repository paths of the distfiles above (maven-offline.eclass).
MAVEN_OFFLINE_ARTIFACTS=(
	antlr/antlr/2.7.2/antlr-2.7.2.jar
	antlr/antlr/2.7.2/antlr-2.7.2.pom
	avalon-framework/avalon-framework/4.1.3/avalon-framework-4.1.3.pom
	backport-util-concurrent/backport-util-concurrent/3.1/backport-util-concurrent-3.1.jar
	backport-util-concurrent/backport-util-concurrent/3.1/backport-util-concurrent-3.1.pom
	classworlds/classworlds/1.1-alpha-2/classworlds-1.1-alpha-2.jar
	classworlds/classworlds/1.1-alpha-2/classworlds-1.1-alpha-2.pom
	classworlds/classworlds/1.1/classworlds-1.1.jar
	classworlds/classworlds/1.1/classworlds-1.1.pom
	com/fasterxml/jackson/core/jackson-annotations/2.9.0/jackson-annotations-2.9.0.jar
	com/fasterxml/jackson/core/jackson-annotations/2.9.0/jackson-annotations-2.9.0.pom
	com/fasterxml/jackson/core/jackson-core/2.9.9/jackson-core-2.9.9.jar
	com/fasterxml/jackson/core/jackson-core/2.9.9/jackson-core-2.9.9.pom
	com/fasterxml/jackson/core/jackson-databind/2.9.9.3/jackson-databind-2.9.9.3.jar
	com/fasterxml/jackson/core/jackson-databind/2.9.9.3/jackson-databind-2.9.9.3.pom
	com/fasterxml/jackson/jackson-base/2.9.9/jackson-base-2.9.9.pom
	com/fasterxml/jackson/jackson-bom/2.9.9/jackson-bom-2.9.9.pom
	com/fasterxml/jackson/jackson-parent/2.9.0/jackson-parent-2.9.0.pom
	com/fasterxml/jackson/jackson-parent/2.9.1.2/jackson-parent-2.9.1.2.pom
	com/fasterxml/oss-parent/28/oss-parent-28.pom
	com/fasterxml/oss-parent/34/oss-parent-34.pom
	com/google/code/findbugs/jsr305/2.0.1/jsr305-2.0.1.pom
	com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.jar
	com/google/code/findbugs/jsr305/3.0.2/jsr305-3.0.2.pom
	com/google/collections/google-collections/1.0/google-collections-1.0.jar
	com/google/collections/google-collections/1.0/google-collections-1.0.pom
	com/google/errorprone/error_prone_annotations/2.3.2/error_prone_annotations-2.3.2.jar
	com/google/errorprone/error_prone_annotations/2.3.2/error_prone_annotations-2.3.2.pom
	com/google/errorprone/error_prone_parent/2.3.2/error_prone_parent-2.3.2.pom
	com/google/google/1/google-1.pom
	com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.jar
	com/google/guava/failureaccess/1.0.1/failureaccess-1.0.1.pom
	com/google/guava/guava-parent/26.0-android/guava-parent-26.0-android.pom
	com/google/guava/guava-parent/28.0-jre/guava-parent-28.0-jre.pom
	com/google/guava/guava/28.0-jre/guava-28.0-jre.jar
	com/google/guava/guava/28.0-jre/guava-28.0-jre.pom
	com/google/guava/listenablefuture/9999.0-empty-to-avoid-conflict-with-guava/listenablefuture-9999.0-empty-to-avoid-conflict-with-guava.jar
	com/google/guava/listenablefuture/9999.0-empty-to-avoid-conflict-with-guava/listenablefuture-9999.0-empty-to-avoid-conflict-with-guava.pom
	com/google/j2objc/j2objc-annotations/1.3/j2objc-annotations-1.3.jar
	com/google/j2objc/j2objc-annotations/1.3/j2objc-annotations-1.3.pom
	com/googlecode/javaewah/JavaEWAH/1.1.6/JavaEWAH-1.1.6.jar
	com/googlecode/javaewah/JavaEWAH/1.1.6/JavaEWAH-1.1.6.pom
	com/jcraft/jsch/0.1.54/jsch-0.1.54.jar
	com/jcraft/jsch/0.1.54/jsch-0.1.54.pom
	com/jcraft/jzlib/1.1.1/jzlib-1.1.1.jar
	com/jcraft/jzlib/1.1.1/jzlib-1.1.1.pom
	com/thoughtworks/qdox/qdox/2.0-M9/qdox-2.0-M9.jar
	com/thoughtworks/qdox/qdox/2.0-M9/qdox-2.0-M9.pom
	commons-beanutils/commons-beanutils/1.6/commons-beanutils-1.6.pom
	commons-beanutils/commons-beanutils/1.7.0/commons-beanutils-1.7.0.jar
	commons-beanutils/commons-beanutils/1.7.0/commons-beanutils-1.7.0.pom
	commons-chain/commons-chain/1.1/commons-chain-1.1.jar
	commons-chain/commons-chain/1.1/commons-chain-1.1.pom
	commons-cli/commons-cli/1.0/commons-cli-1.0.jar
	commons-cli/commons-cli/1.0/commons-cli-1.0.pom
	commons-cli/commons-cli/1.2/commons-cli-1.2.jar
	commons-cli/commons-cli/1.2/commons-cli-1.2.pom
	commons-codec/commons-codec/1.11/commons-codec-1.11.jar
	commons-codec/commons-codec/1.11/commons-codec-1.11.pom
	commons-codec/commons-codec/1.3/commons-codec-1.3.pom
	commons-codec/commons-codec/1.6/commons-codec-1.6.jar
	commons-codec/commons-codec/1.6/commons-codec-1.6.pom
	commons-collections/commons-collections/2.0/commons-collections-2.0.pom
	commons-collections/commons-collections/2.1/commons-collections-2.1.pom
	commons-collections/commons-collections/3.1/commons-collections-3.1.pom
	commons-collections/commons-collections/3.2.1/commons-collections-3.2.1.pom
	commons-collections/commons-collections/3.2.2/commons-collections-3.2.2.jar
	commons-collections/commons-collections/3.2.2/commons-collections-3.2.2.pom
	commons-collections/commons-collections/3.2/commons-collections-3.2.pom
	commons-digester/commons-digester/1.6/commons-digester-1.6.pom
	commons-digester/commons-digester/1.8/commons-digester-1.8.jar
	commons-digester/commons-digester/1.8/commons-digester-1.8.pom
	commons-io/commons-io/2.4/commons-io-2.4.pom
	commons-io/commons-io/2.5/commons-io-2.5.jar
	commons-io/commons-io/2.5/commons-io-2.5.pom
	commons-io/commons-io/2.6/commons-io-2.6.jar
	commons-io/commons-io/2.6/commons-io-2.6.pom
	commons-lang/commons-lang/2.4/commons-lang-2.4.pom
	commons-lang/commons-lang/2.6/commons-lang-2.6.jar
	commons-lang/commons-lang/2.6/commons-lang-2.6.pom
	commons-logging/commons-logging/1.0.3/commons-logging-1.0.3.pom
	commons-logging/commons-logging/1.0.4/commons-logging-1.0.4.pom
	commons-logging/commons-logging/1.0/commons-logging-1.0.pom
	commons-logging/commons-logging/1.1.1/commons-logging-1.1.1.pom
	commons-logging/commons-logging/1.1/commons-logging-1.1.pom
	commons-logging/commons-logging/1.2/commons-logging-1.2.jar
	commons-logging/commons-logging/1.2/commons-logging-1.2.pom
	commons-validator/commons-validator/1.3.1/commons-validator-1.3.1.jar
	commons-validator/commons-validator/1.3.1/commons-validator-1.3.1.pom
	dom4j/dom4j/1.1/dom4j-1.1.pom
	javax/annotation/jsr250-api/1.0/jsr250-api-1.0.jar
	javax/annotation/jsr250-api/1.0/jsr250-api-1.0.pom
	javax/enterprise/cdi-api/1.0/cdi-api-1.0.jar
	javax/enterprise/cdi-api/1.0/cdi-api-1.0.pom
	javax/inject/javax.inject/1/javax.inject-1.jar
	javax/inject/javax.inject/1/javax.inject-1.pom
	javax/servlet/servlet-api/2.3/servlet-api-2.3.pom
	joda-time/joda-time/2.10.3/joda-time-2.10.3.jar
	joda-time/joda-time/2.10.3/joda-time-2.10.3.pom
	junit/junit/3.8.1/junit-3.8.1.jar
	junit/junit/3.8.1/junit-3.8.1.pom
	junit/junit/4.12/junit-4.12.jar
	junit/junit/4.12/junit-4.12.pom
	kr/motd/maven/os-maven-plugin/1.6.1/os-maven-plugin-1.6.1.jar
	kr/motd/maven/os-maven-plugin/1.6.1/os-maven-plugin-1.6.1.pom
	log4j/log4j/1.2.12/log4j-1.2.12.pom
	logkit/logkit/1.0.1/logkit-1.0.1.pom
	org/apache/apache/10/apache-10.pom
	org/apache/apache/11/apache-11.pom
	org/apache/apache/13/apache-13.pom
	org/apache/apache/15/apache-15.pom
	org/apache/apache/16/apache-16.pom
	org/apache/apache/17/apache-17.pom
	org/apache/apache/18/apache-18.pom
	org/apache/apache/19/apache-19.pom
	org/apache/apache/2/apache-2.pom
	org/apache/apache/21/apache-21.pom
	org/apache/apache/23/apache-23.pom
	org/apache/apache/3/apache-3.pom
	org/apache/apache/4/apache-4.pom
	org/apache/apache/5/apache-5.pom
	org/apache/apache/6/apache-6.pom
	org/apache/apache/7/apache-7.pom
	org/apache/apache/9/apache-9.pom
	org/apache/commons/commons-compress/1.19/commons-compress-1.19.jar
	org/apache/commons/commons-compress/1.19/commons-compress-1.19.pom
	org/apache/commons/commons-compress/1.20/commons-compress-1.20.jar
	org/apache/commons/commons-compress/1.20/commons-compress-1.20.pom
	org/apache/commons/commons-exec/1.3/commons-exec-1.3.jar
	org/apache/commons/commons-exec/1.3/commons-exec-1.3.pom
	org/apache/commons/commons-lang3/3.5/commons-lang3-3.5.jar
	org/apache/commons/commons-lang3/3.5/commons-lang3-3.5.pom
	org/apache/commons/commons-lang3/3.8.1/commons-lang3-3.8.1.pom
	org/apache/commons/commons-parent/11/commons-parent-11.pom
	org/apache/commons/commons-parent/17/commons-parent-17.pom
	org/apache/commons/commons-parent/22/commons-parent-22.pom
	org/apache/commons/commons-parent/25/commons-parent-25.pom
	org/apache/commons/commons-parent/34/commons-parent-34.pom
	org/apache/commons/commons-parent/35/commons-parent-35.pom
	org/apache/commons/commons-parent/39/commons-parent-39.pom
	org/apache/commons/commons-parent/41/commons-parent-41.pom
	org/apache/commons/commons-parent/42/commons-parent-42.pom
	org/apache/commons/commons-parent/47/commons-parent-47.pom
	org/apache/commons/commons-parent/48/commons-parent-48.pom
	org/apache/commons/commons-parent/5/commons-parent-5.pom
	org/apache/commons/commons-parent/9/commons-parent-9.pom
	org/apache/geronimo/genesis/genesis-default-flava/2.0/genesis-default-flava-2.0.pom
	org/apache/geronimo/genesis/genesis-java5-flava/2.0/genesis-java5-flava-2.0.pom
	org/apache/geronimo/genesis/genesis/2.0/genesis-2.0.pom
	org/apache/httpcomponents/httpclient/4.0.2/httpclient-4.0.2.pom
	org/apache/httpcomponents/httpclient/4.5.8/httpclient-4.5.8.jar
	org/apache/httpcomponents/httpclient/4.5.8/httpclient-4.5.8.pom
	org/apache/httpcomponents/httpcomponents-client/4.0.2/httpcomponents-client-4.0.2.pom
	org/apache/httpcomponents/httpcomponents-client/4.5.8/httpcomponents-client-4.5.8.pom
	org/apache/httpcomponents/httpcomponents-core/4.0.1/httpcomponents-core-4.0.1.pom
	org/apache/httpcomponents/httpcomponents-core/4.4.11/httpcomponents-core-4.4.11.pom
	org/apache/httpcomponents/httpcomponents-parent/11/httpcomponents-parent-11.pom
	org/apache/httpcomponents/httpcore/4.0.1/httpcore-4.0.1.pom
	org/apache/httpcomponents/httpcore/4.4.11/httpcore-4.4.11.jar
	org/apache/httpcomponents/httpcore/4.4.11/httpcore-4.4.11.pom
	org/apache/httpcomponents/project/4.0/project-4.0.pom
	org/apache/httpcomponents/project/4.1/project-4.1.pom
	org/apache/maven/doxia/doxia-core/1.7/doxia-core-1.7.pom
	org/apache/maven/doxia/doxia-core/1.9/doxia-core-1.9.jar
	org/apache/maven/doxia/doxia-core/1.9/doxia-core-1.9.pom
	org/apache/maven/doxia/doxia-decoration-model/1.7.4/doxia-decoration-model-1.7.4.jar
	org/apache/maven/doxia/doxia-decoration-model/1.7.4/doxia-decoration-model-1.7.4.pom
	org/apache/maven/doxia/doxia-decoration-model/1.9/doxia-decoration-model-1.9.pom
	org/apache/maven/doxia/doxia-logging-api/1.1/doxia-logging-api-1.1.jar
	org/apache/maven/doxia/doxia-logging-api/1.1/doxia-logging-api-1.1.pom
	org/apache/maven/doxia/doxia-logging-api/1.7/doxia-logging-api-1.7.pom
	org/apache/maven/doxia/doxia-logging-api/1.9/doxia-logging-api-1.9.jar
	org/apache/maven/doxia/doxia-logging-api/1.9/doxia-logging-api-1.9.pom
	org/apache/maven/doxia/doxia-module-xhtml/1.7/doxia-module-xhtml-1.7.pom
	org/apache/maven/doxia/doxia-module-xhtml/1.9/doxia-module-xhtml-1.9.jar
	org/apache/maven/doxia/doxia-module-xhtml/1.9/doxia-module-xhtml-1.9.pom
	org/apache/maven/doxia/doxia-module-xhtml5/1.9/doxia-module-xhtml5-1.9.jar
	org/apache/maven/doxia/doxia-module-xhtml5/1.9/doxia-module-xhtml5-1.9.pom
	org/apache/maven/doxia/doxia-modules/1.7/doxia-modules-1.7.pom
	org/apache/maven/doxia/doxia-modules/1.9/doxia-modules-1.9.pom
	org/apache/maven/doxia/doxia-sink-api/1.0-alpha-7/doxia-sink-api-1.0-alpha-7.jar
	org/apache/maven/doxia/doxia-sink-api/1.0-alpha-7/doxia-sink-api-1.0-alpha-7.pom
	org/apache/maven/doxia/doxia-sink-api/1.0/doxia-sink-api-1.0.pom
	org/apache/maven/doxia/doxia-sink-api/1.1/doxia-sink-api-1.1.jar
	org/apache/maven/doxia/doxia-sink-api/1.1/doxia-sink-api-1.1.pom
	org/apache/maven/doxia/doxia-sink-api/1.7/doxia-sink-api-1.7.pom
	org/apache/maven/doxia/doxia-sink-api/1.9/doxia-sink-api-1.9.jar
	org/apache/maven/doxia/doxia-sink-api/1.9/doxia-sink-api-1.9.pom
	org/apache/maven/doxia/doxia-site-renderer/1.7.4/doxia-site-renderer-1.7.4.pom
	org/apache/maven/doxia/doxia-site-renderer/1.9/doxia-site-renderer-1.9.jar
	org/apache/maven/doxia/doxia-site-renderer/1.9/doxia-site-renderer-1.9.pom
	org/apache/maven/doxia/doxia-sitetools/1.7.4/doxia-sitetools-1.7.4.pom
	org/apache/maven/doxia/doxia-sitetools/1.9/doxia-sitetools-1.9.pom
	org/apache/maven/doxia/doxia-skin-model/1.7.4/doxia-skin-model-1.7.4.pom
	org/apache/maven/doxia/doxia-skin-model/1.9/doxia-skin-model-1.9.jar
	org/apache/maven/doxia/doxia-skin-model/1.9/doxia-skin-model-1.9.pom
	org/apache/maven/doxia/doxia/1.0-alpha-7/doxia-1.0-alpha-7.pom
	org/apache/maven/doxia/doxia/1.0/doxia-1.0.pom
	org/apache/maven/doxia/doxia/1.1/doxia-1.1.pom
	org/apache/maven/doxia/doxia/1.7/doxia-1.7.pom
	org/apache/maven/doxia/doxia/1.9/doxia-1.9.pom
	org/apache/maven/maven-aether-provider/3.0/maven-aether-provider-3.0.jar
	org/apache/maven/maven-aether-provider/3.0/maven-aether-provider-3.0.pom
	org/apache/maven/maven-archiver/3.5.0/maven-archiver-3.5.0.jar
	org/apache/maven/maven-archiver/3.5.0/maven-archiver-3.5.0.pom
	org/apache/maven/maven-artifact-manager/2.0.6/maven-artifact-manager-2.0.6.jar
	org/apache/maven/maven-artifact-manager/2.0.6/maven-artifact-manager-2.0.6.pom
	org/apache/maven/maven-artifact-manager/2.2.1/maven-artifact-manager-2.2.1.jar
	org/apache/maven/maven-artifact-manager/2.2.1/maven-artifact-manager-2.2.1.pom
	org/apache/maven/maven-artifact/2.0.5/maven-artifact-2.0.5.pom
	org/apache/maven/maven-artifact/2.0.6/maven-artifact-2.0.6.jar
	org/apache/maven/maven-artifact/2.0.6/maven-artifact-2.0.6.pom
	org/apache/maven/maven-artifact/2.2.1/maven-artifact-2.2.1.jar
	org/apache/maven/maven-artifact/2.2.1/maven-artifact-2.2.1.pom
	org/apache/maven/maven-artifact/3.0/maven-artifact-3.0.jar
	org/apache/maven/maven-artifact/3.0/maven-artifact-3.0.pom
	org/apache/maven/maven-artifact/3.5.3/maven-artifact-3.5.3.jar
	org/apache/maven/maven-artifact/3.5.3/maven-artifact-3.5.3.pom
	org/apache/maven/maven-compat/3.0/maven-compat-3.0.jar
	org/apache/maven/maven-compat/3.0/maven-compat-3.0.pom
	org/apache/maven/maven-core/2.0.6/maven-core-2.0.6.jar
	org/apache/maven/maven-core/2.0.6/maven-core-2.0.6.pom
	org/apache/maven/maven-core/2.2.1/maven-core-2.2.1.jar
	org/apache/maven/maven-core/2.2.1/maven-core-2.2.1.pom
	org/apache/maven/maven-core/3.0/maven-core-3.0.jar
	org/apache/maven/maven-core/3.0/maven-core-3.0.pom
	org/apache/maven/maven-error-diagnostics/2.0.6/maven-error-diagnostics-2.0.6.jar
	org/apache/maven/maven-error-diagnostics/2.0.6/maven-error-diagnostics-2.0.6.pom
	org/apache/maven/maven-error-diagnostics/2.2.1/maven-error-diagnostics-2.2.1.jar
	org/apache/maven/maven-error-diagnostics/2.2.1/maven-error-diagnostics-2.2.1.pom
	org/apache/maven/maven-model-builder/3.0/maven-model-builder-3.0.jar
	org/apache/maven/maven-model-builder/3.0/maven-model-builder-3.0.pom
	org/apache/maven/maven-model/2.0.5/maven-model-2.0.5.pom
	org/apache/maven/maven-model/2.0.6/maven-model-2.0.6.jar
	org/apache/maven/maven-model/2.0.6/maven-model-2.0.6.pom
	org/apache/maven/maven-model/2.2.1/maven-model-2.2.1.jar
	org/apache/maven/maven-model/2.2.1/maven-model-2.2.1.pom
	org/apache/maven/maven-model/3.0/maven-model-3.0.jar
	org/apache/maven/maven-model/3.0/maven-model-3.0.pom
	org/apache/maven/maven-model/3.5.3/maven-model-3.5.3.jar
	org/apache/maven/maven-model/3.5.3/maven-model-3.5.3.pom
	org/apache/maven/maven-monitor/2.0.6/maven-monitor-2.0.6.jar
	org/apache/maven/maven-monitor/2.0.6/maven-monitor-2.0.6.pom
	org/apache/maven/maven-monitor/2.2.1/maven-monitor-2.2.1.jar
	org/apache/maven/maven-monitor/2.2.1/maven-monitor-2.2.1.pom
	org/apache/maven/maven-parent/10/maven-parent-10.pom
	org/apache/maven/maven-parent/11/maven-parent-11.pom
	org/apache/maven/maven-parent/15/maven-parent-15.pom
	org/apache/maven/maven-parent/16/maven-parent-16.pom
	org/apache/maven/maven-parent/21/maven-parent-21.pom
	org/apache/maven/maven-parent/22/maven-parent-22.pom
	org/apache/maven/maven-parent/23/maven-parent-23.pom
	org/apache/maven/maven-parent/25/maven-parent-25.pom
	org/apache/maven/maven-parent/26/maven-parent-26.pom
	org/apache/maven/maven-parent/27/maven-parent-27.pom
	org/apache/maven/maven-parent/30/maven-parent-30.pom
	org/apache/maven/maven-parent/31/maven-parent-31.pom
	org/apache/maven/maven-parent/33/maven-parent-33.pom
	org/apache/maven/maven-parent/34/maven-parent-34.pom
	org/apache/maven/maven-parent/5/maven-parent-5.pom
	org/apache/maven/maven-plugin-api/2.0.6/maven-plugin-api-2.0.6.jar
	org/apache/maven/maven-plugin-api/2.0.6/maven-plugin-api-2.0.6.pom
	org/apache/maven/maven-plugin-api/2.2.1/maven-plugin-api-2.2.1.jar
	org/apache/maven/maven-plugin-api/2.2.1/maven-plugin-api-2.2.1.pom
	org/apache/maven/maven-plugin-api/3.0/maven-plugin-api-3.0.jar
	org/apache/maven/maven-plugin-api/3.0/maven-plugin-api-3.0.pom
	org/apache/maven/maven-plugin-api/3.5.3/maven-plugin-api-3.5.3.jar
	org/apache/maven/maven-plugin-api/3.5.3/maven-plugin-api-3.5.3.pom
	org/apache/maven/maven-plugin-descriptor/2.0.6/maven-plugin-descriptor-2.0.6.jar
	org/apache/maven/maven-plugin-descriptor/2.0.6/maven-plugin-descriptor-2.0.6.pom
	org/apache/maven/maven-plugin-descriptor/2.2.1/maven-plugin-descriptor-2.2.1.jar
	org/apache/maven/maven-plugin-descriptor/2.2.1/maven-plugin-descriptor-2.2.1.pom
	org/apache/maven/maven-plugin-parameter-documenter/2.0.6/maven-plugin-parameter-documenter-2.0.6.jar
	org/apache/maven/maven-plugin-parameter-documenter/2.0.6/maven-plugin-parameter-documenter-2.0.6.pom
	org/apache/maven/maven-plugin-parameter-documenter/2.2.1/maven-plugin-parameter-documenter-2.2.1.jar
	org/apache/maven/maven-plugin-parameter-documenter/2.2.1/maven-plugin-parameter-documenter-2.2.1.pom
	org/apache/maven/maven-plugin-registry/2.0.6/maven-plugin-registry-2.0.6.jar
	org/apache/maven/maven-plugin-registry/2.0.6/maven-plugin-registry-2.0.6.pom
	org/apache/maven/maven-plugin-registry/2.2.1/maven-plugin-registry-2.2.1.jar
	org/apache/maven/maven-plugin-registry/2.2.1/maven-plugin-registry-2.2.1.pom
	org/apache/maven/maven-profile/2.0.6/maven-profile-2.0.6.jar
	org/apache/maven/maven-profile/2.0.6/maven-profile-2.0.6.pom
	org/apache/maven/maven-profile/2.2.1/maven-profile-2.2.1.jar
	org/apache/maven/maven-profile/2.2.1/maven-profile-2.2.1.pom
	org/apache/maven/maven-project/2.0.6/maven-project-2.0.6.jar
	org/apache/maven/maven-project/2.0.6/maven-project-2.0.6.pom
	org/apache/maven/maven-project/2.2.1/maven-project-2.2.1.jar
	org/apache/maven/maven-project/2.2.1/maven-project-2.2.1.pom
	org/apache/maven/maven-repository-metadata/2.0.6/maven-repository-metadata-2.0.6.jar
	org/apache/maven/maven-repository-metadata/2.0.6/maven-repository-metadata-2.0.6.pom
	org/apache/maven/maven-repository-metadata/2.2.1/maven-repository-metadata-2.2.1.jar
	org/apache/maven/maven-repository-metadata/2.2.1/maven-repository-metadata-2.2.1.pom
	org/apache/maven/maven-repository-metadata/3.0/maven-repository-metadata-3.0.jar
	org/apache/maven/maven-repository-metadata/3.0/maven-repository-metadata-3.0.pom
	org/apache/maven/maven-settings-builder/3.0/maven-settings-builder-3.0.jar
	org/apache/maven/maven-settings-builder/3.0/maven-settings-builder-3.0.pom
	org/apache/maven/maven-settings/2.0.6/maven-settings-2.0.6.jar
	org/apache/maven/maven-settings/2.0.6/maven-settings-2.0.6.pom
	org/apache/maven/maven-settings/2.2.1/maven-settings-2.2.1.jar
	org/apache/maven/maven-settings/2.2.1/maven-settings-2.2.1.pom
	org/apache/maven/maven-settings/3.0/maven-settings-3.0.jar
	org/apache/maven/maven-settings/3.0/maven-settings-3.0.pom
	org/apache/maven/maven-toolchain/2.2.1/maven-toolchain-2.2.1.jar
	org/apache/maven/maven-toolchain/2.2.1/maven-toolchain-2.2.1.pom
	org/apache/maven/maven-toolchain/3.0-alpha-2/maven-toolchain-3.0-alpha-2.jar
	org/apache/maven/maven-toolchain/3.0-alpha-2/maven-toolchain-3.0-alpha-2.pom
	org/apache/maven/maven/2.0.5/maven-2.0.5.pom
	org/apache/maven/maven/2.0.6/maven-2.0.6.pom
	org/apache/maven/maven/2.2.1/maven-2.2.1.pom
	org/apache/maven/maven/3.0-alpha-2/maven-3.0-alpha-2.pom
	org/apache/maven/maven/3.0/maven-3.0.pom
	org/apache/maven/maven/3.5.3/maven-3.5.3.pom
	org/apache/maven/plugins/maven-assembly-plugin/3.2.0/maven-assembly-plugin-3.2.0.jar
	org/apache/maven/plugins/maven-assembly-plugin/3.2.0/maven-assembly-plugin-3.2.0.pom
	org/apache/maven/plugins/maven-clean-plugin/3.1.0/maven-clean-plugin-3.1.0.jar
	org/apache/maven/plugins/maven-clean-plugin/3.1.0/maven-clean-plugin-3.1.0.pom
	org/apache/maven/plugins/maven-compiler-plugin/3.8.1/maven-compiler-plugin-3.8.1.jar
	org/apache/maven/plugins/maven-compiler-plugin/3.8.1/maven-compiler-plugin-3.8.1.pom
	org/apache/maven/plugins/maven-dependency-plugin/3.1.2/maven-dependency-plugin-3.1.2.jar
	org/apache/maven/plugins/maven-dependency-plugin/3.1.2/maven-dependency-plugin-3.1.2.pom
	org/apache/maven/plugins/maven-install-plugin/2.4/maven-install-plugin-2.4.jar
	org/apache/maven/plugins/maven-install-plugin/2.4/maven-install-plugin-2.4.pom
	org/apache/maven/plugins/maven-jar-plugin/3.2.0/maven-jar-plugin-3.2.0.jar
	org/apache/maven/plugins/maven-jar-plugin/3.2.0/maven-jar-plugin-3.2.0.pom
	org/apache/maven/plugins/maven-plugins/23/maven-plugins-23.pom
	org/apache/maven/plugins/maven-plugins/31/maven-plugins-31.pom
	org/apache/maven/plugins/maven-plugins/33/maven-plugins-33.pom
	org/apache/maven/plugins/maven-plugins/34/maven-plugins-34.pom
	org/apache/maven/plugins/maven-resources-plugin/2.6/maven-resources-plugin-2.6.jar
	org/apache/maven/plugins/maven-resources-plugin/2.6/maven-resources-plugin-2.6.pom
	org/apache/maven/plugins/maven-surefire-plugin/3.0.0-M4/maven-surefire-plugin-3.0.0-M4.jar
	org/apache/maven/plugins/maven-surefire-plugin/3.0.0-M4/maven-surefire-plugin-3.0.0-M4.pom
	org/apache/maven/reporting/maven-reporting-api/2.0.6/maven-reporting-api-2.0.6.jar
	org/apache/maven/reporting/maven-reporting-api/2.0.6/maven-reporting-api-2.0.6.pom
	org/apache/maven/reporting/maven-reporting-api/2.2.1/maven-reporting-api-2.2.1.jar
	org/apache/maven/reporting/maven-reporting-api/2.2.1/maven-reporting-api-2.2.1.pom
	org/apache/maven/reporting/maven-reporting-api/3.0/maven-reporting-api-3.0.jar
	org/apache/maven/reporting/maven-reporting-api/3.0/maven-reporting-api-3.0.pom
	org/apache/maven/reporting/maven-reporting-impl/3.0.0/maven-reporting-impl-3.0.0.jar
	org/apache/maven/reporting/maven-reporting-impl/3.0.0/maven-reporting-impl-3.0.0.pom
	org/apache/maven/reporting/maven-reporting/2.0.6/maven-reporting-2.0.6.pom
	org/apache/maven/reporting/maven-reporting/2.2.1/maven-reporting-2.2.1.pom
	org/apache/maven/shared/file-management/3.0.0/file-management-3.0.0.jar
	org/apache/maven/shared/file-management/3.0.0/file-management-3.0.0.pom
	org/apache/maven/shared/maven-artifact-transfer/0.11.0/maven-artifact-transfer-0.11.0.jar
	org/apache/maven/shared/maven-artifact-transfer/0.11.0/maven-artifact-transfer-0.11.0.pom
	org/apache/maven/shared/maven-common-artifact-filters/3.0.1/maven-common-artifact-filters-3.0.1.pom
	org/apache/maven/shared/maven-common-artifact-filters/3.1.0/maven-common-artifact-filters-3.1.0.jar
	org/apache/maven/shared/maven-common-artifact-filters/3.1.0/maven-common-artifact-filters-3.1.0.pom
	org/apache/maven/shared/maven-dependency-analyzer/1.11.1/maven-dependency-analyzer-1.11.1.jar
	org/apache/maven/shared/maven-dependency-analyzer/1.11.1/maven-dependency-analyzer-1.11.1.pom
	org/apache/maven/shared/maven-dependency-tree/3.0.1/maven-dependency-tree-3.0.1.jar
	org/apache/maven/shared/maven-dependency-tree/3.0.1/maven-dependency-tree-3.0.1.pom
	org/apache/maven/shared/maven-filtering/1.1/maven-filtering-1.1.jar
	org/apache/maven/shared/maven-filtering/1.1/maven-filtering-1.1.pom
	org/apache/maven/shared/maven-filtering/3.1.1/maven-filtering-3.1.1.jar
	org/apache/maven/shared/maven-filtering/3.1.1/maven-filtering-3.1.1.pom
	org/apache/maven/shared/maven-shared-components/15/maven-shared-components-15.pom
	org/apache/maven/shared/maven-shared-components/17/maven-shared-components-17.pom
	org/apache/maven/shared/maven-shared-components/18/maven-shared-components-18.pom
	org/apache/maven/shared/maven-shared-components/19/maven-shared-components-19.pom
	org/apache/maven/shared/maven-shared-components/21/maven-shared-components-21.pom
	org/apache/maven/shared/maven-shared-components/22/maven-shared-components-22.pom
	org/apache/maven/shared/maven-shared-components/30/maven-shared-components-30.pom
	org/apache/maven/shared/maven-shared-components/33/maven-shared-components-33.pom
	org/apache/maven/shared/maven-shared-incremental/1.1/maven-shared-incremental-1.1.jar
	org/apache/maven/shared/maven-shared-incremental/1.1/maven-shared-incremental-1.1.pom
	org/apache/maven/shared/maven-shared-io/3.0.0/maven-shared-io-3.0.0.jar
	org/apache/maven/shared/maven-shared-io/3.0.0/maven-shared-io-3.0.0.pom
	org/apache/maven/shared/maven-shared-utils/0.1/maven-shared-utils-0.1.pom
	org/apache/maven/shared/maven-shared-utils/3.0.0/maven-shared-utils-3.0.0.pom
	org/apache/maven/shared/maven-shared-utils/3.1.0/maven-shared-utils-3.1.0.jar
	org/apache/maven/shared/maven-shared-utils/3.1.0/maven-shared-utils-3.1.0.pom
	org/apache/maven/shared/maven-shared-utils/3.2.0/maven-shared-utils-3.2.0.pom
	org/apache/maven/shared/maven-shared-utils/3.2.1/maven-shared-utils-3.2.1.jar
	org/apache/maven/shared/maven-shared-utils/3.2.1/maven-shared-utils-3.2.1.pom
	org/apache/maven/surefire/maven-surefire-common/3.0.0-M4/maven-surefire-common-3.0.0-M4.jar
	org/apache/maven/surefire/maven-surefire-common/3.0.0-M4/maven-surefire-common-3.0.0-M4.pom
	org/apache/maven/surefire/surefire-api/3.0.0-M4/surefire-api-3.0.0-M4.jar
	org/apache/maven/surefire/surefire-api/3.0.0-M4/surefire-api-3.0.0-M4.pom
	org/apache/maven/surefire/surefire-booter/3.0.0-M4/surefire-booter-3.0.0-M4.jar
	org/apache/maven/surefire/surefire-booter/3.0.0-M4/surefire-booter-3.0.0-M4.pom
	org/apache/maven/surefire/surefire-extensions-api/3.0.0-M4/surefire-extensions-api-3.0.0-M4.jar
	org/apache/maven/surefire/surefire-extensions-api/3.0.0-M4/surefire-extensions-api-3.0.0-M4.pom
	org/apache/maven/surefire/surefire-logger-api/3.0.0-M4/surefire-logger-api-3.0.0-M4.jar
	org/apache/maven/surefire/surefire-logger-api/3.0.0-M4/surefire-logger-api-3.0.0-M4.pom
	org/apache/maven/surefire/surefire/3.0.0-M4/surefire-3.0.0-M4.pom
	org/apache/maven/wagon/wagon-provider-api/1.0-beta-6/wagon-provider-api-1.0-beta-6.pom
	org/apache/maven/wagon/wagon-provider-api/2.10/wagon-provider-api-2.10.jar
	org/apache/maven/wagon/wagon-provider-api/2.10/wagon-provider-api-2.10.pom
	org/apache/maven/wagon/wagon/1.0-beta-6/wagon-1.0-beta-6.pom
	org/apache/maven/wagon/wagon/2.10/wagon-2.10.pom
	org/apache/struts/struts-core/1.3.8/struts-core-1.3.8.jar
	org/apache/struts/struts-core/1.3.8/struts-core-1.3.8.pom
	org/apache/struts/struts-master/4/struts-master-4.pom
	org/apache/struts/struts-parent/1.3.8/struts-parent-1.3.8.pom
	org/apache/struts/struts-taglib/1.3.8/struts-taglib-1.3.8.jar
	org/apache/struts/struts-taglib/1.3.8/struts-taglib-1.3.8.pom
	org/apache/struts/struts-tiles/1.3.8/struts-tiles-1.3.8.jar
	org/apache/struts/struts-tiles/1.3.8/struts-tiles-1.3.8.pom
	org/apache/velocity/velocity-tools/2.0/velocity-tools-2.0.jar
	org/apache/velocity/velocity-tools/2.0/velocity-tools-2.0.pom
	org/apache/velocity/velocity/1.6.2/velocity-1.6.2.pom
	org/apache/velocity/velocity/1.7/velocity-1.7.jar
	org/apache/velocity/velocity/1.7/velocity-1.7.pom
	org/apache/xbean/xbean-reflect/3.7/xbean-reflect-3.7.jar
	org/apache/xbean/xbean-reflect/3.7/xbean-reflect-3.7.pom
	org/apache/xbean/xbean/3.7/xbean-3.7.pom
	org/checkerframework/checker-qual/2.8.1/checker-qual-2.8.1.jar
	org/checkerframework/checker-qual/2.8.1/checker-qual-2.8.1.pom
	org/codehaus/mojo/animal-sniffer-annotations/1.17/animal-sniffer-annotations-1.17.jar
	org/codehaus/mojo/animal-sniffer-annotations/1.17/animal-sniffer-annotations-1.17.pom
	org/codehaus/mojo/animal-sniffer-parent/1.17/animal-sniffer-parent-1.17.pom
	org/codehaus/mojo/exec-maven-plugin/1.6.0/exec-maven-plugin-1.6.0.jar
	org/codehaus/mojo/exec-maven-plugin/1.6.0/exec-maven-plugin-1.6.0.pom
	org/codehaus/mojo/mojo-parent/40/mojo-parent-40.pom
	org/codehaus/plexus/plexus-archiver/4.2.0/plexus-archiver-4.2.0.pom
	org/codehaus/plexus/plexus-archiver/4.2.1/plexus-archiver-4.2.1.jar
	org/codehaus/plexus/plexus-archiver/4.2.1/plexus-archiver-4.2.1.pom
	org/codehaus/plexus/plexus-archiver/4.2.2/plexus-archiver-4.2.2.jar
	org/codehaus/plexus/plexus-archiver/4.2.2/plexus-archiver-4.2.2.pom
	org/codehaus/plexus/plexus-classworlds/1.2-alpha-9/plexus-classworlds-1.2-alpha-9.pom
	org/codehaus/plexus/plexus-classworlds/2.2.3/plexus-classworlds-2.2.3.jar
	org/codehaus/plexus/plexus-classworlds/2.2.3/plexus-classworlds-2.2.3.pom
	org/codehaus/plexus/plexus-classworlds/2.5.1/plexus-classworlds-2.5.1.pom
	org/codehaus/plexus/plexus-classworlds/2.5.2/plexus-classworlds-2.5.2.jar
	org/codehaus/plexus/plexus-classworlds/2.5.2/plexus-classworlds-2.5.2.pom
	org/codehaus/plexus/plexus-compiler-api/2.8.4/plexus-compiler-api-2.8.4.jar
	org/codehaus/plexus/plexus-compiler-api/2.8.4/plexus-compiler-api-2.8.4.pom
	org/codehaus/plexus/plexus-compiler-javac/2.8.4/plexus-compiler-javac-2.8.4.jar
	org/codehaus/plexus/plexus-compiler-javac/2.8.4/plexus-compiler-javac-2.8.4.pom
	org/codehaus/plexus/plexus-compiler-manager/2.8.4/plexus-compiler-manager-2.8.4.jar
	org/codehaus/plexus/plexus-compiler-manager/2.8.4/plexus-compiler-manager-2.8.4.pom
	org/codehaus/plexus/plexus-compiler/2.8.4/plexus-compiler-2.8.4.pom
	org/codehaus/plexus/plexus-compilers/2.8.4/plexus-compilers-2.8.4.pom
	org/codehaus/plexus/plexus-component-annotations/1.5.4/plexus-component-annotations-1.5.4.pom
	org/codehaus/plexus/plexus-component-annotations/1.5.5/plexus-component-annotations-1.5.5.jar
	org/codehaus/plexus/plexus-component-annotations/1.5.5/plexus-component-annotations-1.5.5.pom
	org/codehaus/plexus/plexus-component-annotations/1.7.1/plexus-component-annotations-1.7.1.jar
	org/codehaus/plexus/plexus-component-annotations/1.7.1/plexus-component-annotations-1.7.1.pom
	org/codehaus/plexus/plexus-component-annotations/2.0.0/plexus-component-annotations-2.0.0.jar
	org/codehaus/plexus/plexus-component-annotations/2.0.0/plexus-component-annotations-2.0.0.pom
	org/codehaus/plexus/plexus-components/1.1.12/plexus-components-1.1.12.pom
	org/codehaus/plexus/plexus-components/1.1.14/plexus-components-1.1.14.pom
	org/codehaus/plexus/plexus-components/1.1.15/plexus-components-1.1.15.pom
	org/codehaus/plexus/plexus-components/1.1.18/plexus-components-1.1.18.pom
	org/codehaus/plexus/plexus-components/1.1.7/plexus-components-1.1.7.pom
	org/codehaus/plexus/plexus-components/1.3.1/plexus-components-1.3.1.pom
	org/codehaus/plexus/plexus-components/4.0/plexus-components-4.0.pom
	org/codehaus/plexus/plexus-container-default/1.0-alpha-30/plexus-container-default-1.0-alpha-30.pom
	org/codehaus/plexus/plexus-container-default/1.0-alpha-8/plexus-container-default-1.0-alpha-8.pom
	org/codehaus/plexus/plexus-container-default/1.0-alpha-9-stable-1/plexus-container-default-1.0-alpha-9-stable-1.jar
	org/codehaus/plexus/plexus-container-default/1.0-alpha-9-stable-1/plexus-container-default-1.0-alpha-9-stable-1.pom
	org/codehaus/plexus/plexus-container-default/1.7.1/plexus-container-default-1.7.1.jar
	org/codehaus/plexus/plexus-container-default/1.7.1/plexus-container-default-1.7.1.pom
	org/codehaus/plexus/plexus-containers/1.0-alpha-30/plexus-containers-1.0-alpha-30.pom
	org/codehaus/plexus/plexus-containers/1.0.3/plexus-containers-1.0.3.pom
	org/codehaus/plexus/plexus-containers/1.5.4/plexus-containers-1.5.4.pom
	org/codehaus/plexus/plexus-containers/1.5.5/plexus-containers-1.5.5.pom
	org/codehaus/plexus/plexus-containers/1.7.1/plexus-containers-1.7.1.pom
	org/codehaus/plexus/plexus-containers/2.0.0/plexus-containers-2.0.0.pom
	org/codehaus/plexus/plexus-digest/1.0/plexus-digest-1.0.jar
	org/codehaus/plexus/plexus-digest/1.0/plexus-digest-1.0.pom
	org/codehaus/plexus/plexus-i18n/1.0-beta-10/plexus-i18n-1.0-beta-10.jar
	org/codehaus/plexus/plexus-i18n/1.0-beta-10/plexus-i18n-1.0-beta-10.pom
	org/codehaus/plexus/plexus-i18n/1.0-beta-7/plexus-i18n-1.0-beta-7.pom
	org/codehaus/plexus/plexus-interactivity-api/1.0-alpha-4/plexus-interactivity-api-1.0-alpha-4.jar
	org/codehaus/plexus/plexus-interactivity-api/1.0-alpha-4/plexus-interactivity-api-1.0-alpha-4.pom
	org/codehaus/plexus/plexus-interpolation/1.11/plexus-interpolation-1.11.jar
	org/codehaus/plexus/plexus-interpolation/1.11/plexus-interpolation-1.11.pom
	org/codehaus/plexus/plexus-interpolation/1.12/plexus-interpolation-1.12.pom
	org/codehaus/plexus/plexus-interpolation/1.13/plexus-interpolation-1.13.jar
	org/codehaus/plexus/plexus-interpolation/1.13/plexus-interpolation-1.13.pom
	org/codehaus/plexus/plexus-interpolation/1.14/plexus-interpolation-1.14.jar
	org/codehaus/plexus/plexus-interpolation/1.14/plexus-interpolation-1.14.pom
	org/codehaus/plexus/plexus-interpolation/1.22/plexus-interpolation-1.22.pom
	org/codehaus/plexus/plexus-interpolation/1.25/plexus-interpolation-1.25.jar
	org/codehaus/plexus/plexus-interpolation/1.25/plexus-interpolation-1.25.pom
	org/codehaus/plexus/plexus-io/3.2.0/plexus-io-3.2.0.jar
	org/codehaus/plexus/plexus-io/3.2.0/plexus-io-3.2.0.pom
	org/codehaus/plexus/plexus-java/0.9.10/plexus-java-0.9.10.jar
	org/codehaus/plexus/plexus-java/0.9.10/plexus-java-0.9.10.pom
	org/codehaus/plexus/plexus-java/1.0.3/plexus-java-1.0.3.jar
	org/codehaus/plexus/plexus-java/1.0.3/plexus-java-1.0.3.pom
	org/codehaus/plexus/plexus-languages/0.9.10/plexus-languages-0.9.10.pom
	org/codehaus/plexus/plexus-languages/1.0.3/plexus-languages-1.0.3.pom
	org/codehaus/plexus/plexus-utils/1.0.4/plexus-utils-1.0.4.pom
	org/codehaus/plexus/plexus-utils/1.1/plexus-utils-1.1.jar
	org/codehaus/plexus/plexus-utils/1.1/plexus-utils-1.1.pom
	org/codehaus/plexus/plexus-utils/1.4.1/plexus-utils-1.4.1.pom
	org/codehaus/plexus/plexus-utils/1.4.2/plexus-utils-1.4.2.pom
	org/codehaus/plexus/plexus-utils/1.4.5/plexus-utils-1.4.5.pom
	org/codehaus/plexus/plexus-utils/1.5.1/plexus-utils-1.5.1.pom
	org/codehaus/plexus/plexus-utils/1.5.15/plexus-utils-1.5.15.pom
	org/codehaus/plexus/plexus-utils/1.5.5/plexus-utils-1.5.5.pom
	org/codehaus/plexus/plexus-utils/1.5.8/plexus-utils-1.5.8.pom
	org/codehaus/plexus/plexus-utils/2.0.4/plexus-utils-2.0.4.jar
	org/codehaus/plexus/plexus-utils/2.0.4/plexus-utils-2.0.4.pom
	org/codehaus/plexus/plexus-utils/2.0.5/plexus-utils-2.0.5.jar
	org/codehaus/plexus/plexus-utils/2.0.5/plexus-utils-2.0.5.pom
	org/codehaus/plexus/plexus-utils/3.0.15/plexus-utils-3.0.15.pom
	org/codehaus/plexus/plexus-utils/3.0.17/plexus-utils-3.0.17.pom
	org/codehaus/plexus/plexus-utils/3.0.20/plexus-utils-3.0.20.jar
	org/codehaus/plexus/plexus-utils/3.0.20/plexus-utils-3.0.20.pom
	org/codehaus/plexus/plexus-utils/3.0.22/plexus-utils-3.0.22.pom
	org/codehaus/plexus/plexus-utils/3.0.24/plexus-utils-3.0.24.pom
	org/codehaus/plexus/plexus-utils/3.0.5/plexus-utils-3.0.5.jar
	org/codehaus/plexus/plexus-utils/3.0.5/plexus-utils-3.0.5.pom
	org/codehaus/plexus/plexus-utils/3.1.0/plexus-utils-3.1.0.jar
	org/codehaus/plexus/plexus-utils/3.1.0/plexus-utils-3.1.0.pom
	org/codehaus/plexus/plexus-utils/3.1.1/plexus-utils-3.1.1.pom
	org/codehaus/plexus/plexus-utils/3.3.0/plexus-utils-3.3.0.jar
	org/codehaus/plexus/plexus-utils/3.3.0/plexus-utils-3.3.0.pom
	org/codehaus/plexus/plexus-velocity/1.2/plexus-velocity-1.2.jar
	org/codehaus/plexus/plexus-velocity/1.2/plexus-velocity-1.2.pom
	org/codehaus/plexus/plexus/1.0.10/plexus-1.0.10.pom
	org/codehaus/plexus/plexus/1.0.11/plexus-1.0.11.pom
	org/codehaus/plexus/plexus/1.0.4/plexus-1.0.4.pom
	org/codehaus/plexus/plexus/1.0.8/plexus-1.0.8.pom
	org/codehaus/plexus/plexus/2.0.2/plexus-2.0.2.pom
	org/codehaus/plexus/plexus/2.0.3/plexus-2.0.3.pom
	org/codehaus/plexus/plexus/2.0.5/plexus-2.0.5.pom
	org/codehaus/plexus/plexus/2.0.6/plexus-2.0.6.pom
	org/codehaus/plexus/plexus/2.0.7/plexus-2.0.7.pom
	org/codehaus/plexus/plexus/3.1/plexus-3.1.pom
	org/codehaus/plexus/plexus/3.3.1/plexus-3.3.1.pom
	org/codehaus/plexus/plexus/4.0/plexus-4.0.pom
	org/codehaus/plexus/plexus/5.1/plexus-5.1.pom
	org/codehaus/plexus/plexus/6.1/plexus-6.1.pom
	org/eclipse/aether/aether-util/0.9.0.M2/aether-util-0.9.0.M2.jar
	org/eclipse/aether/aether-util/0.9.0.M2/aether-util-0.9.0.M2.pom
	org/eclipse/aether/aether/0.9.0.M2/aether-0.9.0.M2.pom
	org/eclipse/jgit/org.eclipse.jgit-parent/5.2.2.201904231744-r/org.eclipse.jgit-parent-5.2.2.201904231744-r.pom
	org/eclipse/jgit/org.eclipse.jgit/5.2.2.201904231744-r/org.eclipse.jgit-5.2.2.201904231744-r.jar
	org/eclipse/jgit/org.eclipse.jgit/5.2.2.201904231744-r/org.eclipse.jgit-5.2.2.201904231744-r.pom
	org/eclipse/sisu/org.eclipse.sisu.inject/0.3.3/org.eclipse.sisu.inject-0.3.3.jar
	org/eclipse/sisu/org.eclipse.sisu.inject/0.3.3/org.eclipse.sisu.inject-0.3.3.pom
	org/eclipse/sisu/org.eclipse.sisu.plexus/0.3.3/org.eclipse.sisu.plexus-0.3.3.jar
	org/eclipse/sisu/org.eclipse.sisu.plexus/0.3.3/org.eclipse.sisu.plexus-0.3.3.pom
	org/eclipse/sisu/sisu-inject/0.3.3/sisu-inject-0.3.3.pom
	org/eclipse/sisu/sisu-plexus/0.3.3/sisu-plexus-0.3.3.pom
	org/hamcrest/hamcrest-core/1.3/hamcrest-core-1.3.jar
	org/hamcrest/hamcrest-core/1.3/hamcrest-core-1.3.pom
	org/hamcrest/hamcrest-parent/1.3/hamcrest-parent-1.3.pom
	org/iq80/snappy/snappy/0.4/snappy-0.4.jar
	org/iq80/snappy/snappy/0.4/snappy-0.4.pom
	org/jboss/weld/weld-api-bom/1.0/weld-api-bom-1.0.pom
	org/jboss/weld/weld-api-parent/1.0/weld-api-parent-1.0.pom
	org/jboss/weld/weld-parent/6/weld-parent-6.pom
	org/ow2/asm/asm/6.2/asm-6.2.jar
	org/ow2/asm/asm/6.2/asm-6.2.pom
	org/ow2/asm/asm/7.0/asm-7.0.jar
	org/ow2/asm/asm/7.0/asm-7.0.pom
	org/ow2/asm/asm/7.3.1/asm-7.3.1.jar
	org/ow2/asm/asm/7.3.1/asm-7.3.1.pom
	org/ow2/ow2/1.5/ow2-1.5.pom
	org/slf4j/jcl-over-slf4j/1.5.6/jcl-over-slf4j-1.5.6.jar
	org/slf4j/jcl-over-slf4j/1.5.6/jcl-over-slf4j-1.5.6.pom
	org/slf4j/slf4j-api/1.5.6/slf4j-api-1.5.6.jar
	org/slf4j/slf4j-api/1.5.6/slf4j-api-1.5.6.pom
	org/slf4j/slf4j-api/1.7.2/slf4j-api-1.7.2.jar
	org/slf4j/slf4j-api/1.7.2/slf4j-api-1.7.2.pom
	org/slf4j/slf4j-api/1.7.5/slf4j-api-1.7.5.jar
	org/slf4j/slf4j-api/1.7.5/slf4j-api-1.7.5.pom
	org/slf4j/slf4j-jdk14/1.5.6/slf4j-jdk14-1.5.6.jar
	org/slf4j/slf4j-jdk14/1.5.6/slf4j-jdk14-1.5.6.pom
	org/slf4j/slf4j-parent/1.5.6/slf4j-parent-1.5.6.pom
	org/slf4j/slf4j-parent/1.7.2/slf4j-parent-1.7.2.pom
	org/slf4j/slf4j-parent/1.7.5/slf4j-parent-1.7.5.pom
	org/sonatype/aether/aether-api/1.7/aether-api-1.7.jar
	org/sonatype/aether/aether-api/1.7/aether-api-1.7.pom
	org/sonatype/aether/aether-impl/1.7/aether-impl-1.7.jar
	org/sonatype/aether/aether-impl/1.7/aether-impl-1.7.pom
	org/sonatype/aether/aether-parent/1.7/aether-parent-1.7.pom
	org/sonatype/aether/aether-spi/1.7/aether-spi-1.7.jar
	org/sonatype/aether/aether-spi/1.7/aether-spi-1.7.pom
	org/sonatype/aether/aether-util/1.7/aether-util-1.7.jar
	org/sonatype/aether/aether-util/1.7/aether-util-1.7.pom
	org/sonatype/forge/forge-parent/10/forge-parent-10.pom
	org/sonatype/forge/forge-parent/3/forge-parent-3.pom
	org/sonatype/forge/forge-parent/4/forge-parent-4.pom
	org/sonatype/forge/forge-parent/5/forge-parent-5.pom
	org/sonatype/forge/forge-parent/6/forge-parent-6.pom
	org/sonatype/oss/oss-parent/5/oss-parent-5.pom
	org/sonatype/oss/oss-parent/6/oss-parent-6.pom
	org/sonatype/oss/oss-parent/7/oss-parent-7.pom
	org/sonatype/oss/oss-parent/9/oss-parent-9.pom
	org/sonatype/plexus/plexus-build-api/0.0.4/plexus-build-api-0.0.4.jar
	org/sonatype/plexus/plexus-build-api/0.0.4/plexus-build-api-0.0.4.pom
	org/sonatype/plexus/plexus-build-api/0.0.7/plexus-build-api-0.0.7.jar
	org/sonatype/plexus/plexus-build-api/0.0.7/plexus-build-api-0.0.7.pom
	org/sonatype/plexus/plexus-cipher/1.4/plexus-cipher-1.4.jar
	org/sonatype/plexus/plexus-cipher/1.4/plexus-cipher-1.4.pom
	org/sonatype/plexus/plexus-sec-dispatcher/1.3/plexus-sec-dispatcher-1.3.jar
	org/sonatype/plexus/plexus-sec-dispatcher/1.3/plexus-sec-dispatcher-1.3.pom
	org/sonatype/sisu/inject/guice-bean/1.4.2/guice-bean-1.4.2.pom
	org/sonatype/sisu/inject/guice-plexus/1.4.2/guice-plexus-1.4.2.pom
	org/sonatype/sisu/sisu-guice/2.1.7/sisu-guice-2.1.7-noaop.jar
	org/sonatype/sisu/sisu-guice/2.1.7/sisu-guice-2.1.7.pom
	org/sonatype/sisu/sisu-inject-bean/1.4.2/sisu-inject-bean-1.4.2.jar
	org/sonatype/sisu/sisu-inject-bean/1.4.2/sisu-inject-bean-1.4.2.pom
	org/sonatype/sisu/sisu-inject-plexus/1.4.2/sisu-inject-plexus-1.4.2.jar
	org/sonatype/sisu/sisu-inject-plexus/1.4.2/sisu-inject-plexus-1.4.2.pom
	org/sonatype/sisu/sisu-inject/1.4.2/sisu-inject-1.4.2.pom
	org/sonatype/sisu/sisu-parent/1.4.2/sisu-parent-1.4.2.pom
	org/sonatype/spice/spice-parent/10/spice-parent-10.pom
	org/sonatype/spice/spice-parent/12/spice-parent-12.pom
	org/sonatype/spice/spice-parent/15/spice-parent-15.pom
	org/sonatype/spice/spice-parent/17/spice-parent-17.pom
	org/tukaani/xz/1.8/xz-1.8.jar
	org/tukaani/xz/1.8/xz-1.8.pom
	oro/oro/2.0.8/oro-2.0.8.jar
	oro/oro/2.0.8/oro-2.0.8.pom
	pl/project13/maven/git-commit-id-plugin/3.0.1/git-commit-id-plugin-3.0.1.jar
	pl/project13/maven/git-commit-id-plugin/3.0.1/git-commit-id-plugin-3.0.1.pom
	sslext/sslext/1.2-0/sslext-1.2-0.jar
	sslext/sslext/1.2-0/sslext-1.2-0.pom
	xml-apis/xml-apis/1.0.b2/xml-apis-1.0.b2.pom
	xmlunit/xmlunit/1.5/xmlunit-1.5.pom
)
MAVEN_OFFLINE_PROVIDED=(
	"dom4j/dom4j/1.1/dom4j-1.1.jar /usr/share/dom4j-1/lib/dom4j.jar"
)
MAVEN_OFFLINE_ARGS=( -Pbuild-usrsctp -Pbuild-jnisctp )
MAVEN_OFFLINE_GOALS=( install )

src_unpack() {
	git-r3_src_unpack
}

src_install() {
	local name jar
	insinto /usr/share/jitsi-sctp/lib
	for name in jnilib jniwrapper-native; do
		jar=$(find . -path "*/target/${name}-*.jar" ! -name '*-sources.jar' -print -quit) || die
		[[ -n ${jar} ]] || die "the build produced no ${name} jar"
		newins "${jar}" "${name}.jar"
	done
}
