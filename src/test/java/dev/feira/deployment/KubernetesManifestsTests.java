package dev.feira.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests in {@code infra/k8s}, checked offline (there is no cluster here): each is a known kind at
 * its API version, kustomize lists exactly the files there are, and the pieces fit together — selectors select the
 * pods, probes ask what the application answers, every secret a pod reads is one the manifests make (or an operator
 * makes, named here), the autoscaler and the disruption budget point at the Deployment, and the stateful engines run
 * as several nodes.
 */
class KubernetesManifestsTests {

    private static final Path DIRECTORY = Path.of("infra/k8s");
    /** Kinds and the API versions they are written against (the operators' own for ECK and CloudNativePG). */
    private static final Map<String, String> API_VERSIONS = Map.of(
            "Namespace", "v1", "Secret", "v1", "Service", "v1",
            "Deployment", "apps/v1", "Ingress", "networking.k8s.io/v1", "HorizontalPodAutoscaler", "autoscaling/v2",
            "PodDisruptionBudget", "policy/v1", "Elasticsearch", "elasticsearch.k8s.elastic.co/v1", "Cluster", "postgresql.cnpg.io/v1");
    /** Secrets the operators make: ECK the "elastic" user's password. */
    private static final Map<String, Set<String>> OPERATOR_SECRETS = Map.of("feira-search-es-elastic-user", Set.of("elastic"));

    private static List<Map<String, Object>> documents;

    @BeforeAll
    static void read() throws IOException {
        documents = new ArrayList<>();
        for (String file : kustomization()) {
            for (Object document : new Yaml().loadAll(Files.readString(DIRECTORY.resolve(file)))) {
                assertThat(document).as("a document of " + file).isInstanceOf(Map.class);
                documents.add(map(document));
            }
        }
    }

