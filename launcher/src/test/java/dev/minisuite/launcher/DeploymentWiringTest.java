package dev.minisuite.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Compares docker-compose.yml and the nginx template with each service's configuration and controllers. It fails
 * on a variable that no property reads, a wrong port or health path, a route to no endpoint, or an endpoint that
 * nginx does not route. Docker cannot run in every build, but this check can.
 */
class DeploymentWiringTest {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final List<String> SERVICES = List.of("auth-service", "minifilm-service", "minipost-service");

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)");
    static final Pattern CLASS_MAPPING = Pattern.compile("@RequestMapping\\(\\s*(?:(?:path|value)\\s*=\\s*)?\"([^\"]*)\"");
    static final Pattern CLASS_KEYWORD = Pattern.compile("\\bclass\\s+\\w+");
    static final Pattern METHOD_MAPPING = Pattern.compile(
            "@(Get|Post|Put|Patch|Delete)Mapping(?:\\(\\s*(?:(?:path|value)\\s*=\\s*)?(?:\\{\\s*)?(\"[^\"]*\")?[^)]*\\))?");
    static final Pattern LOCATION = Pattern.compile("location\\s+(=\\s+)?(\\S+)\\s*\\{[^}]*?proxy_pass\\s+http://(\\w+)\\s*;");
    static final Pattern UPSTREAM = Pattern.compile("upstream\\s+(\\w+)\\s*\\{[^}]*?server\\s+\\$\\{(\\w+)}");

    @SuppressWarnings("unchecked")
    static Map<String, Object> compose() {
        return (Map<String, Object>) new Yaml().load(read(ROOT.resolve("docker-compose.yml")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> composeService(String name) {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertThat(services).as("services in docker-compose.yml").containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        ((Map<String, Object>) composeService(service).getOrDefault("environment", Map.of()))
                .forEach((key, value) -> environment.put(key, String.valueOf(value)));
        return environment;
    }

    static String applicationYaml(String service) {
        return read(ROOT.resolve(service).resolve("src/main/resources/application.yml"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> flatten(String yaml) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", (Map<String, Object>) new Yaml().load(yaml), flat);
        return flat;
    }

    @SuppressWarnings("unchecked")
    static void flatten(String prefix, Map<String, Object> node, Map<String, Object> flat) {
        node.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> child) {
                flatten(name, (Map<String, Object>) child, flat);
            }
            else {
                flat.put(name, value);
            }
        });
    }

    /** Spring Boot's relaxed binding from a property name to an environment variable. */
    static String environmentName(String property) {
        return property.replace("-", "").replace("[", "").replace("]", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth-service", "minifilm-service", "minipost-service"})
    void everyComposeVariableIsReadByTheService(String service) {
        String yaml = applicationYaml(service);
        Set<String> known = new HashSet<>();
        flatten(yaml).keySet().forEach(property -> known.add(environmentName(property)));
        Matcher placeholders = PLACEHOLDER.matcher(yaml);
        while (placeholders.find()) {
            known.add(placeholders.group(1));
        }

        assertThat(known).as("variables that %s's application.yml reads", service)
                .containsAll(environment(service).keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth-service", "minifilm-service", "minipost-service"})
    void composePortMatchesServiceDefault(String service) {
        Object port = flatten(applicationYaml(service)).get("server.port");

        assertThat(environment(service).get("SERVER_PORT")).isEqualTo(String.valueOf(port));
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth-service", "minifilm-service", "minipost-service"})
    @SuppressWarnings("unchecked")
    void healthcheckProbesReadinessOnServicePort(String service) {
        Map<String, Object> healthcheck = (Map<String, Object>) composeService(service).get("healthcheck");
        String test = String.valueOf(healthcheck.get("test"));
        Map<String, Object> properties = flatten(applicationYaml(service));

        assertThat(test).contains("http://localhost:" + environment(service).get("SERVER_PORT") + "/actuator/health/readiness");
        assertThat(properties.get("management.endpoint.health.probes.enabled")).isEqualTo(true);
        assertThat(String.valueOf(properties.get("management.endpoint.health.group.readiness.include"))).contains("mongo");
        assertThat(String.valueOf(properties.get("management.endpoints.web.exposure.include"))).contains("health");
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyNginxPublishesPorts() {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");

        services.forEach((name, definition) -> {
            Map<String, Object> service = (Map<String, Object>) definition;
            assertThat(service).as("%s must have no container_name, so it can scale", name).doesNotContainKey("container_name");
            if (!name.equals("nginx")) {
                assertThat(service).as("%s must publish no host port", name).doesNotContainKey("ports");
            }
        });
        assertThat(String.valueOf(composeService("nginx").get("ports"))).contains("80:80");
    }

    @Test
    void everyNginxRouteReachesAControllerOfItsService() {
        Map<String, String> upstreamToService = upstreamServices();

        for (Route route : routes()) {
            String service = upstreamToService.get(route.upstream());
            assertThat(service).as("upstream %s of location %s", route.upstream(), route.path()).isNotNull();
            assertThat(controllerPaths(service)).as("%s paths reached by location %s", service, route.path())
                    .anyMatch(route::matches);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth-service", "minifilm-service", "minipost-service"})
    void everyControllerPathIsRoutedToItsService(String service) {
        Map<String, String> upstreamToService = upstreamServices();
        List<Route> routes = routes();

        for (String path : controllerPaths(service)) {
            Route route = routes.stream().filter(candidate -> candidate.matches(path))
                    .max((a, b) -> Integer.compare(a.path().length(), b.path().length()))
                    .orElse(null);
            assertThat(route).as("nginx location for %s %s", service, path).isNotNull();
            assertThat(upstreamToService.get(route.upstream())).as("service behind %s", path).isEqualTo(service);
        }
    }

    @Test
    void nginxUpstreamsUseServicePorts() {
        Map<String, String> nginx = environment("nginx");

        assertThat(nginx.get("AUTH_UPSTREAM")).isEqualTo("auth-service:" + environment("auth-service").get("SERVER_PORT"));
        assertThat(nginx.get("FILMS_UPSTREAM")).isEqualTo("minifilm-service:" + environment("minifilm-service").get("SERVER_PORT"));
        assertThat(nginx.get("POSTS_UPSTREAM")).isEqualTo("minipost-service:" + environment("minipost-service").get("SERVER_PORT"));
    }

    @Test
    void launcherDefaultsMatchComposePorts() {
        LauncherSettings settings = LauncherSettings.fromEnvironment(Map.of(), ROOT);

        assertThat(String.valueOf(settings.authPort())).isEqualTo(environment("auth-service").get("SERVER_PORT"));
        assertThat(String.valueOf(settings.filmsPort())).isEqualTo(environment("minifilm-service").get("SERVER_PORT"));
        assertThat(String.valueOf(settings.postsPort())).isEqualTo(environment("minipost-service").get("SERVER_PORT"));
    }

    record Route(boolean exact, String path, String upstream) {

        boolean matches(String controllerPath) {
            String concrete = controllerPath.replaceAll("\\{[^}]*}", "x");
            return exact ? concrete.equals(path) : concrete.startsWith(path);
        }
    }

    static List<Route> routes() {
        String template = read(ROOT.resolve("deploy/nginx/templates/default.conf.template"));
        List<Route> routes = new ArrayList<>();
        Matcher matcher = LOCATION.matcher(template);
        while (matcher.find()) {
            routes.add(new Route(matcher.group(1) != null, matcher.group(2), matcher.group(3)));
        }
        assertThat(routes).as("proxied locations in the nginx template").isNotEmpty();
        return routes;
    }

    /** Maps each nginx upstream name to the compose service that its host variable names. */
    static Map<String, String> upstreamServices() {
        String template = read(ROOT.resolve("deploy/nginx/templates/default.conf.template"));
        Map<String, String> nginx = environment("nginx");
        Map<String, String> services = new LinkedHashMap<>();
        Matcher matcher = UPSTREAM.matcher(template);
        while (matcher.find()) {
            String hostAndPort = nginx.get(matcher.group(2));
            assertThat(hostAndPort).as("nginx variable %s in docker-compose.yml", matcher.group(2)).isNotNull();
            services.put(matcher.group(1), hostAndPort.substring(0, hostAndPort.indexOf(':')));
        }
        return services;
    }

    /** Collects the request paths of a service's controllers from their mapping annotations. */
    static List<String> controllerPaths(String service) {
        List<String> paths = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve(service).resolve("src/main/java"))) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String source = read(file);
                if (!source.contains("@RestController")) {
                    return;
                }
                String header = source.substring(source.indexOf("@RestController"));
                Matcher classKeyword = CLASS_KEYWORD.matcher(header);
                int classStart = classKeyword.find() ? classKeyword.start() : header.length();
                Matcher classMapping = CLASS_MAPPING.matcher(header);
                String base = classMapping.find() && classMapping.start() < classStart ? classMapping.group(1) : "";
                Matcher methods = METHOD_MAPPING.matcher(source);
                while (methods.find()) {
                    String path = methods.group(2) == null ? "" : methods.group(2).replace("\"", "");
                    paths.add(base + path);
                }
            });
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        assertThat(paths).as("controller paths of %s", service).isNotEmpty();
        return paths;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
