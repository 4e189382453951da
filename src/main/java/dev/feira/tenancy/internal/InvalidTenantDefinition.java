package dev.feira.tenancy.internal;

import java.nio.file.Path;
import java.util.List;

/** A tenant definition that cannot be applied; the message names the file, and the line when known. */
class InvalidTenantDefinition extends RuntimeException {

    InvalidTenantDefinition(Path file, List<String> problems) {
        super(file + ": " + String.join("; ", problems));
    }

    InvalidTenantDefinition(Path file, int line, String problem, Throwable cause) {
        super(file + " line " + line + ": " + problem, cause);
    }
}