    @Test
    void kustomizeListsEveryManifestAndEachIsAKnownKindAtItsVersion() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            var manifests = files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .filter(name -> !name.equals("kustomization.yaml")).sorted().toList();
            assertThat(kustomization()).containsExactlyInAnyOrderElementsOf(manifests);
        }
        for (var document : documents) {
            String kind = (String) document.get("kind");
            assertThat(API_VERSIONS).as("known kinds").containsKey(kind);
            assertThat(document.get("apiVersion")).as(kind).isEqualTo(API_VERSIONS.get(kind));
            assertThat(map(document.get("metadata")).get("name")).as("the name of a " + kind).isInstanceOf(String.class);
        }
    }

    @Test
    void theDeploymentsPodsAreSelectedProbedAndReadOnlySecretsThatExist() {
        var deployment = one("Deployment");
        var template = map(map(deployment.get("spec")).get("template"));
        var labels = map(map(template.get("metadata")).get("labels"));
        assertThat(labels).containsAllEntriesOf(matchLabels(deployment));
        assertThat(labels).containsAllEntriesOf(map(map(one("Service").get("spec")).get("selector")));
        assertThat(labels).containsAllEntriesOf(matchLabels(one("PodDisruptionBudget")));

        var container = map(list(map(template.get("spec")).get("containers")).getFirst());
        var portNames = list(container.get("ports")).stream().map(p -> map(p).get("name")).toList();
        assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
        assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(portNames).contains(map(map(container.get(probe)).get("httpGet")).get("port"));
        }
        // The application serves those probes only when told to (Spring Boot adds them by itself on Kubernetes only).
        var health = map(map(map(applicationSettings().get("management")).get("endpoint")).get("health"));
        assertThat(map(health.get("probes")).get("enabled")).isEqualTo(true);

        for (Object variable : list(container.get("env"))) {
            var from = map(variable).get("valueFrom");
            if (from != null) {
                var reference = map(map(from).get("secretKeyRef"));
                assertThat(secretKeys((String) reference.get("name"))).as("secret " + reference.get("name"))
                        .contains((String) reference.get("key"));
            }
        }
        assertThat(portNames).contains(map(list(map(one("Service").get("spec")).get("ports")).getFirst()).get("targetPort"));
    }

    @Test
    void pagesKeepABrowserOnItsPodTheApiDoesNotAndBothReachTheService() {
        var ingresses = all("Ingress");
        assertThat(ingresses).hasSize(2);
        for (var ingress : ingresses) {
            var annotations = map(map(ingress.get("metadata")).getOrDefault("annotations", Map.of()));
            boolean pages = map(ingress.get("metadata")).get("name").equals("feira-pages");
            assertThat(annotations.get("nginx.ingress.kubernetes.io/affinity")).as("affinity").isEqualTo(pages ? "cookie" : null);
            for (Object rule : list(map(ingress.get("spec")).get("rules"))) {
                for (Object path : list(map(map(rule).get("http")).get("paths"))) {
                    var service = map(map(map(path).get("backend")).get("service"));
                    assertThat(service.get("name")).isEqualTo(name(one("Service")));
                    assertThat(map(service.get("port")).get("name")).isEqualTo(map(list(map(one("Service").get("spec")).get("ports")).getFirst()).get("name"));
                }
            }
        }
    }

    @Test
    void theAutoscalerAndTheDisruptionBudgetLeaveEnoughPodsAndTheEnginesRunAsSeveralNodes() {
        var autoscaler = map(one("HorizontalPodAutoscaler").get("spec"));
        assertThat(map(autoscaler.get("scaleTargetRef")).get("name")).isEqualTo(name(one("Deployment")));
        assertThat(map(autoscaler.get("scaleTargetRef")).get("kind")).isEqualTo("Deployment");
        int minimum = (Integer) autoscaler.get("minReplicas");
        int budget = (Integer) map(one("PodDisruptionBudget").get("spec")).get("minAvailable");
        assertThat(budget).as("a drain may take a pod while the autoscaler's minimum runs").isLessThan(minimum);
        assertThat((Integer) autoscaler.get("maxReplicas")).isGreaterThan(minimum);

        int searchNodes = list(map(one("Elasticsearch").get("spec")).get("nodeSets")).stream()
                .mapToInt(set -> (Integer) map(set).get("count")).sum();
        assertThat(searchNodes).isGreaterThanOrEqualTo(3);
        var database = map(one("Cluster").get("spec"));
        assertThat((Integer) database.get("instances")).isGreaterThanOrEqualTo(2);
        assertThat((Integer) database.get("minSyncReplicas")).as("no acknowledged commit lost in a failover").isGreaterThanOrEqualTo(1);
    }

    private static Set<String> secretKeys(String name) {
        if (OPERATOR_SECRETS.containsKey(name)) {
            return OPERATOR_SECRETS.get(name);
        }
        var secret = all("Secret").stream().filter(s -> name(s).equals(name)).findFirst();
        assertThat(secret).as("a Secret named " + name).isPresent();
        return new HashSet<>(map(secret.get().get("stringData")).keySet());
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return (String) map(map(container.get(probe)).get("httpGet")).get("path");
    }

    private static Map<String, Object> matchLabels(Map<String, Object> resource) {
        return map(map(map(resource.get("spec")).get("selector")).get("matchLabels"));
    }

    private static Map<String, Object> applicationSettings() {
        try {
            return map(new Yaml().load(Files.readString(Path.of("src/main/resources/application.yaml"))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> kustomization() throws IOException {
        var kustomization = map(new Yaml().load(Files.readString(DIRECTORY.resolve("kustomization.yaml"))));
        return list(kustomization.get("resources")).stream().map(String.class::cast).toList();
    }

    private static Map<String, Object> one(String kind) {
        var found = all(kind);
        assertThat(found).as("one " + kind).hasSize(1);
        return found.getFirst();
    }

    private static List<Map<String, Object>> all(String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    private static String name(Map<String, Object> resource) {
        return (String) map(resource.get("metadata")).get("name");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
