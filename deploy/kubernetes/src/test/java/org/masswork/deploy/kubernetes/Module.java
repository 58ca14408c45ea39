package org.masswork.deploy.kubernetes;

import java.nio.file.Path;

/** Where deploy/kubernetes is: surefire passes it; from an IDE, the working directory. */
final class Module {

    private Module() {
    }

    static Path dir() {
        return Path.of(System.getProperty("masswork.kubernetes.dir", ".")).toAbsolutePath().normalize();
    }
}
