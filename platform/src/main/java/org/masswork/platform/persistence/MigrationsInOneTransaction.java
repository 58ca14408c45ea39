package org.masswork.platform.persistence;

import io.quarkus.arc.Unremovable;
import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * An upgrade's migrations apply in one transaction, all or none (Flyway's {@code group}, which Quarkus has no
 * setting for): a data migration, such as encrypting personal data, and the constraints that follow it can never
 * be separated by a write from a replica of the old version, and a failed upgrade leaves the schema as it was.
 */
@Singleton
@Unremovable
public class MigrationsInOneTransaction implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.group(true);
    }
}
