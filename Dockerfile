# syntax=docker/dockerfile:1

# Builds one MiniSuite service image. Pick the service with the SERVICE build
# argument, for example:
#   docker build --build-arg SERVICE=minipost-service -t minisuite-minipost-service .
# SERVICE is one of auth-service, minifilm-service or minipost-service: the
# Maven module directory of that service at the repository root.

ARG MAVEN_IMAGE=maven:3.9.11-eclipse-temurin-21
ARG RUNTIME_IMAGE=eclipse-temurin:21.0.9_10-jre-noble

# Collects every pom.xml of the reactor at its relative path. The stage reruns
# on any source change, but the COPY --from below is cached by content, so the
# dependency download layer is reused until a pom changes. A module added to
# the root pom later needs no edit here.
FROM ${MAVEN_IMAGE} AS poms
WORKDIR /src
COPY . .
RUN mkdir /poms \
    && find . -name pom.xml -not -path '*/target/*' -exec cp --parents {} /poms/ \;

FROM ${MAVEN_IMAGE} AS build
WORKDIR /src

COPY --from=poms /poms/ ./

# Resolves plugins and dependencies of the whole reactor once, so this layer is
# the same for all three services. The reactor's own modules are excluded
# because no remote repository has them. The package step below still
# downloads what go-offline misses, such as surefire's runtime dependencies.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    mvn -B -q dependency:go-offline -DexcludeGroupIds=dev.minisuite

COPY . .

ARG SERVICE
RUN if [ -z "${SERVICE}" ]; then \
        echo "Missing build argument SERVICE: pass --build-arg SERVICE=auth-service, minifilm-service or minipost-service" >&2; \
        exit 1; \
    fi; \
    if [ ! -f "${SERVICE}/pom.xml" ]; then \
        echo "Invalid SERVICE '${SERVICE}': the build context has no Maven module ${SERVICE}/pom.xml" >&2; \
        exit 1; \
    fi

RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    mvn -B -pl "${SERVICE}" -am -DskipTests package

# Extracts the Spring Boot layers so that the runtime image gets one Docker
# layer per Spring Boot layer, and rebuilds after a code change only replace
# the small application layer.
RUN set -eu; \
    jar_files=$(find "${SERVICE}/target" -maxdepth 1 -name "${SERVICE}-*.jar" \
        -not -name '*-plain.jar' -not -name '*-sources.jar' -not -name '*-javadoc.jar'); \
    jar_count=$(printf '%s\n' "${jar_files}" | grep -c . || true); \
    if [ "${jar_count}" -ne 1 ]; then \
        echo "Expected exactly one executable jar in ${SERVICE}/target, found ${jar_count}" >&2; \
        ls -l "${SERVICE}/target" >&2; \
        exit 1; \
    fi; \
    java -Djarmode=tools -jar "${jar_files}" extract --layers --launcher --destination /extracted

FROM ${RUNTIME_IMAGE} AS runtime

# curl serves the container health check on /actuator/health/readiness.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 minisuite \
    && useradd --system --uid 10001 --gid minisuite --home-dir /app --shell /usr/sbin/nologin minisuite

WORKDIR /app

COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./

# Numeric IDs let Kubernetes-style runAsNonRoot checks verify the user.
USER 10001:10001

# The heap may grow to 75% of the container memory limit. The serial collector has
# the smallest footprint for a one- or two-CPU container, and a JVM that runs
# out of memory exits so that the restart policy replaces it.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"

ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
