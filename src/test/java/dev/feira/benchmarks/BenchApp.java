package dev.feira.benchmarks;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.feira.FeiraApplication;

/** The app a benchmark measures: in this JVM, on fresh embedded servers, with the generated tenants; closed after. */
final class BenchApp {

    interface Work {
        void run(ConfigurableApplicationContext app) throws Exception;
    }

    private BenchApp() {
    }

    /** Runs the work and exits: 0 when it completed, 1 when it failed (its checks included). */
    static void runAndExit(Path tenants, Work work) {
        ConfigurableApplicationContext app = SpringApplication.run(FeiraApplication.class, "--feira.demo-data.directory=" + tenants,
                "--feira.embedded.data-directory=", "--server.port=0", "--vaadin.devmode.liveReload.enabled=false",
                "--logging.level.root=WARN", "--logging.level.dev.feira=WARN");
        int status = 0;
        try {
            work.run(app);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            app.close();
        }
        System.exit(status);
    }
}
