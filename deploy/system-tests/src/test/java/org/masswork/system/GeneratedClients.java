package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * Java clients generated with openapi-generator (library {@code native}: java.net.http and Jackson) from the
 * documents the gateway serves, compiled with the callers written against them
 * ({@code src/test/resources/openapi-client/*.java}) and loaded, as a county system's developer would.
 */
final class GeneratedClients {

    private final ClassLoader loader;

    private GeneratedClients(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * Fetches each service's document from the gateway, generates its client into {@code out} (package
     * {@code org.masswork.generated.<service>client}), and compiles them all with the callers.
     */
    static GeneratedClients build(String gateway, List<String> services, Path out) throws IOException {
        Path sources = out.resolve("src");
        List<Path> generated = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        deleteRecursively(out);
        Files.createDirectories(out);
        for (String service : services) {
            Path document = out.resolve(service + ".json");
            Files.writeString(document, document(gateway, service));
            try {
                generated.add(generate(service, document, sources.resolve(service)));
            } catch (RuntimeException | StackOverflowError e) {
                refused.add(service + " (" + document + "): " + e + selfReferences(document));
            }
        }
        assertThat(refused).as("documents openapi-generator cannot generate a client from").isEmpty();
        Path callers = Path.of(System.getProperty("masswork.root", "../..")).toAbsolutePath().normalize()
                .resolve("deploy/system-tests/src/test/resources/openapi-client");
        Path classes = out.resolve("classes");
        compile(Stream.concat(generated.stream(), Stream.of(callers)).toList(), classes);
        return new GeneratedClients(new URLClassLoader(new URL[] {url(classes)}, GeneratedClients.class.getClassLoader()));
    }

    /** A caller from {@code openapi-client/}, e.g. {@code CadreCalls}: given the inputs, it answers what it read. */
    @SuppressWarnings("unchecked")
    Function<Map<String, Object>, Map<String, Object>> caller(String simpleName) {
        try {
            return (Function<Map<String, Object>, Map<String, Object>>)
                    loader.loadClass("org.masswork.generated.calls." + simpleName).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String document(String gateway, String service) {
        Http.Response response = Http.get(gateway + "/openapi/" + service, null);
        assertThat(response.status()).as("GET /openapi/" + service).isEqualTo(200);
        return response.body();
    }

    /** The generator validates the document first and refuses an invalid one, naming what is wrong. */
    private static Path generate(String service, Path document, Path target) {
        String base = "org.masswork.generated." + service + "client";
        CodegenConfigurator config = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(document.toString())
                .setOutputDir(target.toString())
                .setValidateSpec(true)
                .setApiPackage(base + ".api")
                .setModelPackage(base + ".model")
                .setInvokerPackage(base)
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("hideGenerationTimestamp", true)
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false");
        new DefaultGenerator().opts(config.toClientOptInput()).generate();
        return target.resolve("src/main/java");
    }

    /**
     * Schemas that are nothing but a reference to themselves send the generator into endless recursion: a Java
     * type the service's OpenAPI scanner does not know, such as {@code YearMonth} under {@code @Schema(type = STRING)}
     * without {@code implementation = String.class}.
     */
    private static String selfReferences(Path document) throws IOException {
        List<String> names = new ArrayList<>();
        new ObjectMapper().readTree(document.toFile()).path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (schema.getValue().size() == 1 && ("#/components/schemas/" + schema.getKey()).equals(schema.getValue().path("$ref").asText())) {
                names.add(schema.getKey());
            }
        });
        return names.isEmpty() ? "" : "; schemas that only refer to themselves: " + names;
    }

    private static void compile(List<Path> sourceRoots, Path classes) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : sourceRoots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> path.toString().endsWith(".java")).forEach(files::add);
            }
        }
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                    "-proc:none", "-nowarn", "-encoding", "UTF-8", "--release", "17");
            boolean compiled = javac.getTask(diagnostics, fileManager, null, options, null, units).call();
            assertThat(compiled).as("the generated clients compile:%n%s", diagnostics).isTrue();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
